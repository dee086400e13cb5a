import { useState } from 'preact/hooks';
import { TRAINER_LEVELS, type TrainerLevel, type TrainerView } from '../api/registry';
import { useLoad } from '../app/hooks';
import { PageHeading } from '../app/PageHeading';
import { useServices } from '../app/services';
import { useCan } from '../auth/context';
import { SelectField } from '../forms/Choice';
import { NO_ERRORS } from '../forms/fieldErrors';
import { fmt } from '../format/format';
import { t } from '../i18n';
import '../teams/registry.css';
import { ActionArea, AddButton, asLastRead, ListState, Pager, PeopleTable, RowButton, useActions } from './lists';
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
  const actions = useActions<TrainerAction>(list.reload);
  const tr = t.trainers;
  const action = actions.current;
  const acted = action && action.kind !== 'create' ? asLastRead(list.data, action.trainer, (x) => x.id) : undefined;

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
            <AddButton id="create-trainer" label={tr.create} action={{ kind: 'create' }} actions={actions}
              controls="trainer-action" />
          )}
        </div>
        <ActionArea id="trainer-action" actions={actions}>
          {(action) => (
            <>
              {action.kind === 'create' && (
                <TrainerForm unitCode={unit} onCancel={actions.close}
                  onDone={(trainer) => actions.done(tr.created(trainer.fullName))} />
              )}
              {action.kind === 'edit' && acted && (
                <TrainerForm key={acted.id} trainer={acted} unitCode={unit}
                  onCancel={actions.close} onStale={list.reload}
                  onDone={(trainer) => actions.done(tr.corrected(trainer.fullName))} />
              )}
              {action.kind === 'retire' && acted && (
                <RetireForm key={acted.id} trainer={acted} onCancel={actions.close}
                  onStale={list.reload}
                  onDone={(trainer) => actions.done(tr.retired(trainer.fullName))} />
              )}
            </>
          )}
        </ActionArea>
        <ListState list={list} none={tr.none} page={page} />
        <PeopleTable caption={tr.caption} rows={list.data ?? []}
          columns={[tr.fullName, tr.unit, tr.source, tr.appointment, tr.trained, tr.materials, tr.status,
            mayManage && t.registryCommon.actions]}>
          {(trainer) => (
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
                    <RowButton id={`edit-${trainer.id}`} label={tr.editShort} description={tr.edit(trainer.fullName)}
                      action={{ kind: 'edit', trainer }} actions={actions} />
                    {trainer.status === 'ACTIVE' && (
                      <RowButton id={`retire-${trainer.id}`} label={tr.retireShort} description={tr.retire(trainer.fullName)}
                        action={{ kind: 'retire', trainer }} actions={actions} danger />
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
