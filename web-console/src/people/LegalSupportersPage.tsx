import { useState } from 'preact/hooks';
import type { LegalSupportView } from '../api/registry';
import { useLoad } from '../app/hooks';
import { PageHeading } from '../app/PageHeading';
import { paths } from '../app/router';
import { useServices } from '../app/services';
import { useCan } from '../auth/context';
import { fmt } from '../format/format';
import { t } from '../i18n';
import '../teams/registry.css';
import { AssignSupportForm, EndSupportForm } from './LegalSupportForms';
import { ActionArea, AddButton, asLastRead, ListState, Pager, PeopleTable, RowButton, useActions } from './lists';
import { UnitFilter, useScope } from './UnitChooser';

export const PAGE_SIZE = 50;

type SupportAction = { kind: 'assign' } | { kind: 'end'; support: LegalSupportView };

/** Người hỗ trợ pháp lý: who supports the teams of a unit; assigning one to a team, ending a support. */
export function LegalSupportersPage() {
  const { registry } = useServices();
  const scope = useScope();
  const mayManage = useCan('manageLegalSupport');
  const [unit, setUnit] = useState(scope);
  const [page, setPage] = useState(0);
  const list = useLoad((signal) => registry.legalSupporters(unit, { page, size: PAGE_SIZE }, signal), [unit, page]);
  const actions = useActions<SupportAction>(list.reload);
  const action = actions.current;
  const acted = action?.kind === 'end' ? asLastRead(list.data, action.support, (s) => s.id) : undefined;
  const l = t.legalSupport;

  return (
    <>
      <PageHeading title={l.title} />
      <p>{l.intro}</p>
      <UnitFilter scope={scope} depth="COMMUNE" onChange={(code) => { setUnit(code); setPage(0); }} />
      <section class="section" aria-labelledby="supports-heading">
        <div class="section-header">
          <h2 id="supports-heading">{l.listHeading}</h2>
          {mayManage && (
            <AddButton id="assign-support" label={l.assign} action={{ kind: 'assign' }} actions={actions}
              controls="support-action" />
          )}
        </div>
        <ActionArea id="support-action" actions={actions}>
          {(action) => (
            <>
              {action.kind === 'assign' && (
                <AssignSupportForm communeCode={unit} onCancel={actions.close}
                  onDone={(support) => actions.done(l.assigned(support.fullName))} />
              )}
              {action.kind === 'end' && acted && (
                <EndSupportForm key={acted.id} support={acted} onCancel={actions.close} onStale={list.reload}
                  onDone={(support) => actions.done(l.endedNotice(support.fullName))} />
              )}
            </>
          )}
        </ActionArea>
        <ListState list={list} none={l.none} page={page} />
        <PeopleTable caption={l.caption} rows={list.data ?? []}
          columns={[l.fullName, l.category, l.team, l.period, l.status, mayManage && t.registryCommon.actions]}>
          {(support) => (
            <tr key={support.id} data-support-id={support.id}>
              <th scope="row">
                {support.fullName}
                {support.organisation && <span class="muted cell-note">{support.organisation}</span>}
              </th>
              <td>{t.trainerForm.sources[support.category] ?? support.categoryLabel}</td>
              <td>
                <a href={paths.team(support.teamId)} aria-label={l.viewTeam(support.fullName)}>
                  {l.teamLink}
                </a>
                <span class="muted cell-note">{l.commune(support.communeCode)}</span>
              </td>
              <td>
                {support.endedOn
                  ? l.between(fmt.calendarDate(support.assignedOn), fmt.calendarDate(support.endedOn))
                  : l.since(fmt.calendarDate(support.assignedOn))}
                {support.decisionNumber && <span class="muted cell-note">{support.decisionNumber}</span>}
              </td>
              <td>
                <span class={`badge ${support.active ? 'badge--ok' : 'badge--neutral'}`}>
                  {support.active ? l.active : l.ended}
                </span>
                {support.endReason && <span class="muted cell-note">{support.endReason}</span>}
              </td>
              {mayManage && (
                <td>
                  <div class="row-actions">
                    {support.active && (
                      <RowButton id={`end-${support.id}`} label={l.endShort} description={l.end(support.fullName)}
                        action={{ kind: 'end', support }} actions={actions} danger />
                    )}
                  </div>
                </td>
              )}
            </tr>
          )}
        </PeopleTable>
        <Pager page={page} full={(list.data?.length ?? 0) >= PAGE_SIZE} onPage={setPage} />
      </section>
    </>
  );
}
