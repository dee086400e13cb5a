import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, ProblemError } from '../api';
import type { ImportJob, ImportProblem, ImportReport } from '../api/registry';
import { toApiError } from '../app/hooks';
import { PageHeading } from '../app/PageHeading';
import { useServices } from '../app/services';
import { useCan } from '../auth/context';
import { SelectField } from '../forms/Choice';
import { ErrorSummary } from '../forms/ErrorSummary';
import { FieldError, inputProps } from '../forms/Field';
import { formErrorsOf, hasErrors, NO_ERRORS, type FormErrors } from '../forms/fieldErrors';
import { useSubmission } from '../forms/useSubmission';
import { fmt } from '../format/format';
import { t } from '../i18n';
import { showing } from '../people/forms';
import { UnitChooser, useScope } from '../people/UnitChooser';
import '../teams/registry.css';
import { DownloadButton, saveFile } from './download';

/** How often an import's progress is asked for (tests ask more often). */
export const polling = { intervalMs: 1000 };
/** Failed reads of the progress in a row before the page stops asking. */
const POLL_ATTEMPTS = 5;

/**
 * Nhập, xuất tệp: the template, a dry run of a file with its problems by row and column, the import
 * itself followed to its end, and the teams of a unit as a workbook.
 */
export function ImportsPage() {
  const mayImport = useCan('importTeams');
  const mayExport = useCan('exportTeams');
  const { registry } = useServices();
  return (
    <>
      <PageHeading title={t.imports.title} />
      {mayImport && (
        <>
          <p>{t.imports.intro}</p>
          <section class="section panel" aria-labelledby="template-heading">
            <h2 id="template-heading">{t.imports.templateHeading}</h2>
            <p class="field-hint">{t.imports.templateIntro}</p>
            <div class="download-row">
              <DownloadButton id="template-xlsx" label={t.imports.templateXlsx}
                fetchFile={() => registry.importTemplate('xlsx')} fallbackName="mau-nhap-to-hoa-giai.xlsx" />
              <DownloadButton id="template-csv" label={t.imports.templateCsv} secondary
                fetchFile={() => registry.importTemplate('csv')} fallbackName="mau-nhap-to-hoa-giai.csv" />
            </div>
          </section>
          <section class="section panel" aria-labelledby="upload-heading">
            <h2 id="upload-heading">{t.imports.uploadHeading}</h2>
            <ImportFlow />
          </section>
        </>
      )}
      {mayExport && (
        <section class="section panel" aria-labelledby="export-heading">
          <h2 id="export-heading">{t.imports.exportHeading}</h2>
          <ExportForm />
        </section>
      )}
    </>
  );
}

type Phase = 'idle' | 'checking' | 'checked' | 'starting' | 'running';

