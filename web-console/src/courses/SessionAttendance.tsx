import { useRef, useState } from 'preact/hooks';
import type { CourseSession, Participant } from '../api/training';
import { ErrorMessage } from '../app/ErrorMessage';
import { useLoad } from '../app/hooks';
import { useServices } from '../app/services';
import { fmt } from '../format/format';
import { FieldError, inputProps } from '../forms/Field';
import { clearField, type FormErrors } from '../forms/fieldErrors';
import { t } from '../i18n';
import { FormSummary, listField, useForm, useUnitNames } from './shared';

/**
 * Attendance of one session by hand: the enrolled mediators as checkboxes, those already recorded
 * (by hand, QR code or sheet) ticked and shown with how; the server's problem with a mediator
 * (`mediatorIds[i]`) goes beside that mediator.
 */
export function SessionAttendance({ courseId, session, participants, onRecorded }: {
  courseId: string;
  session: CourseSession;
  participants: Participant[];
  onRecorded(): void;
}) {
  const { training } = useServices();
  const [round, setRound] = useState(0);
  const attendance = useLoad((signal) => training.sessionAttendance(courseId, session.id, signal), [courseId, session.id, round]);
  const [chosen, setChosen] = useState<string[]>([]);
  const [notice, setNotice] = useState('');
  const sent = useRef<string[]>([]);
  const prefix = `att-${session.id}`;
  const form = useForm(
    prefix,
    listField('mediatorIds'),
    () => {
      sent.current = chosen;
      return training.recordAttendance(courseId, session.id, chosen);
    },
    (result) => {
      setChosen([]);
      setNotice(t.training.attendance.recorded(result.recorded, result.alreadyRecorded, result.attended));
      setRound((n) => n + 1);
      onRecorded();
    },
  );
  const attended = new Map((attendance.data?.attendees ?? []).map((a) => [a.mediatorId, a]));
  const active = participants.filter((p) => p.status !== 'CANCELLED');
  const communeName = useUnitNames(active.map((p) => p.communeCode));
  const errors = byMediator(form.errors, `${prefix}.mediatorIds`, sent.current, (id) => `${prefix}.m.${id}`);
  const labelOf = (field: string) => (field.startsWith('m.') ? field.slice(2) : t.training.enrol.mediatorId);

  const submit = (event: Event) => {
    event.preventDefault();
    setNotice('');
    if (chosen.length === 0) {
      form.fail({ byField: {}, general: [t.training.attendance.nothingChosen] });
      return;
    }
    void form.submit();
  };

  return (
    <form class="subform" onSubmit={submit} noValidate aria-labelledby={`${prefix}-heading`}>
      <h3 id={`${prefix}-heading`} tabIndex={-1}>
        {t.training.attendance.heading(session.title, fmt.calendarDate(session.date))}
      </h3>
      <p class="field-hint">{t.training.attendance.intro}</p>
      <p role="status" class={notice ? 'alert alert--success' : 'visually-hidden'}>{notice}</p>
      {attendance.error && <ErrorMessage error={attendance.error} onRetry={attendance.reload} />}
      <FormSummary id={`${prefix}-errors`} errors={errors} title={t.training.attendance.errors} labelOf={labelOf}
        summaryRef={form.summary} />
      {active.length === 0 ? (
        <p>{t.training.attendance.noParticipants}</p>
      ) : (
        <fieldset>
          <legend>
            {t.training.attendance.legend} · {t.training.attendance.present(attendance.data?.attendees.length ?? session.attended)}
          </legend>
          <ul class="checklist">
            {active.map((p) => {
              const field = `${prefix}.m.${p.mediatorId}`;
              const already = attended.get(p.mediatorId);
              const invalid = !!errors.byField[field]?.length;
              return (
                <li key={p.mediatorId} class={`field field--checkbox${invalid ? ' field--invalid' : ''}`}>
                  <input type="checkbox" {...inputProps(field, errors)}
                    checked={!!already || chosen.includes(p.mediatorId)} disabled={!!already}
                    onChange={(event) => {
                      const on = (event.currentTarget as HTMLInputElement).checked;
                      setChosen((c) => (on ? [...c, p.mediatorId] : c.filter((id) => id !== p.mediatorId)));
                      const index = sent.current.indexOf(p.mediatorId);
                      if (index >= 0) {
                        form.setErrors((e) => clearField(e, `${prefix}.mediatorIds[${index}]`));
                      }
                    }} />
                  <label for={inputProps(field, errors).id}>
                    <span class="course__id">{p.mediatorId}</span> — {communeName(p.communeCode)}
                    {already && (
                      <span class="muted">
                        {' · '}
                        {t.training.attendance.already(t.training.attendance.methods[already.method] ?? already.method,
                          fmt.dateTime(already.recordedAt))}
                      </span>
                    )}
                  </label>
                  <FieldError field={field} errors={errors} />
                </li>
              );
            })}
          </ul>
        </fieldset>
      )}
      {active.length > 0 && (
        <div class="form-actions">
          <button type="submit" class="button" disabled={form.submitting} aria-disabled={form.submitting}>
            {form.submitting ? t.training.submitting : t.training.attendance.submit}
          </button>
        </div>
      )}
    </form>
  );
}

/** `…mediatorIds[2]` → the field of the mediator sent third, so the message shows beside them. */
export function byMediator(errors: FormErrors, list: string, sent: string[], fieldOf: (id: string) => string): FormErrors {
  const byField: Record<string, string[]> = {};
  const item = /\[(\d+)\]$/;
  for (const [field, messages] of Object.entries(errors.byField)) {
    const match = field.startsWith(`${list}[`) ? item.exec(field) : null;
    const id = match ? sent[Number(match[1])] : undefined;
    (byField[id ? fieldOf(id) : field] ??= []).push(...messages);
  }
  return { byField, general: errors.general };
}
