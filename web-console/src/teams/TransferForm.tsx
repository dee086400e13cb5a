import type { MediatorView, TeamView } from '../api/registry';
import { ErrorMessage } from '../app/ErrorMessage';
import { useLoad } from '../app/hooks';
import { useServices } from '../app/services';
import { SelectField } from '../forms/Choice';
import { TextField } from '../forms/Field';
import { useDraftSubmission } from '../forms/useSubmission';
import { t } from '../i18n';
import { FormShell, noticingStale, orNull, showing } from '../people/forms';

interface TransferDraft {
  toTeamId: string;
  date: string;
  decisionNumber: string;
}

const FIELDS: (keyof TransferDraft)[] = ['toTeamId', 'date', 'decisionNumber'];

/** The most teams a commune's list offers (the API's largest page). */
const TEAMS_OF_COMMUNE = 200;

/**
 * Chuyển hòa giải viên sang tổ khác: another active team of the same commune, the date and the
 * decision if there is one. The answer is the team they left.
 */
export function TransferForm({
  team,
  mediator,
  onDone,
  onCancel,
  onStale,
}: {
  team: TeamView;
  mediator: MediatorView;
  onDone(team: TeamView, to: TeamView | undefined): void;
  onCancel(): void;
  onStale?: () => void;
}) {
  const { registry } = useServices();
  const teams = useLoad((signal) => registry.teams(team.communeCode, 0, TEAMS_OF_COMMUNE, signal), [team.communeCode]);
  const others = (teams.data ?? []).filter((other) => other.id !== team.id && other.active);
  const form = useDraftSubmission<TransferDraft, TeamView>(
    { toTeamId: '', date: '', decisionNumber: '' },
    noticingStale(
      (draft) =>
        registry.transferMediator(team, mediator.id, {
          toTeamId: draft.toTeamId,
          date: orNull(draft.date),
          decisionNumber: orNull(draft.decisionNumber),
        }),
      onStale,
    ),
    showing(FIELDS),
    (left, draft) => onDone(left, others.find((other) => other.id === draft.toTeamId)),
  );
  const { draft, set, errors } = form;
  const f = t.transferForm;
  return (
    <FormShell
      id="transfer-form"
      heading={f.heading(mediator.fullName)}
      intro={f.intro}
      form={form}
      summaryTitle={f.errorSummary}
      labels={f}
      submitLabel={f.submit}
      onCancel={onCancel}
    >
      {teams.loading && !teams.data && <p role="status">{f.loadingTeams}</p>}
      {teams.error && <ErrorMessage error={teams.error} onRetry={teams.reload} />}
      {teams.data && others.length === 0 && <p class="alert alert--error">{f.noOtherTeam}</p>}
      <SelectField field="toTeamId" label={f.toTeamId} value={draft.toTeamId} errors={errors}
        placeholder={t.registryCommon.choose}
        options={others.map((other) => ({ value: other.id, label: f.teamOption(other.name, other.villageName) }))}
        onChange={(v) => set('toTeamId', v)} />
      <div class="form-grid">
        <TextField field="date" type="date" label={f.date} value={draft.date} errors={errors}
          onInput={(v) => set('date', v)} />
        <TextField field="decisionNumber" label={f.decisionNumber} value={draft.decisionNumber} errors={errors}
          onInput={(v) => set('decisionNumber', v)} />
      </div>
    </FormShell>
  );
}
