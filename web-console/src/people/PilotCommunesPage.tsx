import { useState } from 'preact/hooks';
import { ProblemError } from '../api';
import type { PilotCommuneView } from '../api/registry';
import { ErrorMessage } from '../app/ErrorMessage';
import { useLoad } from '../app/hooks';
import { PageHeading } from '../app/PageHeading';
import { useServices } from '../app/services';
import { useCan } from '../auth/context';
import { TextField } from '../forms/Field';
import { clearField } from '../forms/fieldErrors';
import { useSubmission } from '../forms/useSubmission';
import { fmt } from '../format/format';
import { t } from '../i18n';
import '../teams/registry.css';
import { FormShell, labelsFrom, noticingStale, orNull, showing } from './forms';
import { useActions } from './lists';
import { levelOfCode, UnitChooser, useScope } from './UnitChooser';

type PilotAction =
  | { kind: 'designate' }
  | { kind: 'edit' | 'withdraw' | 'redesignate'; pilot: PilotCommuneView };

/**
 * Xã điểm: the communes the province chose as pilots, for everyone to read; the province designates
 * them, changes a designation, withdraws it or designates again (PUT, with the version read).
 */
export function PilotCommunesPage() {
  const { registry } = useServices();
  const scope = useScope();
  const mayManage = useCan('managePilotCommunes');
  const [unit, setUnit] = useState(scope);
  const list = useLoad((signal) => registry.pilotCommunes(levelOfCode(unit) === 'PROVINCE' ? null : unit, signal), [unit]);
  const actions = useActions<PilotAction>();
  const action = actions.current;
  const acted = action && action.kind !== 'designate'
    ? list.data?.find((p) => p.communeCode === action.pilot.communeCode) ?? action.pilot
    : undefined;
  const p = t.pilotCommunes;
  const done = (message: string) => {
    actions.done(message);
    list.reload();
  };
  const sorted = [...(list.data ?? [])].sort((a, b) => Number(b.active) - Number(a.active) || a.communeCode.localeCompare(b.communeCode));

  return (
    <>
      <PageHeading title={p.title} />
      <p>{p.intro}</p>
      <section class="section panel" aria-label={t.trainers.filterHeading}>
        <UnitChooser scope={scope} depth="DISTRICT" onChange={setUnit} />
      </section>
      <section class="section" aria-labelledby="pilots-heading">
        <div class="section-header">
          <h2 id="pilots-heading">{p.listHeading}</h2>
          {mayManage && (
            <button type="button" class="button" id="designate-pilot" aria-expanded={action?.kind === 'designate'}
              aria-controls="pilot-action" onClick={() => actions.open({ kind: 'designate' }, 'designate-pilot')}>
              {p.designate}
            </button>
          )}
        </div>
        {actions.noticeElement}
        <div id="pilot-action">
          {action && (
            <div class="panel action-panel">
              {action.kind === 'designate' && (
                <PilotForm mode="designate" onCancel={actions.close}
                  onDone={(pilot) => done(p.designated(pilot.communeName))} />
              )}
              {action.kind !== 'designate' && acted && (
                <PilotForm key={`${action.kind}-${acted.communeCode}`} mode={action.kind} pilot={acted}
                  onCancel={actions.close} onStale={list.reload}
                  onDone={(pilot) =>
                    done(action.kind === 'withdraw' ? p.withdrawnNotice(pilot.communeName)
                      : action.kind === 'redesignate' ? p.designated(pilot.communeName) : p.changed(pilot.communeName))
                  } />
              )}
            </div>
          )}
        </div>
        {list.error && <ErrorMessage error={list.error} onRetry={list.reload} />}
        {list.loading && !list.data && <p>{t.common.loading}</p>}
        {list.data && list.data.length === 0 && <p>{p.none}</p>}
        {sorted.length > 0 && (
          <div class="table-scroll">
            <table class="data-table people-table">
              <caption class="visually-hidden">{p.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{p.commune}</th>
                  <th scope="col">{p.period}</th>
                  <th scope="col">{p.decision}</th>
                  <th scope="col">{p.status}</th>
                  {mayManage && <th scope="col">{t.registryCommon.actions}</th>}
                </tr>
              </thead>
              <tbody>
                {sorted.map((pilot) => (
                  <tr key={pilot.communeCode} data-commune-code={pilot.communeCode}>
                    <th scope="row">
                      {pilot.communeName}
                      <span class="muted"> ({t.common.code} {pilot.communeCode})</span>
                    </th>
                    <td>
                      {pilot.until
                        ? p.periodClosed(fmt.calendarDate(pilot.from), fmt.calendarDate(pilot.until))
                        : p.periodOpen(fmt.calendarDate(pilot.from))}
                    </td>
                    <td>{pilot.decisionNumber}</td>
                    <td>
                      <span class={`badge ${pilot.active ? 'badge--ok' : 'badge--neutral'}`}>
                        {pilot.active ? p.active : p.withdrawn}
                      </span>
                    </td>
                    {mayManage && (
                      <td>
                        <div class="row-actions">
                          {pilot.active ? (
                            <>
                              <button type="button" class="button button--secondary" id={`edit-${pilot.communeCode}`}
                                aria-label={p.edit(pilot.communeName)}
                                onClick={() => actions.open({ kind: 'edit', pilot }, `edit-${pilot.communeCode}`)}>
                                {p.editShort}
                              </button>
                              <button type="button" class="button button--secondary button--danger-outline"
                                id={`withdraw-${pilot.communeCode}`} aria-label={p.withdraw(pilot.communeName)}
                                onClick={() => actions.open({ kind: 'withdraw', pilot }, `withdraw-${pilot.communeCode}`)}>
                                {p.withdrawShort}
                              </button>
                            </>
                          ) : (
                            <button type="button" class="button button--secondary" id={`redesignate-${pilot.communeCode}`}
                              aria-label={p.redesignate(pilot.communeName)}
                              onClick={() => actions.open({ kind: 'redesignate', pilot }, `redesignate-${pilot.communeCode}`)}>
                              {p.redesignateShort}
                            </button>
                          )}
                        </div>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}

interface PilotDraft {
  communeCode: string;
  from: string;
  until: string;
  decisionNumber: string;
}

const PILOT_FIELDS: (keyof PilotDraft)[] = ['communeCode', 'from', 'until', 'decisionNumber'];

/**
 * Designating a pilot commune (a new one), changing a designation, withdrawing it or designating a
 * withdrawn one again: all one PUT, with the version read unless the commune is new.
 */
export function PilotForm({
  mode,
  pilot,
  onDone,
  onCancel,
  onStale,
}: {
  mode: 'designate' | 'edit' | 'withdraw' | 'redesignate';
  pilot?: PilotCommuneView;
  onDone(pilot: PilotCommuneView): void;
  onCancel(): void;
  onStale?: () => void;
}) {
  const { registry } = useServices();
  const f = t.pilotForm;
  const [draft, setDraft] = useState<PilotDraft>(() => ({
    communeCode: pilot?.communeCode ?? '',
    from: pilot?.from ?? '',
    until: pilot?.until ?? '',
    decisionNumber: pilot?.decisionNumber ?? '',
  }));
  const { errors, setErrors, submitting, summary, submit } = useSubmission(
    noticingStale(
      () =>
        // An empty code would name no resource at all: said here, as the server says a wrong one.
        !draft.communeCode.trim()
          ? Promise.reject(new ProblemError(422, { title: f.errorSummary, errors: [{ field: 'communeCode', message: f.communeCodeRequired }] }))
          : registry.designatePilotCommune(draft.communeCode.trim(), pilot ? pilot.version : null, {
          from: orNull(draft.from),
          until: orNull(draft.until),
          decisionNumber: draft.decisionNumber,
          withdrawn: mode === 'withdraw',
        }),
      onStale,
    ),
    // What the form shows: a withdrawal shows no field, so every message goes to the summary.
    showing(mode === 'withdraw' ? [] : mode === 'designate' ? PILOT_FIELDS : PILOT_FIELDS.filter((x) => x !== 'communeCode')),
    onDone,
  );
  const set = (field: keyof PilotDraft, value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setErrors((e) => clearField(e, field));
  };
  const name = pilot?.communeName ?? '';
  const heading =
    mode === 'designate' ? f.createHeading
      : mode === 'edit' ? f.editHeading(name)
        : mode === 'withdraw' ? f.withdrawHeading(name) : f.redesignateHeading(name);
  return (
    <FormShell
      id="pilot-form"
      heading={heading}
      intro={mode === 'withdraw' && pilot ? f.withdrawText(name, pilot.decisionNumber) : undefined}
      errors={errors}
      summaryTitle={f.errorSummary}
      labelOf={labelsFrom(f)}
      summary={summary}
      submit={submit}
      submitting={submitting}
      submitLabel={mode === 'designate' ? f.submitCreate : mode === 'withdraw' ? f.submitWithdraw : f.submitEdit}
      onCancel={onCancel}
      danger={mode === 'withdraw'}
    >
      {mode === 'designate' && (
        <TextField field="communeCode" label={f.communeCode} hint={f.communeCodeHint} value={draft.communeCode}
          errors={errors} inputMode="numeric" onInput={(v) => set('communeCode', v)} class="field--short" />
      )}
      {mode !== 'withdraw' && (
        <>
          <div class="form-grid">
            <TextField field="from" type="date" label={f.from} value={draft.from} errors={errors}
              onInput={(v) => set('from', v)} />
            <TextField field="until" type="date" label={f.until} value={draft.until} errors={errors}
              onInput={(v) => set('until', v)} />
          </div>
          <TextField field="decisionNumber" label={f.decisionNumber} value={draft.decisionNumber} errors={errors}
            onInput={(v) => set('decisionNumber', v)} />
        </>
      )}
    </FormShell>
  );
}
