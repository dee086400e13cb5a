import type { ApiError } from '../api';
import type { Participant } from '../api/training';
import { ErrorMessage } from '../app/ErrorMessage';
import { paths } from '../app/router';
import { useServices } from '../app/services';
import { fmt } from '../format/format';
import { t } from '../i18n';
import { DownloadButton, useUnitNames } from './shared';

/**
 * The participants: each mediator's commune, standing, sessions attended against those required,
 * completion date, and the certificate (code and PDF) once issued. Names are not kept by the service:
 * mediators are shown by their registry id.
 */
export function Participants({ courseId, participants, error, onRetry, mayDownload }: {
  courseId: string;
  participants: Participant[] | undefined;
  error?: ApiError;
  onRetry(): void;
  mayDownload: boolean;
}) {
  const { training } = useServices();
  const communeName = useUnitNames((participants ?? []).map((p) => p.communeCode));
  return (
    <section class="section panel" aria-labelledby="participants-heading">
      <div class="section-header">
        <h2 id="participants-heading">{t.training.participants.heading}</h2>
        {participants && participants.length > 0 && (
          <span class="muted">{t.training.participants.count(fmt.integer(participants.length))}</span>
        )}
      </div>
      {error && <ErrorMessage error={error} onRetry={onRetry} />}
      {!participants && !error && <p>{t.common.loading}</p>}
      {participants && participants.length === 0 && <p>{t.training.participants.none}</p>}
      {participants && participants.length > 0 && (
        <div class="table-scroll">
          <table class="data-table participants">
            <caption class="visually-hidden">{t.training.participants.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.training.participants.mediator}</th>
                <th scope="col">{t.training.participants.commune}</th>
                <th scope="col">{t.training.participants.status}</th>
                <th scope="col" class="num">{t.training.participants.sessions}</th>
                <th scope="col">{t.training.participants.completedOn}</th>
                <th scope="col">{t.training.participants.certificate}</th>
              </tr>
            </thead>
            <tbody>
              {participants.map((p) => (
                <tr key={p.mediatorId} data-mediator={p.mediatorId}>
                  <th scope="row" class="course__id">{p.mediatorId}</th>
                  <td>{communeName(p.communeCode)}</td>
                  <td>
                    <span class={`badge ${p.status === 'COMPLETED' ? 'badge--ok' : p.status === 'CANCELLED' ? 'badge--warn' : 'badge--neutral'}`}>
                      {t.training.participants.statuses[p.status] ?? p.status}
                    </span>
                  </td>
                  <td class="num">
                    {t.training.participants.sessionsValue(fmt.integer(p.sessionsAttended), fmt.integer(p.sessionsRequired))}
                  </td>
                  <td>{p.completedOn ? fmt.calendarDate(p.completedOn) : t.training.none}</td>
                  <td>
                    {p.certificateCode ? (
                      <div class="inline-actions">
                        <a class="course__id" href={paths.certificateCheck(p.certificateCode)}
                          aria-label={t.training.participants.checkLabel(p.certificateCode)}>
                          {p.certificateCode}
                        </a>
                        {mayDownload && (
                          <DownloadButton
                            fetchFile={() => training.certificate(courseId, p.mediatorId)}
                            fallbackName={`chung-nhan-${p.certificateCode}.pdf`}
                            label={t.training.participants.download}
                            ariaLabel={t.training.participants.downloadLabel(p.mediatorId)}
                          />
                        )}
                      </div>
                    ) : (
                      <span class="muted">{t.training.participants.noCertificate}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p class="field-hint">{t.training.participants.scopeNote}</p>
    </section>
  );
}
