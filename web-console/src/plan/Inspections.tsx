import { useState } from 'preact/hooks';
import {
  FOLLOW_UP_STATUSES,
  INSPECTION_KINDS,
  type FollowUpStatus,
  type Inspection,
  type Recommendation,
} from '../api/reporting';
import { ErrorMessage } from '../app/ErrorMessage';
import { useLoad } from '../app/hooks';
import { useServices } from '../app/services';
import { useSession } from '../auth/context';
import { FormSummary, hasRole, SelectField, TextArea, useForm } from '../courses/shared';
import { fmt } from '../format/format';
import { FieldError, TextField } from '../forms/Field';
import { t } from '../i18n';
import { INSPECTORS, PLAN_WRITERS } from './access';

const FOLLOW_UP_BADGE: Record<FollowUpStatus, string> = {
  OPEN: 'badge--warn',
  IN_PROGRESS: 'badge--info',
  DONE: 'badge--ok',
};

/**
 * Kiểm tra, giám sát (task 9): the inspections, surveys and supervisions of a unit and the units below
 * it in a year, with the follow-up of each recommendation; the province and districts record them.
 */
export function Inspections({ unitCode, year }: { unitCode: string; year: number }) {
  const { plan } = useServices();
  const user = useSession()?.user ?? null;
  const [round, setRound] = useState(0);
  const [formOpen, setFormOpen] = useState(false);
  const [notice, setNotice] = useState('');
  const inspections = useLoad((signal) => plan.inspections(unitCode, year, signal), [unitCode, year, round]);
  const i = t.plan.inspections;
  const mayRecord = hasRole(user, INSPECTORS);
  const unitName = inspections.data?.find((x) => x.inspectedUnit.code === unitCode)?.inspectedUnit.name ?? `${t.common.code} ${unitCode}`;

  return (
    <section class="section" aria-labelledby="inspections-heading">
      <div class="section-header">
        <h2 id="inspections-heading" tabIndex={-1}>{i.heading(unitName, year)}</h2>
        {mayRecord && !formOpen && (
          <button type="button" class="button" aria-expanded="false" aria-controls="inspection-form"
            onClick={() => { setNotice(''); setFormOpen(true); }}>
            {i.addButton}
          </button>
        )}
      </div>
      <p role="status" class={notice ? 'alert alert--success' : 'visually-hidden'}>{notice}</p>
      {formOpen && (
        <div id="inspection-form" class="panel section">
          <InspectionForm inspectingUnitCode={user?.unit ?? ''} inspectedUnitCode={unitCode === user?.unit ? '' : unitCode}
            onCancel={() => setFormOpen(false)}
            onSaved={() => {
              setFormOpen(false);
              setNotice(i.saved);
              setRound((n) => n + 1);
              setTimeout(() => document.getElementById('inspections-heading')?.focus());
            }} />
        </div>
      )}
      {inspections.error && <ErrorMessage error={inspections.error} onRetry={inspections.reload} />}
      {inspections.loading && !inspections.data && <p>{t.common.loading}</p>}
      {inspections.data && inspections.data.length === 0 && <p>{i.none}</p>}
      {inspections.data && inspections.data.length > 0 && (
        <>
          <p class="muted">{i.count(fmt.integer(inspections.data.length))}</p>
          <div class="inspection-list">
            {inspections.data.map((inspection) => (
              <InspectionCard key={inspection.id} inspection={inspection} mayFollowUp={hasRole(user, PLAN_WRITERS)}
                onChanged={() => setRound((n) => n + 1)} />
            ))}
          </div>
        </>
      )}
    </section>
  );
}

