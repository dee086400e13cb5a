import { useState } from 'preact/hooks';
import { PROGRESS_STATUSES, type Plan, type ProgressReport, type ProgressStatus } from '../api/reporting';
import { ErrorMessage } from '../app/ErrorMessage';
import { useLoad } from '../app/hooks';
import { useServices } from '../app/services';
import { useSession } from '../auth/context';
import { FormSummary, hasRole, listField, listOf, byLine, SelectField, TextArea, useForm, useUnitNames } from '../courses/shared';
import { fmt } from '../format/format';
import { TextField } from '../forms/Field';
import { t } from '../i18n';
import { PLAN_WRITERS } from './access';

/** The codes progress is reported on, in the plan's order: 1, 2a, 2b, 2c, 3a, … */
export function reportableTasks(plan: Plan): { code: string; title: string }[] {
  return plan.tasks.flatMap((task) =>
    task.parts && task.parts.length > 0
      ? task.parts.map((part) => ({ code: part.code, title: part.title }))
      : [{ code: task.code, title: task.title }]);
}

/** The latest report of each unit and task in the year (a month's or a quarter's may be newer than the year's). */
export function latestByUnitAndTask(reports: ProgressReport[]): Map<string, ProgressReport> {
  const latest = new Map<string, ProgressReport>();
  for (const report of reports) {
    const key = `${report.unitCode}|${report.task}`;
    const seen = latest.get(key);
    if (!seen || Date.parse(report.submittedAt) > Date.parse(seen.submittedAt)) {
      latest.set(key, report);
    }
  }
  return latest;
}

export const STATUS_BADGE: Record<ProgressStatus, string> = {
  NOT_STARTED: 'badge--neutral',
  IN_PROGRESS: 'badge--info',
  BEHIND_SCHEDULE: 'badge--warn',
  COMPLETED: 'badge--ok',
};

/**
 * The plan's tasks as a matrix: the unit and the units below it, by task, each cell the latest
 * report's status and percent in the year. Officers report progress from a cell or the form below.
 */
