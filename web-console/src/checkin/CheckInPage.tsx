import { useState } from 'preact/hooks';
import type { CheckedIn, TrainingApi } from '../api/training';
import { PageHeading } from '../app/PageHeading';
import { TextField } from '../forms/Field';
import { t } from '../i18n';
import { FormSummary, useForm } from '../courses/shared';

/** Where a phone remembers its mediator's id, if asked to. */
export const REMEMBERED_ID = 'hoagiai.checkIn.mediatorId';

/**
 * Điểm danh by phone, without signing in: the QR code shown in the room opens this page with the
 * session's signed token; the mediator types their id and checks in. A wrong or expired token, or a
 * mediator not enrolled, is said plainly (the id's problem beside the field).
 */
export function CheckInPage({ token, training, storage = safeLocalStorage() }: {
  token: string;
  training: TrainingApi;
  storage?: Storage | null;
}) {
  const [mediatorId, setMediatorId] = useState(() => storage?.getItem(REMEMBERED_ID) ?? '');
  const [remember, setRemember] = useState(() => !!storage?.getItem(REMEMBERED_ID));
  const [done, setDone] = useState<CheckedIn | null>(null);
  const form = useForm(
    'checkin',
    (field) => field === 'mediatorId',
    () => training.checkIn(token, mediatorId.trim()),
    (checkedIn) => {
      try {
        if (remember) {
          storage?.setItem(REMEMBERED_ID, checkedIn.mediatorId);
        } else {
          storage?.removeItem(REMEMBERED_ID);
        }
      } catch {
        // A phone that keeps nothing (private browsing) still checks in.
      }
      setDone(checkedIn);
      setTimeout(() => document.getElementById('checkin-result')?.focus());
    },
  );

  return (
    <section class="checkin panel" aria-labelledby="page-title">
      <PageHeading title={t.training.checkIn.title} />
      {!token ? (
        <p class="alert alert--error" role="alert">{t.training.checkIn.noToken}</p>
      ) : done ? (
        <div>
          <p id="checkin-result" class="alert alert--success checkin__done" role="status" tabIndex={-1}>
            {done.alreadyRecorded ? t.training.checkIn.already(done.mediatorId) : t.training.checkIn.done(done.mediatorId)}
          </p>
          <button type="button" class="button button--secondary" onClick={() => { setDone(null); setMediatorId(''); }}>
            {t.training.checkIn.again}
          </button>
        </div>
      ) : (
        <form onSubmit={(e) => void form.submit(e)} noValidate>
          <p>{t.training.checkIn.intro}</p>
          <FormSummary id="checkin-errors" errors={form.errors} title={t.training.checkIn.errors}
            labelOf={() => t.training.checkIn.mediatorId} summaryRef={form.summary} />
          <TextField field={form.name('mediatorId')} label={t.training.checkIn.mediatorId}
            hint={t.training.checkIn.mediatorIdHint} value={mediatorId} errors={form.errors} autoComplete="off"
            onInput={(v) => { setMediatorId(v); form.clear('mediatorId'); }} />
          {storage && (
            <div class="field field--checkbox">
              <input id="checkin-remember" type="checkbox" checked={remember}
                onChange={(e) => setRemember((e.currentTarget as HTMLInputElement).checked)} />
              <label for="checkin-remember">{t.training.checkIn.remember}</label>
            </div>
          )}
          <div class="form-actions">
            <button type="submit" class="button button--large" disabled={form.submitting} aria-disabled={form.submitting}>
              {form.submitting ? t.training.submitting : t.training.checkIn.submit}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

function safeLocalStorage(): Storage | null {
  try {
    return typeof window !== 'undefined' ? window.localStorage : null;
  } catch {
    return null;
  }
}
