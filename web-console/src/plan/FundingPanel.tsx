import { useState } from 'preact/hooks';
import { FUNDING_SOURCES, type Funding, type FundingRollup } from '../api/reporting';
import { ErrorMessage } from '../app/ErrorMessage';
import { useLoad } from '../app/hooks';
import { useServices } from '../app/services';
import { useSession } from '../auth/context';
import { FormSummary, hasRole, TextArea, useForm } from '../courses/shared';
import { fmt } from '../format/format';
import { TextField } from '../forms/Field';
import type { FormErrors } from '../forms/fieldErrors';
import { t } from '../i18n';
import { PLAN_WRITERS } from './access';

/**
 * Kinh phí: a unit's funding of the plan in a year by source (planned and spent, in đồng), which its
 * officers record unless the district's approved annual report locks it; and the totals of the unit
 * and every unit below it.
 */
export function FundingPanel({ unitCode, year }: { unitCode: string; year: number }) {
  const { plan } = useServices();
  const user = useSession()?.user ?? null;
  const [round, setRound] = useState(0);
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState('');
  const funding = useLoad((signal) => plan.funding(unitCode, year, signal), [unitCode, year, round]);
  const rollup = useLoad((signal) => plan.fundingRollup(unitCode, year, signal), [unitCode, year, round]);
  const data = funding.data;
  const f = t.plan.funding;
  const mayEdit = hasRole(user, PLAN_WRITERS) && !!data && !data.locked;

  return (
    <>
      <section class="section panel" aria-labelledby="funding-heading">
        <div class="section-header">
          <h2 id="funding-heading" tabIndex={-1}>{f.heading(data?.unit.name ?? `${t.common.code} ${unitCode}`, year)}</h2>
          {mayEdit && !editing && (
            <button type="button" class="button" aria-expanded="false" aria-controls="funding-form"
              onClick={() => { setNotice(''); setEditing(true); }}>
              {f.edit}
            </button>
          )}
        </div>
        <p role="status" class={notice ? 'alert alert--success' : 'visually-hidden'}>{notice}</p>
        {funding.error && <ErrorMessage error={funding.error} onRetry={funding.reload} />}
        {funding.loading && !data && <p>{t.common.loading}</p>}
        {data && !editing && <FundingTable funding={data} />}
        {data && editing && (
          <div id="funding-form">
            <FundingForm funding={data} onCancel={() => setEditing(false)} onSaved={() => {
              setEditing(false);
              setNotice(f.saved);
              setRound((n) => n + 1);
              setTimeout(() => document.getElementById('funding-heading')?.focus());
            }} />
          </div>
        )}
      </section>
      <RollupSection rollup={rollup.data} error={rollup.error} onRetry={rollup.reload} unitCode={unitCode} year={year} />
    </>
  );
}

