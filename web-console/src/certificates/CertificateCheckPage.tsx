import { useState } from 'preact/hooks';
import type { TrainingApi } from '../api/training';
import { ErrorMessage } from '../app/ErrorMessage';
import { useLoad } from '../app/hooks';
import { PageHeading } from '../app/PageHeading';
import { navigate, paths } from '../app/router';
import { fmt } from '../format/format';
import { t } from '../i18n';

/**
 * Kiểm tra giấy chứng nhận, without signing in: anyone types the verification code printed on a
 * certificate and learns whether the system issued it, for which course and mediator (by registry id:
 * the service keeps no names).
 */
export function CertificateCheckPage({ code, training }: { code: string | null; training: TrainingApi }) {
  const [typed, setTyped] = useState(code ?? '');
  const check = useLoad((signal) => (code ? training.checkCertificate(code, signal) : undefined), [code]);
  const result = check.data;

  return (
    <section class="certificate-check panel" aria-labelledby="page-title">
      <PageHeading title={t.training.certificate.title} />
      <p>{t.training.certificate.intro}</p>
      <form
        class="find-course"
        onSubmit={(event) => {
          event.preventDefault();
          const value = typed.trim().toUpperCase();
          if (value && value !== code) {
            navigate(paths.certificateCheck(value));
          } else if (value) {
            check.reload();
          }
        }}
      >
        <div class="field">
          <label for="certificate-code">{t.training.certificate.code}</label>
          <p class="field-hint" id="certificate-code-hint">{t.training.certificate.codeHint}</p>
          <div class="input-with-button">
            <input id="certificate-code" type="text" value={typed} autoComplete="off" spellcheck={false}
              autoCapitalize="characters" aria-describedby="certificate-code-hint"
              onInput={(event) => setTyped((event.currentTarget as HTMLInputElement).value)} />
            <button type="submit" class="button">{t.training.certificate.check}</button>
          </div>
        </div>
      </form>
      <div aria-live="polite">
        {check.loading && <p>{t.training.certificate.checking}</p>}
        {!check.loading && check.error && (
          check.error.status === 404 ? (
            <div class="alert alert--error" role="alert">
              <p><strong>{t.training.certificate.notGenuine}</strong></p>
              <p>{check.error.message}</p>
            </div>
          ) : (
            <ErrorMessage error={check.error} onRetry={check.reload} />
          )
        )}
        {!check.loading && !check.error && result && code && (
          <div class="alert alert--success certificate-check__result">
            <p><strong>{t.training.certificate.genuine}</strong></p>
            <p>{t.training.certificate.genuineText(result.code)}</p>
            <dl class="facts">
              <div>
                <dt>{t.training.certificate.mediator}</dt>
                <dd class="course__id">{result.mediatorId}</dd>
              </div>
              <div>
                <dt>{t.training.certificate.commune}</dt>
                <dd>{result.communeName}</dd>
              </div>
              <div>
                <dt>{t.training.certificate.course}</dt>
                <dd>{result.courseTitle}</dd>
              </div>
              <div>
                <dt>{t.training.certificate.organiser}</dt>
                <dd>{result.organiserName}</dd>
              </div>
              <div>
                <dt>{t.training.certificate.period}</dt>
                <dd>{`${fmt.calendarDate(result.startDate)} – ${fmt.calendarDate(result.endDate)}`}</dd>
              </div>
              <div>
                <dt>{t.training.certificate.completedOn}</dt>
                <dd>{fmt.calendarDate(result.completedOn)}</dd>
              </div>
            </dl>
          </div>
        )}
      </div>
    </section>
  );
}
