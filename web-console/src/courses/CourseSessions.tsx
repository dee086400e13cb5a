import { useState } from 'preact/hooks';
import type { CourseDetail, CourseSession, Participant } from '../api/training';
import { paths } from '../app/router';
import { useServices } from '../app/services';
import { fmt } from '../format/format';
import { TextField } from '../forms/Field';
import { t } from '../i18n';
import { SessionAttendance } from './SessionAttendance';
import { FormSummary, useForm } from './shared';

/**
 * The course's sessions with how many attended each; for the organising unit, adding a session; for
 * those who take attendance, each session's attendance by hand and its QR code while the course is
 * open.
 */
export function CourseSessions({ course, mayAdd, mayTakeAttendance, participants, onChanged }: {
  course: CourseDetail;
  mayAdd: boolean;
  mayTakeAttendance: boolean;
  participants: Participant[];
  onChanged(): void;
}) {
  const [open, setOpen] = useState<string | null>(null);
  const sessions = course.sessions ?? [];
  const attendanceOpen = course.status === 'OPEN' || course.status === 'HELD';
  const qrOpen = course.status === 'OPEN';
  const opened = sessions.find((s) => s.id === open);

  return (
    <section class="section panel" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">{t.training.sessions.heading}</h2>
      {sessions.length === 0 ? (
        <p>{t.training.sessions.none}</p>
      ) : (
        <ul class="session-list" aria-label={t.training.sessions.caption}>
          {sessions.map((s) => (
            <li key={s.id} class={`session${open === s.id ? ' session--open' : ''}`} data-session={s.id}>
              <div class="session__what">
                <h3 class="session__title">{s.title}</h3>
                <dl class="session__facts">
                  <div>
                    <dt>{t.training.sessions.date}</dt>
                    <dd>{fmt.calendarDate(s.date)}</dd>
                  </div>
                  <div>
                    <dt>{t.training.sessions.code}</dt>
                    <dd class="course__id">{s.id}</dd>
                  </div>
                  <div>
                    <dt>{t.training.sessions.attended}</dt>
                    <dd>{fmt.integer(s.attended)}</dd>
                  </div>
                </dl>
              </div>
              {mayTakeAttendance && attendanceOpen && (
                <div class="inline-actions">
                  <button type="button" class="button button--secondary" aria-expanded={open === s.id}
                    aria-controls="session-attendance" aria-label={t.training.sessions.attendanceLabel(s.title)}
                    onClick={() => setOpen(open === s.id ? null : s.id)}>
                    {open === s.id ? t.training.sessions.hideAttendance : t.training.sessions.takeAttendance}
                  </button>
                  {qrOpen && (
                    <a class="button button--secondary" href={paths.courseQr(course.id, s.id)}
                      aria-label={t.training.sessions.qrLabel(s.title)}>
                      {t.training.sessions.qr}
                    </a>
                  )}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {opened && mayTakeAttendance && attendanceOpen && (
        <div id="session-attendance">
          <SessionAttendance key={opened.id} courseId={course.id} session={opened} participants={participants}
            onRecorded={onChanged} />
        </div>
      )}
      {mayAdd && (course.status === 'PLANNED' || course.status === 'OPEN') && (
        <AddSessionForm course={course} onAdded={onChanged} />
      )}
    </section>
  );
}

function AddSessionForm({ course, onAdded }: { course: CourseDetail; onAdded(session: CourseSession): void }) {
  const { training } = useServices();
  const [date, setDate] = useState('');
  const [title, setTitle] = useState('');
  const [notice, setNotice] = useState('');
  const form = useForm(
    'session',
    (field) => field === 'date' || field === 'title',
    () => training.addSession(course.id, { date: date || null, title }),
    (session) => {
      setDate('');
      setTitle('');
      setNotice(t.training.sessions.added(session.title));
      onAdded(session);
    },
  );
  const labels: Record<string, string> = { date: t.training.sessions.addDate, title: t.training.sessions.addTitle };
  return (
    <form class="subform" onSubmit={form.submit} noValidate aria-labelledby="add-session-heading">
      <h3 id="add-session-heading">{t.training.sessions.addHeading}</h3>
      <p role="status" class={notice ? 'alert alert--success' : 'visually-hidden'}>{notice}</p>
      <FormSummary id="session-errors" errors={form.errors} title={t.training.sessions.addErrors}
        labelOf={(f) => labels[f] ?? f} summaryRef={form.summary} />
      <div class="date-range">
        <TextField field={form.name('date')} type="date" label={t.training.sessions.addDate} value={date}
          errors={form.errors} onInput={(v) => { setDate(v); form.clear('date'); setNotice(''); }} />
        <TextField field={form.name('title')} label={t.training.sessions.addTitle} value={title} errors={form.errors}
          onInput={(v) => { setTitle(v); form.clear('title'); setNotice(''); }} />
      </div>
      <div class="form-actions">
        <button type="submit" class="button" disabled={form.submitting} aria-disabled={form.submitting}>
          {form.submitting ? t.training.submitting : t.training.sessions.add}
        </button>
      </div>
    </form>
  );
}
