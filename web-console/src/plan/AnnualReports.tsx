import { useState } from 'preact/hooks';
import type { AnnualReport, AnnualStatus, Completeness } from '../api/reporting';
import { ErrorMessage } from '../app/ErrorMessage';
import { useLoad } from '../app/hooks';
import { useServices } from '../app/services';
import { useSession } from '../auth/context';
import { DownloadButton, FormSummary, hasRole, PROVINCE, TextArea, useForm } from '../courses/shared';
import { fmt } from '../format/format';
import { t } from '../i18n';

const ANNUAL_BADGE: Record<AnnualStatus, string> = {
  NOT_SUBMITTED: 'badge--neutral',
  SUBMITTED: 'badge--info',
  APPROVED: 'badge--ok',
  RETURNED: 'badge--warn',
};

/**
 * Báo cáo năm: a district submits its annual report; the province approves or returns it (with a
 * reason) and sees which districts have not reported; the report of a district or of the whole
 * province downloads as a workbook (.xlsx).
 */
export function AnnualReports({ year }: { year: number }) {
  const { reporting } = useServices();
  const user = useSession()?.user ?? null;
  const isDistrict = user?.role === 'DISTRICT_OFFICER';
  const seesProvince = hasRole(user, ['PROVINCE_ADMIN', 'ANALYST']);
  const province = seesProvince && user?.unit && user.unit.length <= 2 ? user.unit : PROVINCE;
  const districts = useLoad((signal) => (seesProvince ? reporting.children(province, signal) : undefined), [seesProvince, province]);
  const [chosen, setChosen] = useState<string>('');
  const district = isDistrict ? user?.unit ?? '' : chosen || districts.data?.[0]?.unit.code || '';
  const [round, setRound] = useState(0);
  const a = t.plan.annual;

  return (
    <>
      {seesProvince && (
        <CompletenessPanel year={year} round={round} onOpen={(code) => {
          setChosen(code);
          setTimeout(() => document.getElementById('annual-heading')?.focus());
        }} />
      )}
      {seesProvince && districts.data && districts.data.length > 0 && (
        <div class="field field--inline section">
          <label for="annual-district">{a.chooseDistrict}</label>
          <select id="annual-district" value={district} onChange={(e) => setChosen((e.currentTarget as HTMLSelectElement).value)}>
            {districts.data.map((d) => (
              <option key={d.unit.code} value={d.unit.code}>{d.unit.name}</option>
            ))}
          </select>
        </div>
      )}
      {districts.error && <ErrorMessage error={districts.error} onRetry={districts.reload} />}
      {district && <DistrictReport key={`${district}:${year}`} district={district} year={year} onChanged={() => setRound((n) => n + 1)} />}
      {seesProvince && (
        <section class="section panel" aria-labelledby="province-workbook-heading">
          <h2 id="province-workbook-heading" class="visually-hidden">{a.workbookProvince}</h2>
          <ProvinceWorkbook province={province} year={year} />
        </section>
      )}
    </>
  );
}

function ProvinceWorkbook({ province, year }: { province: string; year: number }) {
  const { plan } = useServices();
  return (
    <DownloadButton fetchFile={() => plan.workbook(province, year)} fallbackName={`bao-cao-nam-${year}-${province}.xlsx`}
      label={t.plan.annual.workbookProvince} />
  );
}

