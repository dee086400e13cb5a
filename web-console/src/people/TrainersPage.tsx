import { useState } from 'preact/hooks';
import { TRAINER_LEVELS, type TrainerLevel, type TrainerView } from '../api/registry';
import { ErrorMessage } from '../app/ErrorMessage';
import { useLoad } from '../app/hooks';
import { PageHeading } from '../app/PageHeading';
import { useServices } from '../app/services';
import { useCan } from '../auth/context';
import { SelectField } from '../forms/Choice';
import { NO_ERRORS } from '../forms/fieldErrors';
import { fmt } from '../format/format';
import { t } from '../i18n';
import '../teams/registry.css';
import { Pager, useActions } from './lists';
import { RetireForm, TrainerForm } from './TrainerForm';
import { UnitChooser, useScope } from './UnitChooser';

export const PAGE_SIZE = 50;

type TrainerAction = { kind: 'create' } | { kind: 'edit' | 'retire'; trainer: TrainerView };

/** Tập huấn viên: the trainers of a unit, by level and status; registering, correcting and retiring them. */
export function TrainersPage() {
  const { registry } = useServices();
  const scope = useScope();
  const mayManage = useCan('manageTrainers');
  const [unit, setUnit] = useState(scope);
  const [level, setLevel] = useState<TrainerLevel | ''>('');
  const [status, setStatus] = useState<'ACTIVE' | 'RETIRED' | ''>('ACTIVE');
  const [page, setPage] = useState(0);
  const list = useLoad(
    (signal) =>
      registry.trainers({ unit, level: level || null, status: status || null }, { page, size: PAGE_SIZE }, signal),
    [unit, level, status, page],
  );
  const actions = useActions<TrainerAction>();
  const tr = t.trainers;

  // The trainer as last read: after a 412 the list is read again and the open form gets the new version.
  const action = actions.current;
  const acted = action && action.kind !== 'create'
    ? list.data?.find((x) => x.id === action.trainer.id) ?? action.trainer
    : undefined;
  const done = (message: string) => {
    actions.done(message);
    list.reload();
  };

  return (
    <>
      <PageHeading title={tr.title} />
      <p>{tr.intro}</p>
      <section class="section panel" aria-labelledby="trainer-filter-heading">
        <h2 id="trainer-filter-heading">{tr.filterHeading}</h2>
        <div class="filters">
          <UnitChooser scope={scope} depth="DISTRICT" onChange={(code) => { setUnit(code); setPage(0); }} />
          <SelectField field="filter-level" label={tr.level} value={level} errors={NO_ERRORS}
            options={[{ value: '', label: t.registryCommon.all },
              ...TRAINER_LEVELS.map((l) => ({ value: l, label: tr.levels[l] ?? l }))]}
            onChange={(v) => { setLevel(v as TrainerLevel | ''); setPage(0); }} />
          <SelectField field="filter-status" label={tr.status} value={status} errors={NO_ERRORS}
            options={[{ value: '', label: t.registryCommon.all },
              { value: 'ACTIVE', label: tr.statuses.ACTIVE! }, { value: 'RETIRED', label: tr.statuses.RETIRED! }]}
            onChange={(v) => { setStatus(v as 'ACTIVE' | 'RETIRED' | ''); setPage(0); }} />
        </div>
      </section>

      <section class="section" aria-labelledby="trainers-heading">
        <div class="section-header">
          <h2 id="trainers-heading" tabIndex={-1}>{tr.listHeading}</h2>
          {mayManage && (
            <button type="button" class="button" id="create-trainer" aria-expanded={actions.current?.kind === 'create'}
              aria-controls="trainer-action" onClick={() => actions.open({ kind: 'create' }, 'create-trainer')}>
              {tr.create}
            </button>
          )}
        </div>
        {actions.noticeElement}
        <div id="trainer-action">
          {actions.current && (
            <div class="panel action-panel">
              {actions.current.kind === 'create' && (
                <TrainerForm unitCode={unit} onCancel={actions.close}
                  onDone={(trainer) => done(tr.created(trainer.fullName))} />
              )}
              {actions.current.kind === 'edit' && acted && (
                <TrainerForm key={acted.id} trainer={acted} unitCode={unit}
                  onCancel={actions.close} onStale={list.reload}
                  onDone={(trainer) => done(tr.corrected(trainer.fullName))} />
              )}
              {actions.current.kind === 'retire' && acted && (
                <RetireForm key={acted.id} trainer={acted} onCancel={actions.close}
                  onStale={list.reload}
                  onDone={(trainer) => done(tr.retired(trainer.fullName))} />
              )}
            </div>
          )}
        </div>
        {list.error && <ErrorMessage error={list.error} onRetry={list.reload} />}
        {list.loading && !list.data && <p>{t.common.loading}</p>}
        {list.data && list.data.length === 0 && page === 0 && <p>{tr.none}</p>}
        {list.data && list.data.length > 0 && (
          <div class="table-scroll">
            <table class="data-table people-table">
              <caption class="visually-hidden">{tr.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{tr.fullName}</th>
                  <th scope="col">{tr.unit}</th>
                  <th scope="col">{tr.source}</th>
                  <th scope="col">{tr.appointment}</th>
                  <th scope="col">{tr.trained}</th>
                  <th scope="col">{tr.materials}</th>
                  <th scope="col">{tr.status}</th>
                  {mayManage && <th scope="col">{t.registryCommon.actions}</th>}
                </tr>
              </thead>
              <tbody>
                {list.data.map((trainer) => (
                  <tr key={trainer.id} data-trainer-id={trainer.id}>
                    <th scope="row">
                      {trainer.fullName}
                      <span class="muted"> ({t.teams.genders[trainer.gender] ?? trainer.gender})</span>
                    </th>
                    <td>
                      {trainer.unitName}
                      <span class="muted cell-note">{tr.levels[trainer.level] ?? trainer.levelLabel}</span>
                    </td>
                    <td>{t.trainerForm.sources[trainer.source] ?? trainer.sourceLabel}</td>
                    <td>{t.registryCommon.decisionValue(trainer.appointmentNumber, fmt.calendarDate(trainer.appointmentDate))}</td>
                    <td>{trainer.trainedOn ? fmt.calendarDate(trainer.trainedOn) : tr.notYet}</td>
                    <td>{trainer.materialsGivenOn ? fmt.calendarDate(trainer.materialsGivenOn) : tr.notYet}</td>
                    <td>
                      <span class={`badge ${trainer.status === 'ACTIVE' ? 'badge--ok' : 'badge--neutral'}`}>
                        {tr.statuses[trainer.status] ?? trainer.statusLabel}
                      </span>
                      {trainer.retirementDate && (
                        <span class="muted cell-note">
                          {tr.retiredOn(fmt.calendarDate(trainer.retirementDate))}
                          {trainer.retirementReason && ` — ${trainer.retirementReason}`}
                        </span>
                      )}
                    </td>
                    {mayManage && (
                      <td>
                        <div class="row-actions">
                          <button type="button" class="button button--secondary" id={`edit-${trainer.id}`}
                            aria-label={tr.edit(trainer.fullName)}
                            onClick={() => actions.open({ kind: 'edit', trainer }, `edit-${trainer.id}`)}>
                            {tr.editShort}
                          </button>
                          {trainer.status === 'ACTIVE' && (
                            <button type="button" class="button button--secondary button--danger-outline"
                              id={`retire-${trainer.id}`} aria-label={tr.retire(trainer.fullName)}
                              onClick={() => actions.open({ kind: 'retire', trainer }, `retire-${trainer.id}`)}>
                              {tr.retireShort}
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
