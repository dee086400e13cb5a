import { useState } from 'preact/hooks';
import type { CourseDetail, ImportReport, Participant } from '../api/training';
import { useServices } from '../app/services';
import { fmt } from '../format/format';
import { FieldError, inputProps } from '../forms/Field';
import { fieldId } from '../forms/fieldErrors';
import { t } from '../i18n';
import { FormSummary, saveFile, useForm } from './shared';

/**
 * A sign-in sheet (danh sách ký tên): first a dry run that reports, row by row, what would be recorded
 * and every problem; then, for a sheet without problems, the recording, all or nothing. A template
 * with the enrolled mediators and the sessions can be downloaded to print.
 */
export function SheetImport({ course, participants, onRecorded }: {
  course: CourseDetail;
  participants: Participant[];
  onRecorded(): void;
}) {
  const { training } = useServices();
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const form = useForm(
    'sheet',
    (field) => field === 'file',
    () => training.importSheet(course.id, file, false),
    (done) => {
      setReport(done);
      onRecorded();
    },
  );
  const check = () => {
    setReport(null);
    if (!file) {
      form.fail({ byField: { file: [t.training.sheet.chooseFile] }, general: [] });
      return;
    }
    void form.runWith(() => training.importSheet(course.id, file, true), setReport);
  };
  const ready = report?.dryRun === true && report.problems.length === 0 && report.recorded > 0;
  const field = form.name('file');

  return (
    <section class="section panel" aria-labelledby="sheet-heading">
      <form onSubmit={(e) => void form.submit(e)} noValidate aria-labelledby="sheet-heading">
        <h2 id="sheet-heading">{t.training.sheet.heading}</h2>
        <p class="field-hint">{t.training.sheet.intro}</p>
        <p>
          <button type="button" class="button--link" onClick={() => downloadTemplate(course, participants)}>
            {t.training.sheet.template}
          </button>
        </p>
        <FormSummary id="sheet-errors" errors={form.errors} title={t.training.sheet.errors}
          labelOf={() => t.training.sheet.file} summaryRef={form.summary} />
        <div class={`field${form.errors.byField[field]?.length ? ' field--invalid' : ''}`}>
          <label for={fieldId(field)}>{t.training.sheet.file}</label>
          <FieldError field={field} errors={form.errors} />
          <input type="file" {...inputProps(field, form.errors)}
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(event) => {
              setFile((event.currentTarget as HTMLInputElement).files?.[0] ?? null);
              setReport(null);
              form.clear('file');
            }} />
        </div>
        <div class="form-actions">
          <button type="button" class="button button--secondary" disabled={form.submitting} onClick={check}>
            {t.training.sheet.dryRun}
          </button>
          <button type="submit" class="button" disabled={form.submitting || !ready} aria-disabled={form.submitting || !ready}>
            {t.training.sheet.record}
          </button>
        </div>
      </form>
      {report && <SheetReport report={report} />}
    </section>
  );
}

function SheetReport({ report }: { report: ImportReport }) {
  return (
    <div class="sheet-report" role="status">
      <h3>{report.dryRun ? t.training.sheet.reportHeading : t.training.sheet.recordedHeading}</h3>
      <dl class="facts">
        <div>
          <dt>{t.training.sheet.rows}</dt>
          <dd>{fmt.integer(report.rows)}</dd>
        </div>
        <div>
          <dt>{report.dryRun ? t.training.sheet.toRecord : t.training.sheet.recorded}</dt>
          <dd>{fmt.integer(report.recorded)}</dd>
        </div>
        <div>
          <dt>{t.training.sheet.already}</dt>
          <dd>{fmt.integer(report.alreadyRecorded)}</dd>
        </div>
        <div>
          <dt>{t.training.sheet.problems}</dt>
          <dd>{fmt.integer(report.problems.length)}</dd>
        </div>
      </dl>
      {report.problems.length > 0 ? (
        <>
          <p class="alert alert--error">{t.training.sheet.fix}</p>
          <div class="table-scroll">
            <table class="data-table data-table--compact">
              <caption>{t.training.sheet.problemsCaption}</caption>
              <thead>
                <tr>
                  <th scope="col" class="num">{t.training.sheet.row}</th>
                  <th scope="col">{t.training.sheet.column}</th>
                  <th scope="col">{t.training.sheet.message}</th>
                </tr>
              </thead>
              <tbody>
                {report.problems.map((p, i) => (
                  <tr key={i}>
                    <td class="num">{fmt.integer(p.row)}</td>
                    <td>{p.column}</td>
                    <td>{p.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : (
        report.dryRun && report.recorded > 0 && <p class="alert alert--success">{t.training.sheet.ready}</p>
      )}
    </div>
  );
}

/** A CSV to print and sign: one row per enrolled mediator and session, with the two columns the import reads. */
function downloadTemplate(course: CourseDetail, participants: Participant[]): void {
  const rows: string[][] = [t.training.sheet.templateHeader];
  for (const session of course.sessions ?? []) {
    for (const p of participants.filter((x) => x.status !== 'CANCELLED')) {
      rows.push([p.mediatorId, session.id, fmt.calendarDate(session.date), session.title, '']);
    }
  }
  const csv = '\uFEFF' + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
  saveFile({ blob: new Blob([csv], { type: 'text/csv;charset=utf-8' }), filename: null }, `danh-sach-ky-ten-${course.id}.csv`);
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