function CompletenessPanel({ year, round, onOpen }: { year: number; round: number; onOpen(code: string): void }) {
  const { plan } = useServices();
  const completeness = useLoad((signal) => plan.completeness(year, signal), [year, round]);
  const a = t.plan.annual;
  const data: Completeness | undefined = completeness.data;
  const missing = data?.districts.filter((d) => !d.submitted) ?? [];
  return (
    <section class="section panel" aria-labelledby="completeness-heading">
      <h2 id="completeness-heading">{a.completenessHeading(year)}</h2>
      {completeness.error && <ErrorMessage error={completeness.error} onRetry={completeness.reload} />}
      {completeness.loading && !data && <p>{t.common.loading}</p>}
      {data && (
        <>
          <p>{a.completenessSummary(data.submitted, data.districts.length, data.late, fmt.calendarDate(data.dueDate))}</p>
          <p class={missing.length ? 'alert alert--error' : 'alert alert--success'}>
            {missing.length ? a.notReported(missing.map((d) => d.district.name).join(', ')) : a.allReported}
          </p>
          <div class="table-scroll">
            <table class="data-table data-table--compact">
              <caption class="visually-hidden">{a.completenessCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{a.districtColumn}</th>
                  <th scope="col">{a.status}</th>
                  <th scope="col">{a.firstSubmitted}</th>
                  <th scope="col">{a.late}</th>
                  <th scope="col"><span class="visually-hidden">{a.open}</span></th>
                </tr>
              </thead>
              <tbody>
                {data.districts.map((d) => (
                  <tr key={d.district.code} class={d.submitted ? undefined : 'row--missing'}>
                    <th scope="row">{d.district.name}</th>
                    <td>
                      <span class={`badge ${ANNUAL_BADGE[d.status] ?? 'badge--neutral'}`}>{a.statuses[d.status] ?? d.status}</span>
                      {d.returnReason && d.status === 'RETURNED' && <div class="muted">{d.returnReason}</div>}
                    </td>
                    <td>{d.firstSubmittedAt ? fmt.dateTime(d.firstSubmittedAt) : t.training.none}</td>
                    <td>{d.late ? <span class="badge badge--warn">{a.lateYes}</span> : t.training.none}</td>
                    <td>
                      <button type="button" class="button--link" aria-label={a.openLabel(d.district.name)}
                        onClick={() => onOpen(d.district.code)}>
                        {a.open}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

function DistrictReport({ district, year, onChanged }: { district: string; year: number; onChanged(): void }) {
  const { plan } = useServices();
  const user = useSession()?.user ?? null;
  const report = useLoad((signal) => plan.annual(district, year, signal), [district, year]);
  const [notice, setNotice] = useState('');
  const changed = (text: string) => {
    setNotice(text);
    report.reload();
    onChanged();
  };
  const a = t.plan.annual;
  const data = report.data;
  const mayWorkbook = hasRole(user, ['PROVINCE_ADMIN', 'DISTRICT_OFFICER', 'ANALYST']);
  return (
    <section class="section panel" aria-labelledby="annual-heading">
      <h2 id="annual-heading" tabIndex={-1}>{a.heading(data?.district.name ?? `${t.common.code} ${district}`, year)}</h2>
      <p role="status" class={notice ? 'alert alert--success' : 'visually-hidden'}>{notice}</p>
      {report.error && <ErrorMessage error={report.error} onRetry={report.reload} />}
      {report.loading && !data && <p>{t.common.loading}</p>}
      {data && (
        <>
          <dl class="facts">
            <div>
              <dt>{a.status}</dt>
              <dd><span class={`badge ${ANNUAL_BADGE[data.status] ?? 'badge--neutral'}`}>{a.statuses[data.status] ?? data.status}</span></dd>
            </div>
            <div>
              <dt>{a.dueDate}</dt>
              <dd>
                {fmt.calendarDate(data.dueDate)}
                {data.late && <> · <span class="badge badge--warn">{a.lateYes}</span></>}
              </dd>
            </div>
            {data.submittedAt && (
              <div>
                <dt>{a.submittedAt}</dt>
                <dd>{fmt.dateTime(data.submittedAt)}{data.submittedBy && ` (${data.submittedBy})`}</dd>
              </div>
            )}
            {data.decidedAt && (
              <div>
                <dt>{a.decidedAt}</dt>
                <dd>{fmt.dateTime(data.decidedAt)}{data.decidedBy && ` (${data.decidedBy})`}</dd>
              </div>
            )}
            {data.returnReason && data.status === 'RETURNED' && (
              <div>
                <dt>{a.returnReason}</dt>
                <dd>{data.returnReason}</dd>
              </div>
            )}
          </dl>
          <h3>{a.summary}</h3>
          <p class="prewrap">{data.summary ?? a.noSummary}</p>
          {data.status === 'APPROVED' && <p class="muted">{a.lockedNote}</p>}
          {data.history.length > 0 && (
            <details>
              <summary>{a.history}</summary>
              <ol class="plain-list">
                {data.history.map((step, i) => (
                  <li key={i}>
                    {a.historyItem(a.statuses[step.status] ?? step.status, fmt.dateTime(step.at), step.by)}
                    {step.reason && `: ${step.reason}`}
                  </li>
                ))}
              </ol>
            </details>
          )}
          {mayWorkbook && (
            <p>
              <DownloadButton fetchFile={() => plan.workbook(district, year)} fallbackName={`bao-cao-nam-${year}-${district}.xlsx`}
                label={a.workbook} />
            </p>
          )}
          {user?.role !== 'PROVINCE_ADMIN' && user?.role !== 'ANALYST' && (data.status === 'NOT_SUBMITTED' || data.status === 'RETURNED') && (
            <SubmitForm key={data.version} report={data} onSubmitted={() => changed(a.submitted)} />
          )}
          {hasRole(user, ['PROVINCE_ADMIN']) && (data.status === 'SUBMITTED' || data.status === 'APPROVED') && (
            <Decide key={data.version} report={data} onDecided={changed} />
          )}
        </>
      )}
    </section>
  );
}

function SubmitForm({ report, onSubmitted }: { report: AnnualReport; onSubmitted(): void }) {
  const { plan } = useServices();
  const [summary, setSummary] = useState(report.summary ?? '');
  const form = useForm('annual', (f) => f === 'summary',
    () => plan.submitAnnual(report.district.code, report.year, report.version, summary), () => onSubmitted());
  const a = t.plan.annual;
  return (
    <form class="subform" onSubmit={(e) => void form.submit(e)} noValidate aria-labelledby="annual-submit-heading">
      <h3 id="annual-submit-heading">{a.submitHeading}</h3>
      <FormSummary id="annual-errors" errors={form.errors} title={a.submitErrors} labelOf={() => a.summaryField}
        summaryRef={form.summary} />
      <TextArea field={form.name('summary')} label={a.summaryField} value={summary} errors={form.errors} rows={8}
        onInput={(v) => { setSummary(v); form.clear('summary'); }} />
      <div class="form-actions">
        <button type="submit" class="button" disabled={form.submitting} aria-disabled={form.submitting}>
          {form.submitting ? t.training.submitting : a.submit}
        </button>
      </div>
    </form>
  );
}

function Decide({ report, onDecided }: { report: AnnualReport; onDecided(notice: string): void }) {
  const { plan } = useServices();
  const [reason, setReason] = useState('');
  const a = t.plan.annual;
  const form = useForm('decide', (f) => f === 'reason',
    () => plan.returnAnnual(report.district.code, report.year, report.version, reason), () => onDecided(a.returned));
  return (
    <form class="subform" onSubmit={(e) => void form.submit(e)} noValidate aria-labelledby="annual-decide-heading">
      <h3 id="annual-decide-heading">{report.status === 'SUBMITTED' ? a.decideHeading : a.returnHeading}</h3>
      <FormSummary id="decide-errors" errors={form.errors} title={a.decideErrors} labelOf={() => a.reason}
        summaryRef={form.summary} />
      {report.status === 'SUBMITTED' && (
        <p>
          <button type="button" class="button" disabled={form.submitting}
            onClick={() => void form.runWith(() => plan.approveAnnual(report.district.code, report.year, report.version),
              () => onDecided(a.approved))}>
            {a.approve}
          </button>
        </p>
      )}
      <TextArea field={form.name('reason')} label={a.reason} value={reason} errors={form.errors} rows={3}
        onInput={(v) => { setReason(v); form.clear('reason'); }} />
      <div class="form-actions">
        <button type="submit" class="button button--secondary" disabled={form.submitting} aria-disabled={form.submitting}>
          {a.giveBack}
        </button>
      </div>
    </form>
  );
}