function InspectionCard({ inspection, mayFollowUp, onChanged }: { inspection: Inspection; mayFollowUp: boolean; onChanged(): void }) {
  const i = t.plan.inspections;
  const [editing, setEditing] = useState<number | null>(null);
  const [notice, setNotice] = useState('');
  const done = inspection.recommendations.filter((r) => r.status === 'DONE').length;
  const headingId = `inspection-${inspection.id}`;
  return (
    <article class="panel inspection" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {i.itemHeading(i.kinds[inspection.kind] ?? inspection.kind, inspection.inspectedUnit.name, fmt.calendarDate(inspection.date))}
      </h3>
      <p class="muted">{i.by(inspection.inspectingUnit.name)}</p>
      <h4>{i.findings}</h4>
      <p class="prewrap">{inspection.findings}</p>
      <h4>
        {i.recommendations}
        {inspection.recommendations.length > 0 && (
          <span class="muted"> · {i.progress(done, inspection.recommendations.length)}</span>
        )}
      </h4>
      <p role="status" class={notice ? 'alert alert--success' : 'visually-hidden'}>{notice}</p>
      {inspection.recommendations.length === 0 ? (
        <p>{i.noRecommendations}</p>
      ) : (
        <ol class="recommendations">
          {inspection.recommendations.map((r) => (
            <li key={r.number}>
              <p class="prewrap">{r.text}</p>
              <p>
                <span class={`badge ${FOLLOW_UP_BADGE[r.status] ?? 'badge--neutral'}`}>{i.followUps[r.status] ?? r.status}</span>
                {r.note && <> {r.date ? i.followUpNote(r.note, fmt.calendarDate(r.date)) : r.note}</>}
                {!r.note && r.date && <span class="muted"> {i.followUpDate(fmt.calendarDate(r.date))}</span>}
              </p>
              {mayFollowUp && editing !== r.number && (
                <button type="button" class="button--link" aria-label={i.updateLabel(r.number)}
                  onClick={() => { setNotice(''); setEditing(r.number); }}>
                  {i.updateFollowUp}
                </button>
              )}
              {mayFollowUp && editing === r.number && (
                <FollowUpForm inspection={inspection} recommendation={r} onCancel={() => setEditing(null)}
                  onSaved={() => {
                    setEditing(null);
                    setNotice(i.followUpSaved(r.number));
                    onChanged();
                  }} />
              )}
            </li>
          ))}
        </ol>
      )}
    </article>
  );
}

function FollowUpForm({ inspection, recommendation, onSaved, onCancel }: {
  inspection: Inspection;
  recommendation: Recommendation;
  onSaved(): void;
  onCancel(): void;
}) {
  const { plan } = useServices();
  const [status, setStatus] = useState<string>(recommendation.status);
  const [note, setNote] = useState(recommendation.note ?? '');
  const [date, setDate] = useState('');
  const i = t.plan.inspections;
  const prefix = `fu-${inspection.id.slice(0, 8)}-${recommendation.number}`;
  const form = useForm(prefix, (f) => f === 'status' || f === 'note' || f === 'date',
    () => plan.followUp(inspection.id, recommendation.number, inspection.version, {
      status: status || null,
      note: note.trim() || null,
      date: date || null,
    }), () => onSaved());
  const labels: Record<string, string> = { status: i.status, note: i.note, date: i.date };
  return (
    <form class="subform" onSubmit={(e) => void form.submit(e)} noValidate aria-label={i.followUpHeading(recommendation.number)}>
      <FormSummary id={`${prefix}-errors`} errors={form.errors} title={i.followUpErrors} labelOf={(f) => labels[f] ?? f}
        summaryRef={form.summary} />
      <div class="date-range">
        <SelectField field={form.name('status')} label={i.status} value={status} errors={form.errors}
          options={FOLLOW_UP_STATUSES} labels={i.followUps} onChange={(v) => { setStatus(v); form.clear('status'); }} />
        <TextField field={form.name('date')} type="date" label={i.date} value={date} errors={form.errors}
          onInput={(v) => { setDate(v); form.clear('date'); }} />
      </div>
      <TextArea field={form.name('note')} label={i.note} value={note} errors={form.errors} rows={2}
        onInput={(v) => { setNote(v); form.clear('note'); }} />
      <div class="form-actions">
        <button type="submit" class="button" disabled={form.submitting} aria-disabled={form.submitting}>
          {form.submitting ? t.training.submitting : i.saveFollowUp}
        </button>
        <button type="button" class="button button--secondary" onClick={onCancel}>{i.cancel}</button>
      </div>
    </form>
  );
}

const INSPECTION_FIELDS = ['inspectedUnitCode', 'inspectingUnitCode', 'date', 'kind', 'findings', 'recommendations'];