export function TaskMatrix({ unitCode, year }: { unitCode: string; year: number }) {
  const { plan, reporting } = useServices();
  const user = useSession()?.user ?? null;
  const mayWrite = hasRole(user, PLAN_WRITERS);
  const [round, setRound] = useState(0);
  const [prefill, setPrefill] = useState<Prefill | null>(null);
  const tasks = useLoad((signal) => plan.tasks(signal), []);
  const reports = useLoad((signal) => plan.reports(unitCode, String(year), signal), [unitCode, year, round]);
  const children = useLoad((signal) => reporting.children(unitCode, signal).catch(() => []), [unitCode]);
  const codes = tasks.data ? reportableTasks(tasks.data) : [];
  const latest = latestByUnitAndTask(reports.data ?? []);
  const rowCodes = [unitCode, ...(children.data ?? []).map((c) => c.unit.code)];
  for (const report of reports.data ?? []) {
    if (!rowCodes.includes(report.unitCode)) {
      rowCodes.push(report.unitCode);
    }
  }
  const known = new Map((children.data ?? []).map((c) => [c.unit.code, c.unit.name]));
  const lookup = useUnitNames(rowCodes.filter((code) => !known.has(code)));
  const nameOf = (code: string) => known.get(code) ?? lookup(code);

  return (
    <>
      <section class="section panel" aria-labelledby="matrix-heading">
        <h2 id="matrix-heading">{t.plan.matrix.heading(nameOf(unitCode), year)}</h2>
        {(tasks.error || reports.error) && (
          <ErrorMessage error={(tasks.error ?? reports.error)!} onRetry={() => { tasks.reload(); reports.reload(); }} />
        )}
        {(!tasks.data || !reports.data) && !tasks.error && !reports.error && <p>{t.common.loading}</p>}
        {tasks.data && reports.data && (
          <>
            <p class="muted">
              {t.plan.matrix.count(fmt.integer(reports.data.length))}
              {mayWrite && ` · ${t.plan.matrix.legend}`}
            </p>
            <div class="table-scroll">
              <table class="data-table data-table--compact task-matrix">
                <caption class="visually-hidden">{t.plan.matrix.caption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.plan.matrix.unitColumn}</th>
                    {codes.map((task) => (
                      <th key={task.code} scope="col" title={task.title}>
                        {task.code}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {rowCodes.map((code) => (
                    <tr key={code}>
                      <th scope="row">{nameOf(code)}</th>
                      {codes.map((task) => {
                        const report = latest.get(`${code}|${task.code}`);
                        const text = report
                          ? t.plan.matrix.cell(t.plan.statuses[report.status] ?? report.status, report.percent, report.period)
                          : t.plan.matrix.noReport;
                        const content = report ? (
                          <span class={`badge ${STATUS_BADGE[report.status] ?? 'badge--neutral'}`}>
                            {fmt.integer(report.percent)}%
                          </span>
                        ) : (
                          <span class="muted" aria-hidden="true">—</span>
                        );
                        return (
                          <td key={task.code} class="task-matrix__cell" data-unit={code} data-task={task.code}>
                            {mayWrite ? (
                              <button type="button" class="cell-button" title={text}
                                aria-label={t.plan.matrix.cellLabel(nameOf(code), task.code, text)}
                                onClick={() => {
                                  setPrefill(report
                                    ? { ...report }
                                    : { unitCode: code, task: task.code, period: String(year) });
                                  setTimeout(() => document.getElementById('progress-heading')?.focus());
                                }}>
                                {content}
                              </button>
                            ) : (
                              <span title={text}>
                                {content}
                                <span class="visually-hidden">{text}</span>
                              </span>
                            )}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <ul class="status-legend" aria-hidden="true">
              {PROGRESS_STATUSES.map((s) => (
                <li key={s}>
                  <span class={`badge ${STATUS_BADGE[s]}`}>{t.plan.statuses[s]}</span>
                </li>
              ))}
            </ul>
            <details class="plan-tasks">
              <summary>{t.plan.matrix.tasksHeading}</summary>
              <ol class="plain-list">
                {tasks.data.tasks.map((task) => (
                  <li key={task.code}>
                    <strong>{task.code}.</strong> {task.title}
                    {task.parts && task.parts.length > 0 ? (
                      <ul>
                        {task.parts.map((part) => (
                          <li key={part.code}>
                            <strong>{part.code}.</strong> {part.title} <span class="muted">({t.plan.matrix.timeFrame}: {part.timeFrame})</span>
                          </li>
                        ))}
                      </ul>
                    ) : (
                      task.timeFrame && <span class="muted"> ({t.plan.matrix.timeFrame}: {task.timeFrame})</span>
                    )}
                  </li>
                ))}
              </ol>
            </details>
          </>
        )}
      </section>
      {mayWrite && tasks.data && (
        <ProgressForm key={prefill ? `${prefill.unitCode}|${prefill.task}|${prefill.period}|${prefill.version ?? 0}` : 'new'}
          tasks={codes} prefill={prefill ?? { unitCode: user?.unit ?? unitCode, task: '', period: String(year) }}
          onSaved={() => setRound((n) => n + 1)} />
      )}
    </>
  );
}

interface Prefill {
  unitCode: string;
  task: string;
  period: string;
  status?: ProgressStatus;
  percent?: number;
  narrative?: string | null;
  evidence?: string[];
  version?: number;
  submittedAt?: string;
}

const PROGRESS_FIELDS = ['unitCode', 'task', 'period', 'status', 'percent', 'narrative'];

/** Báo cáo tiến độ: a unit's report on a task for a period; the server names each field at fault. */
export function ProgressForm({ tasks, prefill, onSaved }: {
  tasks: { code: string; title: string }[];
  prefill: Prefill;
  onSaved(report: ProgressReport): void;
}) {
  const { plan } = useServices();
  const [unitCode, setUnitCode] = useState(prefill.unitCode);
  const [task, setTask] = useState(prefill.task);
  const [period, setPeriod] = useState(prefill.period);
  const [status, setStatus] = useState<string>(prefill.status ?? '');
  const [percent, setPercent] = useState(prefill.percent === undefined ? '' : String(prefill.percent));
  const [narrative, setNarrative] = useState(prefill.narrative ?? '');
  const [evidence, setEvidence] = useState((prefill.evidence ?? []).join('\n'));
  const [lines, setLines] = useState<number[]>([]);
  const [notice, setNotice] = useState('');
  const same = prefill.version !== undefined && prefill.unitCode === unitCode.trim() && prefill.task === task
    && prefill.period === period.trim();
  const form = useForm(
    'progress',
    (f) => PROGRESS_FIELDS.includes(f) || listField('evidence')(f),
    () => {
      const list = listOf(evidence);
      setLines(list.lines);
      return plan.submitProgress({
        unitCode: unitCode.trim(),
        task: task || null,
        period: period.trim(),
        status: (status || null) as ProgressStatus | null,
        percent: /^\d{1,3}$/.test(percent.trim()) ? Number(percent.trim()) : null,
        narrative: narrative.trim() || null,
        evidence: list.items,
      }, same ? prefill.version : undefined);
    },
    (report) => {
      setNotice(t.plan.progress.saved(report.task, report.period));
      onSaved(report);
    },
  );
  const errors = byLine(form.errors, form.name('evidence'), lines);
  const p = t.plan.progress;
  const labels: Record<string, string> = {
    unitCode: p.unitCode, task: p.task, period: p.period, status: p.status, percent: p.percent, narrative: p.narrative,
    evidence: p.evidence,
  };
  const taskLabels = Object.fromEntries(tasks.map((x) => [x.code, `${x.code}. ${x.title}`]));
  return (
    <section class="section panel" aria-labelledby="progress-heading">
      <form onSubmit={(e) => { setNotice(''); void form.submit(e); }} noValidate aria-labelledby="progress-heading">
        <h2 id="progress-heading" tabIndex={-1}>{p.heading}</h2>
        <p class="field-hint">{p.intro}</p>
        {same && prefill.submittedAt && <p class="muted">{p.replaces(fmt.dateTime(prefill.submittedAt))}</p>}
        <p role="status" class={notice ? 'alert alert--success' : 'visually-hidden'}>{notice}</p>
        <FormSummary id="progress-errors" errors={errors} title={p.errors} labelOf={(f) => labels[f] ?? f}
          summaryRef={form.summary} />
        <div class="date-range">
          <TextField field={form.name('unitCode')} label={p.unitCode} inputMode="numeric" value={unitCode} errors={errors}
            onInput={(v) => { setUnitCode(v); form.clear('unitCode'); }} />
          <TextField field={form.name('period')} label={p.period} hint={p.periodHint} value={period} errors={errors}
            onInput={(v) => { setPeriod(v); form.clear('period'); }} />
        </div>
        <SelectField field={form.name('task')} label={p.task} value={task} errors={errors} options={tasks.map((x) => x.code)}
          labels={taskLabels} empty={p.choose} onChange={(v) => { setTask(v); form.clear('task'); }} />
        <div class="date-range">
          <SelectField field={form.name('status')} label={p.status} value={status} errors={errors} options={PROGRESS_STATUSES}
            labels={t.plan.statuses} empty={p.choose}
            onChange={(v) => {
              setStatus(v);
              form.clear('status');
              if (v === 'COMPLETED') {
                setPercent('100');
              } else if (v === 'NOT_STARTED') {
                setPercent('0');
              }
            }} />
          <TextField field={form.name('percent')} label={p.percent} inputMode="numeric" value={percent} errors={errors}
            onInput={(v) => { setPercent(v); form.clear('percent'); }} />
        </div>
        <TextArea field={form.name('narrative')} label={p.narrative} value={narrative} errors={errors} rows={4}
          onInput={(v) => { setNarrative(v); form.clear('narrative'); }} />
        <TextArea field={form.name('evidence')} label={p.evidence} value={evidence} errors={errors} rows={3}
          onInput={(v) => { setEvidence(v); form.setErrors((e) => dropList(e, form.name('evidence'))); }} />
        <div class="form-actions">
          <button type="submit" class="button" disabled={form.submitting} aria-disabled={form.submitting}>
            {form.submitting ? t.training.submitting : p.submit}
          </button>
        </div>
      </form>
    </section>
  );
}

/** The errors without those of a list and its items. */
export function dropList<E extends { byField: Record<string, string[]>; general: string[] }>(errors: E, name: string): E {
  const byField = Object.fromEntries(Object.entries(errors.byField).filter(([f]) => f !== name && !f.startsWith(`${name}[`)));
  return { ...errors, byField };
}