function FundingTable({ funding }: { funding: Funding }) {
  const f = t.plan.funding;
  return (
    <>
      {funding.locked && <p class="alert alert--error">{f.locked}</p>}
      {funding.version === 0 && <p class="muted">{f.never}</p>}
      {funding.warnings.length > 0 && (
        <ul class="alert alert--error plain-list">
          {funding.warnings.map((w, i) => <li key={i}>{w}</li>)}
        </ul>
      )}
      <div class="table-scroll">
        <table class="data-table funding-table">
          <caption class="visually-hidden">{f.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{f.source}</th>
              <th scope="col" class="num">{f.planned}</th>
              <th scope="col" class="num">{f.spent}</th>
            </tr>
          </thead>
          <tbody>
            {funding.sources.map((s) => (
              <tr key={s.source}>
                <th scope="row">{s.label}</th>
                <td class="num">{fmt.integer(s.planned)}</td>
                <td class="num">
                  {fmt.integer(s.spent)}
                  {s.overspent && <> <span class="badge badge--warn">{f.overspent}</span></>}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{f.total}</th>
              <td class="num"><strong>{fmt.integer(funding.planned)}</strong></td>
              <td class="num"><strong>{fmt.integer(funding.spent)}</strong></td>
            </tr>
          </tfoot>
        </table>
      </div>
      {funding.note && (
        <p>
          <strong>{f.note}:</strong> <span class="prewrap">{funding.note}</span>
        </p>
      )}
      {funding.updatedBy && funding.updatedAt && <p class="muted">{f.updated(funding.updatedBy, fmt.dateTime(funding.updatedAt))}</p>}
    </>
  );
}

/** "12.500.000" (or "12 500 000") → 12500000; '' → null (the server asks for 0); anything else → NaN. */
export function parseDong(text: string): number | null {
  const compact = text.replace(/[\s.]/g, '').replace(/đ(ồng)?$/i, '');
  if (!compact) {
    return null;
  }
  return /^\d{1,16}$/.test(compact) ? Number(compact) : Number.NaN;
}

const AMOUNT_FIELD = /^sources\[\d+\]\.(planned|spent)$/;

function FundingForm({ funding, onSaved, onCancel }: { funding: Funding; onSaved(): void; onCancel(): void }) {
  const { plan } = useServices();
  const f = t.plan.funding;
  const [amounts, setAmounts] = useState(() =>
    FUNDING_SOURCES.map((source) => {
      const current = funding.sources.find((s) => s.source === source);
      return { planned: current ? fmt.integer(current.planned) : '0', spent: current ? fmt.integer(current.spent) : '0' };
    }));
  const [note, setNote] = useState(funding.note ?? '');
  const form = useForm(
    'funding',
    (field) => field === 'note' || field === 'sources' || AMOUNT_FIELD.test(field),
    () => plan.recordFunding(funding.unit.code, funding.year, funding.version, {
      sources: FUNDING_SOURCES.map((source, i) => ({
        source,
        planned: parseDong(amounts[i]!.planned),
        spent: parseDong(amounts[i]!.spent),
      })),
      note: note.trim() || null,
    }),
    () => onSaved(),
  );
  const labelOf = (field: string) => {
    const match = /^sources\[(\d+)\]\.(planned|spent)$/.exec(field);
    const label = funding.sources.find((s) => s.source === FUNDING_SOURCES[Number(match?.[1])])?.label ?? '';
    return match ? (match[2] === 'planned' ? f.plannedOf(label) : f.spentOf(label)) : field === 'note' ? f.note : f.source;
  };
  const submit = (event: Event) => {
    event.preventDefault();
    const local: FormErrors = { byField: {}, general: [] };
    amounts.forEach((a, i) => {
      for (const part of ['planned', 'spent'] as const) {
        if (Number.isNaN(parseDong(a[part]))) {
          local.byField[`sources[${i}].${part}`] = [f.notAmount];
        }
      }
    });
    if (Object.keys(local.byField).length > 0) {
      form.fail(local);
      return;
    }
    void form.submit();
  };
  const set = (i: number, part: 'planned' | 'spent', value: string) => {
    setAmounts((list) => list.map((a, j) => (j === i ? { ...a, [part]: value } : a)));
    form.clear(`sources[${i}].${part}`);
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="funding-form-heading">
      <h3 id="funding-form-heading">{f.editHeading}</h3>
      <p class="field-hint">{f.amountHint}</p>
      <FormSummary id="funding-errors" errors={form.errors} title={f.errors} labelOf={labelOf} summaryRef={form.summary} />
      {FUNDING_SOURCES.map((source, i) => {
        const label = funding.sources.find((s) => s.source === source)?.label ?? source;
        return (
          <fieldset key={source}>
            <legend>{label}</legend>
            <div class="date-range">
              <TextField field={form.name(`sources[${i}].planned`)} label={f.planned} inputMode="numeric"
                value={amounts[i]!.planned} errors={form.errors} onInput={(v) => set(i, 'planned', v)} />
              <TextField field={form.name(`sources[${i}].spent`)} label={f.spent} inputMode="numeric"
                value={amounts[i]!.spent} errors={form.errors} onInput={(v) => set(i, 'spent', v)} />
            </div>
          </fieldset>
        );
      })}
      <TextArea field={form.name('note')} label={f.note} value={note} errors={form.errors} rows={3}
        onInput={(v) => { setNote(v); form.clear('note'); }} />
      <div class="form-actions">
        <button type="submit" class="button" disabled={form.submitting} aria-disabled={form.submitting}>
          {form.submitting ? t.training.submitting : f.save}
        </button>
        <button type="button" class="button button--secondary" onClick={onCancel}>{f.cancel}</button>
      </div>
    </form>
  );
}

function RollupSection({ rollup, error, onRetry, unitCode, year }: {
  rollup?: FundingRollup;
  error?: import('../api').ApiError;
  onRetry(): void;
  unitCode: string;
  year: number;
}) {
  const f = t.plan.funding;
  return (
    <section class="section panel" aria-labelledby="rollup-heading">
      <h2 id="rollup-heading">{f.rollupHeading(rollup?.unit.name ?? `${t.common.code} ${unitCode}`, year)}</h2>
      {error && <ErrorMessage error={error} onRetry={onRetry} />}
      {!rollup && !error && <p>{t.common.loading}</p>}
      {rollup && rollup.units.length === 0 && <p>{f.rollupNone}</p>}
      {rollup && rollup.units.length > 0 && (
        <div class="table-scroll">
          <table class="data-table data-table--compact">
            <caption class="visually-hidden">{f.rollupCaption}</caption>
            <thead>
              <tr>
                <th scope="col" rowSpan={2}>{f.unitColumn}</th>
                {rollup.totals.map((s) => (
                  <th key={s.source} scope="colgroup" colSpan={2} class="num">{s.label}</th>
                ))}
                <th scope="colgroup" colSpan={2} class="num">{f.total}</th>
              </tr>
              <tr>
                {[...rollup.totals, null].map((_, i) => [
                  <th key={`p${i}`} scope="col" class="num">{f.planned}</th>,
                  <th key={`s${i}`} scope="col" class="num">{f.spent}</th>,
                ])}
              </tr>
            </thead>
            <tbody>
              {rollup.units.map((row) => (
                <tr key={row.unit.code}>
                  <th scope="row">{row.unit.name}</th>
                  {rollup.totals.map((total) => {
                    const s = row.sources.find((x) => x.source === total.source);
                    return [
                      <td key={`p${total.source}`} class="num">{fmt.integer(s?.planned ?? 0)}</td>,
                      <td key={`s${total.source}`} class="num">{fmt.integer(s?.spent ?? 0)}</td>,
                    ];
                  })}
                  <td class="num">{fmt.integer(row.planned)}</td>
                  <td class="num">{fmt.integer(row.spent)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{f.totalRow}</th>
                {rollup.totals.map((s) => [
                  <td key={`p${s.source}`} class="num"><strong>{fmt.integer(s.planned)}</strong></td>,
                  <td key={`s${s.source}`} class="num"><strong>{fmt.integer(s.spent)}</strong></td>,
                ])}
                <td class="num"><strong>{fmt.integer(rollup.planned)}</strong></td>
                <td class="num"><strong>{fmt.integer(rollup.spent)}</strong></td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
}
