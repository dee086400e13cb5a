import { SOURCE_CATEGORIES, type LegalSupportView, type SourceCategory } from '../api/registry';
import { useLoad } from '../app/hooks';
import { useServices } from '../app/services';
import { SelectField } from '../forms/Choice';
import { TextField } from '../forms/Field';
import { useDraftSubmission } from '../forms/useSubmission';
import { t } from '../i18n';
import { FormShell, noticingStale, orNull, showing } from './forms';

interface AssignDraft {
  communeCode: string;
  teamId: string;
  fullName: string;
  category: SourceCategory | '';
  organisation: string;
  assignedOn: string;
  decisionNumber: string;
}

type AssignField = keyof AssignDraft;

const ASSIGN_FIELDS: AssignField[] = ['communeCode', 'teamId', 'fullName', 'category', 'organisation', 'assignedOn', 'decisionNumber'];

const COMMUNE_CODE = /^\d{5}$/;

/**
 * Phân công người hỗ trợ pháp lý: the team (chosen among the commune's teams), who, their profession
 * and organisation, from when and by which decision.
 */
export function AssignSupportForm({
  communeCode,
  onDone,
  onCancel,
}: {
  /** The commune whose teams are offered at first, if the list is of one commune. */
  communeCode: string;
  onDone(support: LegalSupportView): void;
  onCancel(): void;
}) {
  const { registry } = useServices();
  const form = useDraftSubmission<AssignDraft, LegalSupportView>(
    {
      communeCode: COMMUNE_CODE.test(communeCode) ? communeCode : '',
      teamId: '',
      fullName: '',
      category: '',
      organisation: '',
      assignedOn: '',
      decisionNumber: '',
    },
    (draft) =>
      registry.assignSupporter({
        teamId: draft.teamId,
        fullName: draft.fullName,
        category: draft.category || null,
        organisation: orNull(draft.organisation),
        assignedOn: orNull(draft.assignedOn),
        decisionNumber: orNull(draft.decisionNumber),
      }),
    showing(ASSIGN_FIELDS),
    onDone,
  );
  const { draft, errors } = form;
  const set = <K extends AssignField>(field: K, value: AssignDraft[K]) => {
    form.set(field, value);
    if (field === 'communeCode') {
      // Another commune, other teams: the team chosen goes.
      form.set('teamId', '');
    }
  };
  const commune = draft.communeCode.trim();
  const teams = useLoad(
    (signal) => (COMMUNE_CODE.test(commune) ? registry.teams(commune, 0, 200, signal) : undefined),
    [commune],
  );
  const f = t.supportForm;
  const active = (teams.data ?? []).filter((team) => team.active);
  const teamsHint = !COMMUNE_CODE.test(commune)
    ? undefined
    : teams.loading
      ? f.teamsLoading
      : teams.error
        ? `${f.teamsFailed} ${teams.error.message}`
        : teams.data && active.length === 0
          ? f.noTeams
          : undefined;
  return (
    <FormShell
      id="support-form"
      heading={f.heading}
      form={form}
      summaryTitle={f.errorSummary}
      labels={f}
      submitLabel={f.submit}
      onCancel={onCancel}
    >
      <div class="form-grid">
        <TextField field="communeCode" label={f.communeCode} hint={f.communeCodeHint} value={draft.communeCode}
          errors={errors} inputMode="numeric" onInput={(v) => set('communeCode', v)} class="field--short" />
        <SelectField field="teamId" label={f.teamId} value={draft.teamId} errors={errors} hint={teamsHint}
          placeholder={t.registryCommon.choose}
          options={active.map((team) => ({ value: team.id, label: t.transferForm.teamOption(team.name, team.villageName) }))}
          onChange={(v) => set('teamId', v)} />
      </div>
      <div class="form-grid">
        <TextField field="fullName" label={f.fullName} value={draft.fullName} errors={errors}
          onInput={(v) => set('fullName', v)} />
        <SelectField field="category" label={f.category} value={draft.category} errors={errors}
          placeholder={t.registryCommon.choose}
          options={SOURCE_CATEGORIES.map((c) => ({ value: c, label: t.trainerForm.sources[c] ?? c }))}
          onChange={(v) => set('category', v as SourceCategory | '')} />
      </div>
      <TextField field="organisation" label={f.organisation} value={draft.organisation} errors={errors}
        onInput={(v) => set('organisation', v)} />
      <div class="form-grid">
        <TextField field="assignedOn" type="date" label={f.assignedOn} value={draft.assignedOn} errors={errors}
          onInput={(v) => set('assignedOn', v)} />
        <TextField field="decisionNumber" label={f.decisionNumber} value={draft.decisionNumber} errors={errors}
          onInput={(v) => set('decisionNumber', v)} />
      </div>
    </FormShell>
  );
}

/** Kết thúc hỗ trợ: the last day and, if said, why; sent with the version read (If-Match). */
export function EndSupportForm({
  support,
  onDone,
  onCancel,
  onStale,
}: {
  support: LegalSupportView;
  onDone(support: LegalSupportView): void;
  onCancel(): void;
  onStale?: () => void;
}) {
  const { registry } = useServices();
  const form = useDraftSubmission(
    { endedOn: '', reason: '' },
    noticingStale(
      (draft) => registry.endSupport(support, { endedOn: orNull(draft.endedOn), reason: orNull(draft.reason) }),
      onStale,
    ),
    showing(['endedOn', 'reason']),
    onDone,
  );
  const { draft, set, errors } = form;
  const f = t.endSupportForm;
  return (
    <FormShell
      id="end-support-form"
      heading={f.heading(support.fullName)}
      form={form}
      summaryTitle={f.errorSummary}
      labels={f}
      submitLabel={f.submit}
      onCancel={onCancel}
      danger
    >
      <TextField field="endedOn" type="date" label={f.endedOn} value={draft.endedOn} errors={errors}
        onInput={(v) => set('endedOn', v)} class="field--date" />
      <TextField field="reason" label={f.reason} value={draft.reason} errors={errors} onInput={(v) => set('reason', v)} />
    </FormShell>
  );
}
