import { useState } from 'preact/hooks';
import { ProblemError } from '../api';
import type { PilotCommuneView } from '../api/registry';
import { useLoad } from '../app/hooks';
import { PageHeading } from '../app/PageHeading';
import { useServices } from '../app/services';
import { useCan } from '../auth/context';
import { TextField } from '../forms/Field';
import { useDraftSubmission } from '../forms/useSubmission';
import { fmt } from '../format/format';
import { t } from '../i18n';
import '../teams/registry.css';
import { FormShell, noticingStale, orNull, showing } from './forms';
import { ActionArea, AddButton, asLastRead, ListState, PeopleTable, RowButton, useActions } from './lists';
import { levelOfCode, UnitFilter, useScope } from './UnitChooser';

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
  const actions = useActions<PilotAction>(list.reload);
  const action = actions.current;
  const acted = action && action.kind !== 'designate'
    ? asLastRead(list.data, action.pilot, (p) => p.communeCode)
    : undefined;
  const p = t.pilotCommunes;
  const sorted = [...(list.data ?? [])].sort((a, b) => Number(b.active) - Number(a.active) || a.communeCode.localeCompare(b.communeCode));

  return (
    <>
      <PageHeading title={p.title} />
      <p>{p.intro}</p>
      <UnitFilter scope={scope} depth="DISTRICT" onChange={setUnit} />
      <section class="section" aria-labelledby="pilots-heading">
        <div class="section-header">
          <h2 id="pilots-heading">{p.listHeading}</h2>
          {mayManage && (
            <AddButton id="designate-pilot" label={p.designate} action={{ kind: 'designate' }} actions={actions}
              controls="pilot-action" />
          )}
        </div>
        <ActionArea id="pilot-action" actions={actions}>
          {(action) => (
            <>
              {action.kind === 'designate' && (
                <PilotForm mode="designate" onCancel={actions.close}
                  onDone={(pilot) => actions.done(p.designated(pilot.communeName))} />
              )}
              {action.kind !== 'designate' && acted && (
                <PilotForm key={`${action.kind}-${acted.communeCode}`} mode={action.kind} pilot={acted}
                  onCancel={actions.close} onStale={list.reload}
                  onDone={(pilot) =>
                    actions.done(action.kind === 'withdraw' ? p.withdrawnNotice(pilot.communeName)
                      : action.kind === 'redesignate' ? p.designated(pilot.communeName) : p.changed(pilot.communeName))
                  } />
              )}
            </>
          )}
        </ActionArea>
        <ListState list={list} none={p.none} />
        <PeopleTable caption={p.caption} rows={sorted}
          columns={[p.commune, p.period, p.decision, p.status, mayManage && t.registryCommon.actions]}>
          {(pilot) => (
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
                        <RowButton id={`edit-${pilot.communeCode}`} label={p.editShort}
                          description={p.edit(pilot.communeName)} action={{ kind: 'edit', pilot }} actions={actions} />
                        <RowButton id={`withdraw-${pilot.communeCode}`} label={p.withdrawShort}
                          description={p.withdraw(pilot.communeName)} action={{ kind: 'withdraw', pilot }} actions={actions} danger />
                      </>
                    ) : (
                      <RowButton id={`redesignate-${pilot.communeCode}`} label={p.redesignateShort}
                        description={p.redesignate(pilot.communeName)} action={{ kind: 'redesignate', pilot }} actions={actions} />
                    )}
                  </div>
                </td>
              )}
            </tr>
          )}
        </PeopleTable>
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
  const form = useDraftSubmission<PilotDraft, PilotCommuneView>(
    () => ({
      communeCode: pilot?.communeCode ?? '',
      from: pilot?.from ?? '',
      until: pilot?.until ?? '',
      decisionNumber: pilot?.decisionNumber ?? '',
    }),
    noticingStale(
      (draft) =>
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
  const { draft, set, errors } = form;
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
      form={form}
      summaryTitle={f.errorSummary}
      labels={f}
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
