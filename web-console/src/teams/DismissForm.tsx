import { DISMISSAL_GROUNDS, type DismissalGround, type MediatorView, type TeamView } from '../api/registry';
import { useServices } from '../app/services';
import { RadioField } from '../forms/Choice';
import { TextField } from '../forms/Field';
import { useDraftSubmission } from '../forms/useSubmission';
import { t } from '../i18n';
import { FormShell, noticingStale, orNull, showing } from '../people/forms';

interface DismissDraft {
  ground: DismissalGround | '';
  decisionNumber: string;
  decisionDate: string;
}

const FIELDS: (keyof DismissDraft)[] = ['ground', 'decisionNumber', 'decisionDate'];

/**
 * Cho thôi làm hòa giải viên: the ground of Art. 11.1 and the chairman's decision, sent with the
 * team's version as If-Match.
 */
export function DismissForm({
  team,
  mediator,
  onDone,
  onCancel,
  onStale,
}: {
  team: TeamView;
  mediator: MediatorView;
  onDone(team: TeamView): void;
  onCancel(): void;
  onStale?: () => void;
}) {
  const { registry } = useServices();
  const form = useDraftSubmission<DismissDraft, TeamView>(
    { ground: '', decisionNumber: '', decisionDate: '' },
    noticingStale(
      (draft) =>
        registry.dismissMediator(team, mediator.id, {
          ground: draft.ground || null,
          decisionNumber: draft.decisionNumber,
          decisionDate: orNull(draft.decisionDate),
        }),
      onStale,
    ),
    showing(FIELDS),
    onDone,
  );
  const { draft, set, errors } = form;
  const d = t.dismissForm;
  return (
    <FormShell
      id="dismiss-form"
      heading={d.heading(mediator.fullName)}
      intro={d.intro}
      form={form}
      summaryTitle={d.errorSummary}
      labels={d}
      submitLabel={d.submit}
      onCancel={onCancel}
      danger
    >
      <RadioField field="ground" legend={d.ground} value={draft.ground} errors={errors}
        options={DISMISSAL_GROUNDS.map((g) => ({ value: g, label: d.grounds[g] ?? g }))}
        onChange={(v) => set('ground', v as DismissalGround)} />
      <div class="form-grid">
        <TextField field="decisionNumber" label={d.decisionNumber} value={draft.decisionNumber} errors={errors}
          onInput={(v) => set('decisionNumber', v)} />
        <TextField field="decisionDate" type="date" label={d.decisionDate} value={draft.decisionDate} errors={errors}
          onInput={(v) => set('decisionDate', v)} />
      </div>
    </FormShell>
  );
}
