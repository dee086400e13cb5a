import { useState } from 'preact/hooks';
import type { CourseDetail, CourseMove } from '../api/training';
import { useServices } from '../app/services';
import { t } from '../i18n';
import { FormSummary, useForm } from './shared';

/**
 * Moving a course on: PLANNED → OPEN → HELD, or cancelling it while PLANNED or OPEN (after a
 * confirmation). The server's reasons for refusing (no session yet, a session still to come) are
 * listed above the buttons.
 */
export function CourseStatusActions({ course, onChanged }: { course: CourseDetail; onChanged(): void }) {
  const { training } = useServices();
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState('');
  const done = (changed: CourseDetail) => {
    setConfirming(false);
    setNotice(t.training.status.changed(t.courses.statuses[changed.status] ?? changed.status));
    onChanged();
  };
  const form = useForm('status', () => false, () => training.changeStatus(course.id, 'OPEN'), done);
  const move = (status: CourseMove) => {
    setNotice('');
    void form.runWith(() => training.changeStatus(course.id, status), done);
  };
  const moves: { status: CourseMove; label: string; hint?: string }[] =
    course.status === 'PLANNED'
      ? [{ status: 'OPEN', label: t.training.status.open, hint: t.training.status.openHint }]
      : course.status === 'OPEN'
        ? [{ status: 'HELD', label: t.training.status.hold, hint: t.training.status.holdHint }]
        : [];
  const cancellable = course.status === 'PLANNED' || course.status === 'OPEN';

  return (
    <section class="section panel" aria-labelledby="course-status-heading">
      <h2 id="course-status-heading">{t.training.status.heading}</h2>
      <p role="status" class={notice ? 'alert alert--success' : 'visually-hidden'}>{notice}</p>
      <FormSummary id="status-errors" errors={form.errors} title={t.training.status.errorSummary}
        labelOf={(f) => f} summaryRef={form.summary} />
      {!cancellable && <p>{t.training.status.done(t.courses.statuses[course.status] ?? course.status)}</p>}
      {moves.map((m) => (
        <p key={m.status} class="field-hint">{m.hint}</p>
      ))}
      {cancellable && !confirming && (
        <div class="form-actions">
          {moves.map((m) => (
            <button key={m.status} type="button" class="button" disabled={form.submitting} onClick={() => move(m.status)}>
              {m.label}
            </button>
          ))}
          <button type="button" class="button button--destroy" disabled={form.submitting}
            onClick={() => { setNotice(''); setConfirming(true); }}>
            {t.training.status.cancel}
          </button>
        </div>
      )}
      {cancellable && confirming && (
        <div class="confirm" role="group" aria-labelledby="cancel-course-question">
          <p id="cancel-course-question">{t.training.status.confirmCancel}</p>
          <div class="form-actions">
            <button type="button" class="button button--destroy-solid" disabled={form.submitting}
              onClick={() => move('CANCELLED')}>
              {t.training.status.confirmCancelButton}
            </button>
            <button type="button" class="button button--secondary" onClick={() => setConfirming(false)}>
              {t.training.status.keep}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
