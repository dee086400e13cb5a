import { useState } from 'preact/hooks';
import type { LegalSupportView } from '../api/registry';
import { ErrorMessage } from '../app/ErrorMessage';
import { useLoad } from '../app/hooks';
import { PageHeading } from '../app/PageHeading';
import { paths } from '../app/router';
import { useServices } from '../app/services';
import { useCan } from '../auth/context';
import { fmt } from '../format/format';
import { t } from '../i18n';
import '../teams/registry.css';
import { AssignSupportForm, EndSupportForm } from './LegalSupportForms';
import { Pager, useActions } from './lists';
import { UnitChooser, useScope } from './UnitChooser';

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
  const actions = useActions<SupportAction>();
  const action = actions.current;
  const acted = action?.kind === 'end' ? list.data?.find((s) => s.id === action.support.id) ?? action.support : undefined;
  const l = t.legalSupport;
  const done = (message: string) => {
    actions.done(message);
    list.reload();
  };

  return (
    <>
      <PageHeading title={l.title} />
      <p>{l.intro}</p>
      <section class="section panel" aria-label={t.trainers.filterHeading}>
        <UnitChooser scope={scope} depth="COMMUNE" onChange={(code) => { setUnit(code); setPage(0); }} />
      </section>
      <section class="section" aria-labelledby="supports-heading">
        <div class="section-header">
          <h2 id="supports-heading">{l.listHeading}</h2>
          {mayManage && (
            <button type="button" class="button" id="assign-support" aria-expanded={action?.kind === 'assign'}
              aria-controls="support-action" onClick={() => actions.open({ kind: 'assign' }, 'assign-support')}>
              {l.assign}
            </button>
          )}
        </div>
        {actions.noticeElement}
        <div id="support-action">
          {action && (
            <div class="panel action-panel">
              {action.kind === 'assign' && (
                <AssignSupportForm communeCode={unit} onCancel={actions.close}
                  onDone={(support) => done(l.assigned(support.fullName))} />
              )}
              {action.kind === 'end' && acted && (
                <EndSupportForm key={acted.id} support={acted} onCancel={actions.close} onStale={list.reload}
                  onDone={(support) => done(l.endedNotice(support.fullName))} />
              )}
            </div>
          )}
        </div>
        {list.error && <ErrorMessage error={list.error} onRetry={list.reload} />}
        {list.loading && !list.data && <p>{t.common.loading}</p>}
        {list.data && list.data.length === 0 && page === 0 && <p>{l.none}</p>}
        {list.data && list.data.length > 0 && (
          <div class="table-scroll">
            <table class="data-table people-table">
              <caption class="visually-hidden">{l.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{l.fullName}</th>
                  <th scope="col">{l.category}</th>
                  <th scope="col">{l.team}</th>
                  <th scope="col">{l.period}</th>
                  <th scope="col">{l.status}</th>
                  {mayManage && <th scope="col">{t.registryCommon.actions}</th>}
                </tr>
              </thead>
              <tbody>
                {list.data.map((support) => (
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
                            <button type="button" class="button button--secondary button--danger-outline"
                              id={`end-${support.id}`} aria-label={l.end(support.fullName)}
                              onClick={() => actions.open({ kind: 'end', support }, `end-${support.id}`)}>
                              {l.endShort}
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
        <Pager page={page} full={(list.data?.length ?? 0) >= PAGE_SIZE} onPage={setPage} />
      </section>
    </>
  );
}
