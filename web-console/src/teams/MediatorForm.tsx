import type { Gender } from '../api';
import type { MediatorDetails, MediatorView, TeamView } from '../api/registry';
import { useServices } from '../app/services';
import { CheckboxField, SelectField } from '../forms/Choice';
import { TextField } from '../forms/Field';
import { useDraftSubmission } from '../forms/useSubmission';
import { t } from '../i18n';
import { FormShell, noticingStale, orNull, showing, yearOf } from '../people/forms';

interface MediatorDraft {
  fullName: string;
  gender: Gender | '';
  birthYear: string;
  ethnicity: string;
  leader: boolean;
  background: string;
  recognitionNumber: string;
  recognitionDate: string;
}

type MediatorField = keyof MediatorDraft;

const FIELDS: MediatorField[] = [
  'fullName',
  'gender',
  'birthYear',
  'ethnicity',
  'leader',
  'background',
  'recognitionNumber',
  'recognitionDate',
];

/** Ethnic groups living in Bình Định, offered as suggestions; any other can be typed. */
const ETHNICITIES = ['Kinh', 'Ba Na', 'Chăm', 'Hrê'];

function draftOf(mediator: MediatorView | undefined): MediatorDraft {
  if (!mediator) {
    return {
      fullName: '',
      gender: '',
      birthYear: '',
      ethnicity: 'Kinh',
      leader: false,
      background: '',
      recognitionNumber: '',
      recognitionDate: '',
    };
  }
  return {
    fullName: mediator.fullName,
    gender: mediator.gender,
    birthYear: mediator.birthYear === null ? '' : String(mediator.birthYear),
    ethnicity: mediator.ethnicity ?? '',
    leader: mediator.leader,
    background: (mediator.background ?? []).join('; '),
    recognitionNumber: mediator.recognitionNumber ?? '',
    recognitionDate: mediator.recognitionDate ?? '',
  };
}

/** The request as the user filled it in; the server checks it and names the fields at fault. */
export function toRequest(draft: MediatorDraft): MediatorDetails {
  const background = draft.background
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  return {
    fullName: draft.fullName,
    gender: draft.gender || null,
    birthYear: yearOf(draft.birthYear),
    ethnicity: draft.ethnicity,
    leader: draft.leader,
    background,
    recognitionNumber: orNull(draft.recognitionNumber),
    recognitionDate: orNull(draft.recognitionDate),
  };
}

/**
 * Thêm hòa giải viên, or sửa thông tin hòa giải viên: the whole record is sent (POST, or PUT for a
 * correction) with the team's version as If-Match. Nothing is checked here that the server checks.
 */
export function MediatorForm({
  team,
  mediator,
  onDone,
  onCancel,
  onStale,
}: {
  team: TeamView;
  /** The mediator to correct; none to add one. */
  mediator?: MediatorView;
  onDone(team: TeamView, name: string): void;
  onCancel(): void;
  /** The team changed meanwhile (412): read it again. */
  onStale?: () => void;
}) {
  const { registry } = useServices();
  const masked = !!mediator && mediator.birthYear === null;

  const form = useDraftSubmission<MediatorDraft, TeamView>(
    () => draftOf(mediator),
    noticingStale(
      (draft) =>
        mediator
          ? registry.correctMediator(team, mediator.id, toRequest(draft))
          : registry.admitMediator(team, toRequest(draft)),
      onStale,
    ),
    showing(FIELDS),
    (updated, draft) => onDone(updated, draft.fullName.trim()),
  );
  const { draft, set, errors } = form;
  const m = t.mediatorForm;

  return (
    <FormShell
      id="mediator-form"
      heading={mediator ? m.editHeading(mediator.fullName) : m.addHeading}
      intro={masked ? m.maskedHint : undefined}
      form={form}
      summaryTitle={mediator ? m.errorSummaryEdit : m.errorSummaryAdd}
      labels={m}
      submitLabel={mediator ? m.submitEdit : m.submitAdd}
      onCancel={onCancel}
    >
      <div class="form-grid">
        <TextField field="fullName" label={m.fullName} value={draft.fullName} errors={errors}
          onInput={(v) => set('fullName', v)} />
        <SelectField field="gender" label={m.gender} value={draft.gender} errors={errors}
          placeholder={t.registryCommon.choose} options={t.registryCommon.genders}
          onChange={(v) => set('gender', v as Gender | '')} />
        <TextField field="birthYear" label={m.birthYear} hint={m.birthYearHint} value={draft.birthYear}
          errors={errors} inputMode="numeric" onInput={(v) => set('birthYear', v)} class="field--short" />
        <TextField field="ethnicity" label={m.ethnicity} value={draft.ethnicity} errors={errors}
          list="mediator-ethnicities" onInput={(v) => set('ethnicity', v)} />
      </div>
      <datalist id="mediator-ethnicities">
        {ETHNICITIES.map((e) => (
          <option key={e} value={e} />
        ))}
      </datalist>
      <CheckboxField field="leader" label={m.leader} checked={draft.leader} errors={errors}
        onChange={(v) => set('leader', v)} />
      <TextField field="background" label={m.background} hint={m.backgroundHint} value={draft.background}
        errors={errors} onInput={(v) => set('background', v)} />
      <div class="form-grid">
        <TextField field="recognitionNumber" label={m.recognitionNumber} hint={m.recognitionNumberHint}
          value={draft.recognitionNumber} errors={errors} onInput={(v) => set('recognitionNumber', v)} />
        <TextField field="recognitionDate" type="date" label={m.recognitionDate} value={draft.recognitionDate}
          errors={errors} onInput={(v) => set('recognitionDate', v)} />
      </div>
    </FormShell>
  );
}