function InspectionForm({ inspectingUnitCode, inspectedUnitCode, onSaved, onCancel }: {
  inspectingUnitCode: string;
  inspectedUnitCode: string;
  onSaved(inspection: Inspection): void;
  onCancel(): void;
}) {
  const { plan } = useServices();
  const [inspected, setInspected] = useState(inspectedUnitCode);
  const [inspecting, setInspecting] = useState(inspectingUnitCode);
  const [date, setDate] = useState('');
  const [kind, setKind] = useState('');
  const [findings, setFindings] = useState('');
  const [recommendations, setRecommendations] = useState<string[]>(['']);
  const i = t.plan.inspections;
  const form = useForm(
    'inspection',
    (f) => INSPECTION_FIELDS.includes(f) || /^recommendations\[\d+\]$/.test(f),
    () => plan.recordInspection({
      inspectedUnitCode: inspected.trim(),
      inspectingUnitCode: inspecting.trim(),
      date: date || null,
      kind: kind || null,
      findings,
      // The one empty box shown first is no recommendation; otherwise every box is sent, so the server's
      // recommendations[i] is box i.
      recommendations: recommendations.length === 1 && !recommendations[0]!.trim() ? [] : recommendations,
    }),
    onSaved,
  );
  const labels: Record<string, string> = {
    inspectedUnitCode: i.inspectedUnitCode, inspectingUnitCode: i.inspectingUnitCode, date: i.dateField, kind: i.kind,
    findings: i.findingsField, recommendations: i.recommendations,
  };
  const labelOf = (field: string) => {
    const match = /^recommendations\[(\d+)\]$/.exec(field);
    return match ? i.recommendationLegend(Number(match[1]) + 1) : labels[field] ?? field;
  };
  return (
    <form onSubmit={(e) => void form.submit(e)} noValidate aria-labelledby="inspection-form-heading">
      <h3 id="inspection-form-heading">{i.addHeading}</h3>
      <FormSummary id="inspection-errors" errors={form.errors} title={i.errors} labelOf={labelOf} summaryRef={form.summary} />
      <div class="date-range">
        <TextField field={form.name('inspectedUnitCode')} label={i.inspectedUnitCode} inputMode="numeric" value={inspected}
          errors={form.errors} onInput={(v) => { setInspected(v); form.clear('inspectedUnitCode'); }} />
        <TextField field={form.name('inspectingUnitCode')} label={i.inspectingUnitCode} inputMode="numeric" value={inspecting}
          errors={form.errors} onInput={(v) => { setInspecting(v); form.clear('inspectingUnitCode'); }} />
      </div>
      <div class="date-range">
        <TextField field={form.name('date')} type="date" label={i.dateField} value={date} errors={form.errors}
          onInput={(v) => { setDate(v); form.clear('date'); }} />
        <SelectField field={form.name('kind')} label={i.kind} value={kind} errors={form.errors} options={INSPECTION_KINDS}
          labels={i.kinds} empty={t.plan.progress.choose} onChange={(v) => { setKind(v); form.clear('kind'); }} />
      </div>
      <TextArea field={form.name('findings')} label={i.findingsField} value={findings} errors={form.errors} rows={5}
        onInput={(v) => { setFindings(v); form.clear('findings'); }} />
      <FieldError field={form.name('recommendations')} errors={form.errors} />
      {recommendations.map((text, index) => (
        <fieldset key={index}>
          <legend>{i.recommendationLegend(index + 1)}</legend>
          <TextArea field={form.name(`recommendations[${index}]`)} label={i.recommendationField} value={text}
            errors={form.errors} rows={2}
            onInput={(v) => {
              setRecommendations((list) => list.map((r, j) => (j === index ? v : r)));
              form.clear(`recommendations[${index}]`);
            }} />
          {recommendations.length > 1 && (
            <button type="button" class="button--link"
              onClick={() => {
                setRecommendations((list) => list.filter((_, j) => j !== index));
                form.setErrors((e) => ({ ...e, byField: Object.fromEntries(Object.entries(e.byField).filter(([f]) => !f.includes('.recommendations['))) }));
              }}>
              {i.removeRecommendation(index + 1)}
            </button>
          )}
        </fieldset>
      ))}
      <div class="form-actions">
        <button type="button" class="button button--secondary" onClick={() => setRecommendations((list) => [...list, ''])}>
          {i.addRecommendation}
        </button>
        <button type="submit" class="button" disabled={form.submitting} aria-disabled={form.submitting}>
          {form.submitting ? t.training.submitting : i.save}
        </button>
        <button type="button" class="button button--secondary" onClick={onCancel}>{i.cancel}</button>
      </div>
    </form>
  );
}