/** Choose a file, run it dry, read the report, import it for real and follow it to its end. */
export function ImportFlow() {
  const { registry } = useServices();
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>('idle');
  const [report, setReport] = useState<ImportReport | null>(null);
  /** The problems of a real run the server refused (422), which may differ from the dry run's. */
  const [refused, setRefused] = useState<{ problems: ImportProblem[]; count: number } | null>(null);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [job, setJob] = useState<ImportJob | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const reportHeading = useRef<HTMLHeadingElement>(null);

  const fail = (error: unknown) => {
    const formErrors = formErrorsOf(error, (field) => field === 'file');
    setErrors(formErrors);
    setTimeout(() => summary.current?.focus());
  };

  const dryRun = async (event: Event) => {
    event.preventDefault();
    if (phase === 'checking' || phase === 'starting') {
      return;
    }
    if (!file) {
      setErrors({ byField: { file: [t.imports.chooseFileFirst] }, general: [] });
      input.current?.focus();
      return;
    }
    setPhase('checking');
    setErrors(NO_ERRORS);
    setReport(null);
    setRefused(null);
    setJob(null);
    try {
      const checked = await registry.dryRunImport(file);
      setReport(checked);
      const wholeFile = checked.problems.filter((p) => p.row === 0).map((p) => p.message);
      if (wholeFile.length > 0) {
        setErrors({ byField: { file: wholeFile }, general: [] });
      }
      setPhase('checked');
      setTimeout(() => reportHeading.current?.focus());
    } catch (error) {
      setPhase('idle');
      fail(error);
    }
  };

  const start = async () => {
    if (!file || phase !== 'checked') {
      return;
    }
    setPhase('starting');
    setErrors(NO_ERRORS);
    try {
      setJob(await registry.startImport(file));
      setPhase('running');
    } catch (error) {
      setPhase('checked');
      if (error instanceof ProblemError && Array.isArray(error.problem.errors) && error.status === 422) {
        const problems = (error.problem.errors as unknown[]).filter(isImportProblem);
        const count = typeof error.problem.errorCount === 'number' ? error.problem.errorCount : problems.length;
        setRefused({ problems, count });
        const wholeFile = problems.filter((p) => p.row === 0).map((p) => p.message);
        setErrors({ byField: wholeFile.length ? { file: wholeFile } : {}, general: [error.message] });
        setTimeout(() => summary.current?.focus());
      } else {
        fail(error);
      }
    }
  };

  const reset = () => {
    setFile(null);
    setPhase('idle');
    setReport(null);
    setRefused(null);
    setJob(null);
    setErrors(NO_ERRORS);
    if (input.current) {
      input.current.value = '';
      input.current.focus();
    }
  };

  const i = t.imports;
  const busy = phase === 'checking' || phase === 'starting';
  const problems = refused?.problems ?? report?.problems ?? [];
  const problemCount = refused?.count ?? problems.length;
  const hintId = 'f-file-hint';
  return (
    <div class="import-flow">
      <form onSubmit={dryRun} noValidate aria-labelledby="upload-heading">
        {hasErrors(errors) && (
          <ErrorSummary errors={errors} title={i.refused} labelOf={() => i.file} summaryRef={summary} />
        )}
        <div class={`field${errors.byField.file?.length ? ' field--invalid' : ''}`}>
          <label for="f-file">{i.file}</label>
          <p class="field-hint" id={hintId}>
            {i.fileHint}
          </p>
          <FieldError field="file" errors={errors} />
          {/* The browser's own file control speaks the browser's language: it sits, transparent, over a
              button in Vietnamese, and keeps its label, keyboard use and focus (shown on the button). */}
          <div class="file-picker">
            <span class="file-picker__control">
              <input
                type="file"
                ref={input}
                class="file-picker__input"
                {...inputProps('file', errors, hintId)}
                accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
                disabled={phase === 'running'}
                onChange={(event) => {
                  setFile((event.currentTarget as HTMLInputElement).files?.[0] ?? null);
                  setPhase('idle');
                  setReport(null);
                  setRefused(null);
                  setJob(null);
                  setErrors(NO_ERRORS);
                }}
              />
              <span class="button button--secondary file-picker__button" aria-hidden="true">
                {i.chooseFile}
              </span>
            </span>
            <span class="file-picker__name" aria-hidden="true">
              {file ? `${file.name} (${sizeOf(file.size)})` : i.noFile}
            </span>
          </div>
        </div>
        {phase !== 'running' && (
          <div class="form-actions">
            <button type="submit" class="button" disabled={busy} aria-disabled={busy}>
              {i.dryRun}
            </button>
          </div>
        )}
      </form>

      {phase === 'checking' && file && (
        <div class="progress-block" role="status">
          <p>{i.checking(file.name)}</p>
          <progress aria-label={i.checking(file.name)} />
        </div>
      )}

      {report && phase !== 'checking' && (
        <section class="import-report" aria-labelledby="report-heading">
          <h3 id="report-heading" tabIndex={-1} ref={reportHeading}>
            {i.reportHeading(report.fileName)}
          </h3>
          <dl class="facts facts--four">
            <div>
              <dt>{i.rows}</dt>
              <dd>{fmt.integer(report.rows)}</dd>
            </div>
            <div>
              <dt>{i.teams}</dt>
              <dd>{fmt.integer(report.teams)}</dd>
            </div>
            <div>
              <dt>{i.mediators}</dt>
              <dd>{fmt.integer(report.mediators)}</dd>
            </div>
            <div>
              <dt>{i.compliantTeams}</dt>
              <dd>{fmt.integer(report.compliantTeams)}</dd>
            </div>
          </dl>
          {problems.length === 0 ? (
            <p class="alert alert--success">{i.valid}</p>
          ) : (
            <div class="alert alert--error">
              <p>{i.invalid(fmt.integer(problemCount))}</p>
              {(problemCount > problems.length || problems.length >= 1000) && (
                <p>{i.moreProblems(fmt.integer(problems.length))}</p>
              )}
            </div>
          )}
          {problems.length > 0 && <ProblemTable problems={problems} />}
          {problems.length === 0 && report.nonCompliantTeams.length > 0 && (
            <NonCompliantTable report={report} />
          )}
          {problems.length === 0 && report.valid && !job && (
            <div class="form-actions">
              <button type="button" class="button" onClick={start} disabled={phase === 'starting'}
                aria-disabled={phase === 'starting'}>
                {phase === 'starting' ? i.starting : i.startImport}
              </button>
            </div>
          )}
        </section>
      )}

      {job && <ImportProgress initial={job} onAnother={reset} />}
    </div>
  );
}

