import { useState } from 'preact/hooks';
import type { KnownMediator, Participant } from '../api/training';
import { useServices } from '../app/services';
import { TextField } from '../forms/Field';
import { t } from '../i18n';
import { FormSummary, useForm, useUnitNames } from './shared';

/**
 * Ghi danh: a mediator by their registry id. "Tra cứu" shows what the training service knows of them
 * from the registry's events (their team's commune, whether they still serve) before enrolling; the
 * server's refusal (unknown, no longer serving, outside the organiser's area, course full) shows
 * beside the field.
 */
export function EnrolForm({ courseId, participants, onEnrolled }: {
  courseId: string;
  participants: Participant[];
  onEnrolled(participant: Participant): void;
}) {
  const { training } = useServices();
  const [mediatorId, setMediatorId] = useState('');
  const [known, setKnown] = useState<KnownMediator | null>(null);
  const [notice, setNotice] = useState('');
  const communeName = useUnitNames(known ? [known.communeCode] : []);
  const form = useForm(
    'enrol',
    (field) => field === 'mediatorId',
    () => training.enrol(courseId, mediatorId.trim()),
    (participant) => {
      const before = participants.some((p) => p.mediatorId === participant.mediatorId);
      setNotice(before ? t.training.enrol.alreadyEnrolled(participant.mediatorId) : t.training.enrol.enrolled(participant.mediatorId));
      setMediatorId('');
      setKnown(null);
      onEnrolled(participant);
    },
  );
  const lookUp = () => {
    setNotice('');
    setKnown(null);
    void form.runWith(() => training.knownMediator(mediatorId.trim()), setKnown);
  };

  return (
    <section class="section panel" aria-labelledby="enrol-heading">
      <form onSubmit={(e) => { setNotice(''); void form.submit(e); }} noValidate aria-labelledby="enrol-heading">
        <h2 id="enrol-heading">{t.training.enrol.heading}</h2>
        <p class="field-hint">{t.training.enrol.intro}</p>
        <p role="status" class={notice ? 'alert alert--success' : 'visually-hidden'}>{notice}</p>
        <FormSummary id="enrol-errors" errors={form.errors} title={t.training.enrol.errors}
          labelOf={() => t.training.enrol.mediatorId} summaryRef={form.summary} />
        <TextField field={form.name('mediatorId')} label={t.training.enrol.mediatorId} value={mediatorId}
          errors={form.errors} onInput={(v) => { setMediatorId(v); setKnown(null); form.clear('mediatorId'); }} />
        {known && (
          <dl class="facts known-mediator" aria-label={t.training.enrol.found}>
            <div>
              <dt>{t.training.enrol.commune}</dt>
              <dd>{communeName(known.communeCode)}</dd>
            </div>
            <div>
              <dt>{t.training.enrol.team}</dt>
              <dd class="course__id">{known.teamId}</dd>
            </div>
            <div>
              <dt>{t.training.enrol.serving}</dt>
              <dd>
                <span class={`badge ${known.serving ? 'badge--ok' : 'badge--warn'}`}>
                  {known.serving ? t.training.enrol.servingYes : t.training.enrol.servingNo}
                </span>
              </dd>
            </div>
          </dl>
        )}
        <div class="form-actions">
          <button type="button" class="button button--secondary" disabled={form.submitting || !mediatorId.trim()}
            onClick={lookUp}>
            {t.training.enrol.lookup}
          </button>
          <button type="submit" class="button" disabled={form.submitting} aria-disabled={form.submitting}>
            {form.submitting ? t.training.submitting : t.training.enrol.submit}
          </button>
        </div>
      </form>
    </section>
  );
}