/** A file's size as people read it: "12,5 KB", "1,2 MB". */
function sizeOf(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${fmt.decimal(bytes / 1024 / 1024)} MB` : `${fmt.decimal(Math.max(bytes, 1) / 1024)} KB`;
}

function isImportProblem(value: unknown): value is ImportProblem {
  const p = value as ImportProblem | null;
  return !!p && typeof p.message === 'string' && typeof p.row === 'number';
}

function ProblemTable({ problems }: { problems: ImportProblem[] }) {
  const i = t.imports;
  const sorted = [...problems].sort((a, b) => a.row - b.row);
  return (
    <div class="table-scroll">
      <table class="data-table data-table--compact problems-table">
        <caption>{i.problemsCaption}</caption>
        <thead>
          <tr>
            <th scope="col" class="num">{i.row}</th>
            <th scope="col">{i.column}</th>
            <th scope="col">{i.message}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((problem, index) => (
            <tr key={`${problem.row}-${problem.column}-${index}`}>
              {/* A row number, as the spreadsheet shows it: no thousands separator. */}
              <td class="num">{problem.row === 0 ? i.wholeFile : String(problem.row)}</td>
              <td>{problem.column || (problem.row === 0 ? '' : i.wholeRow)}</td>
              <td>{problem.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function NonCompliantTable({ report }: { report: ImportReport }) {
  const i = t.imports;
  return (
    <div class="table-scroll">
      <table class="data-table data-table--compact">
        <caption>
          {i.nonCompliantCaption}
          <span class="muted"> — {i.nonCompliantNote}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col" class="num">{i.row}</th>
            <th scope="col">{i.teamColumn}</th>
            <th scope="col">{i.communeColumn}</th>
            <th scope="col">{i.reasonsColumn}</th>
          </tr>
        </thead>
        <tbody>
          {report.nonCompliantTeams.map((team) => (
            <tr key={`${team.row}-${team.name}`}>
              <td class="num">{String(team.row)}</td>
              <th scope="row">
                {team.name} <span class="muted">({team.villageName})</span>
              </th>
              <td>{team.communeCode}</td>
              <td>{team.reasons.join('; ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Follows an import (GET imports/{id}) until it has completed or failed. */
export function ImportProgress({ initial, onAnother }: { initial: ImportJob; onAnother(): void }) {
  const { registry } = useServices();
  const [job, setJob] = useState(initial);
  const [error, setError] = useState<ApiError | null>(null);
  const [round, setRound] = useState(0);
  const finished = job.status === 'COMPLETED' || job.status === 'FAILED';
  const result = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (finished) {
      setTimeout(() => result.current?.focus());
      return undefined;
    }
    const controller = new AbortController();
    let failures = 0;
    let timer: ReturnType<typeof setTimeout>;
    const poll = () => {
      timer = setTimeout(async () => {
        try {
          const next = await registry.importJob(initial.id, controller.signal);
          failures = 0;
          setError(null);
          setJob(next);
          if (next.status !== 'COMPLETED' && next.status !== 'FAILED') {
            poll();
          }
        } catch (failure) {
          if (controller.signal.aborted) {
            return;
          }
          failures++;
          const apiError = toApiError(failure);
          // Not found, forbidden: asking again will not help.
          if (failures >= POLL_ATTEMPTS || (apiError.status >= 400 && apiError.status < 500)) {
            setError(apiError);
          } else {
            poll();
          }
        }
      }, polling.intervalMs);
    };
    poll();
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [initial.id, finished, round]);

  const i = t.imports;
  const percent = fmt.percent(job.percent, 100) ?? '0%';
  return (
    <section class="import-progress panel" aria-labelledby="progress-heading">
      <h3 id="progress-heading">{i.progressLabel}</h3>
      <p class="muted">
        {i.importId}: <span class="course__id">{job.id}</span> · {i.startedAt} {fmt.dateTime(job.createdAt)}
      </p>
      {!finished && (
        <>
          <progress max={100} value={job.percent} aria-labelledby="progress-heading" aria-describedby="progress-text" />
          <p id="progress-text" role="status">
            {i.statuses[job.status] ?? job.status}: {i.progress(fmt.integer(job.teamsWritten), fmt.integer(job.teams), percent)}
          </p>
        </>
      )}
      {error && (
        <div class="alert alert--error" role="alert">
          <p>{i.followFailed}</p>
          <p>{error.message}</p>
          <button type="button" class="button button--secondary"
            onClick={() => {
              setError(null);
              setRound((n) => n + 1);
            }}>
            {t.common.retry}
          </button>
        </div>
      )}
      {finished && (
        <div ref={result} tabIndex={-1} role="status"
          class={`alert ${job.status === 'COMPLETED' ? 'alert--success' : 'alert--error'}`}>
          <p>
            <strong>{i.statuses[job.status]}</strong>
          </p>
          <p>
            {job.status === 'COMPLETED'
              ? i.completed(fmt.integer(job.teams), fmt.integer(job.mediators))
              : `${job.failure ?? ''} ${i.failed}`.trim()}
          </p>
          {job.finishedAt && (
            <p class="muted">
              {i.finishedAt} {fmt.dateTime(job.finishedAt)}
            </p>
          )}
        </div>
      )}
      {finished && (
        <button type="button" class="button button--secondary" onClick={onAnother}>
          {i.importAnother}
        </button>
      )}
    </section>
  );
}

interface ExportDraft {
  unit: string;
  compliant: '' | 'true' | 'false';
}

/** The teams of a unit (in the user's scope) as a workbook, optionally only those that do or do not comply. */
export function ExportForm() {
  const { registry } = useServices();
  const scope = useScope();
  const [draft, setDraft] = useState<ExportDraft>({ unit: scope, compliant: '' });
  const [saved, setSaved] = useState('');
  const { errors, setErrors, submitting, summary, submit } = useSubmission(
    () => registry.exportTeams(draft.unit, draft.compliant === '' ? null : draft.compliant === 'true'),
    showing(['unit', 'compliant']),
    (file) => setSaved(saveFile(file, `to-hoa-giai-${draft.unit}.xlsx`)),
  );
  const i = t.imports;
  return (
    <form onSubmit={(event) => { setSaved(''); void submit(event); }} noValidate aria-labelledby="export-heading">
      <p class="field-hint">{i.exportIntro}</p>
      {hasErrors(errors) && (
        <ErrorSummary errors={errors} title={i.refused}
          labelOf={(field) => (field === 'compliant' ? i.exportCompliant : t.unitChooser.district)} summaryRef={summary} />
      )}
      <UnitChooser scope={scope} depth="COMMUNE" errors={errors}
        onChange={(unit) => {
          setDraft((d) => ({ ...d, unit }));
          setErrors(NO_ERRORS);
        }} />
      <SelectField field="compliant" label={i.exportCompliant} value={draft.compliant} errors={errors}
        options={[
          { value: '', label: i.exportAll },
          { value: 'true', label: i.exportOnlyCompliant },
          { value: 'false', label: i.exportOnlyNotCompliant },
        ]}
        onChange={(v) => setDraft((d) => ({ ...d, compliant: v as ExportDraft['compliant'] }))} />
      <div class="form-actions">
        <button type="submit" class="button" disabled={submitting} aria-disabled={submitting}>
          {submitting ? i.downloading : i.exportButton}
        </button>
      </div>
      <p role="status" class="muted">
        {saved ? i.downloaded(saved) : ''}
      </p>
    </form>
  );
}
