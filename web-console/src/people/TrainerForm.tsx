import type { Gender } from '../api';
import {
  SOURCE_CATEGORIES,
  TRAINER_LEVELS,
  type SourceCategory,
  type TrainerDetails,
  type TrainerLevel,
  type TrainerView,
} from '../api/registry';
import { useServices } from '../app/services';
import { SelectField } from '../forms/Choice';
import { TextField } from '../forms/Field';
import { useDraftSubmission } from '../forms/useSubmission';
import { t } from '../i18n';
import { FormShell, noticingStale, orNull, showing } from './forms';

interface TrainerDraft {
  level: TrainerLevel | '';
  unitCode: string;
  source: SourceCategory | '';
  fullName: string;
  gender: Gender | '';
  appointmentNumber: string;
  appointmentDate: string;
  trainedOn: string;
  materialsGivenOn: string;
}

type TrainerField = keyof TrainerDraft;

const FIELDS: TrainerField[] = [
  'level',
  'unitCode',
  'source',
  'fullName',
  'gender',
  'appointmentNumber',
  'appointmentDate',
  'trainedOn',
  'materialsGivenOn',
];

function draftOf(trainer: TrainerView | undefined, unitCode: string): TrainerDraft {
  if (!trainer) {
    return {
      level: unitCode.length <= 2 ? 'PROVINCIAL' : 'DISTRICT',
      unitCode,
      source: '',
      fullName: '',
      gender: '',
      appointmentNumber: '',
      appointmentDate: '',
      trainedOn: '',
      materialsGivenOn: '',
    };
  }
  return {
    level: trainer.level,
    unitCode: trainer.unitCode,
    source: trainer.source,
    fullName: trainer.fullName,
    gender: trainer.gender,
    appointmentNumber: trainer.appointmentNumber,
    appointmentDate: trainer.appointmentDate,
    trainedOn: trainer.trainedOn ?? '',
    materialsGivenOn: trainer.materialsGivenOn ?? '',
  };
}

/** The request as the user filled it in; empty fields go as null, so the server names them. */
export function toRequest(draft: TrainerDraft): TrainerDetails {
  return {
    level: draft.level || null,
    unitCode: draft.unitCode.trim(),
    source: draft.source || null,
    fullName: draft.fullName,
    gender: draft.gender || null,
    appointmentNumber: draft.appointmentNumber,
    appointmentDate: orNull(draft.appointmentDate),
    trainedOn: orNull(draft.trainedOn),
    materialsGivenOn: orNull(draft.materialsGivenOn),
  };
}

/**
 * Thêm, sửa tập huấn viên: level, unit, source, name, gender, the appointment decision, and when they
 * were trained and given the material set. A correction is sent with the version read (If-Match).
 */
export function TrainerForm({
  trainer,
  unitCode,
  onDone,
  onCancel,
  onStale,
}: {
  /** The trainer to correct; none to register one. */
  trainer?: TrainerView;
  /** The unit a new trainer belongs to at first (the user's, or the one listed). */
  unitCode: string;
  onDone(trainer: TrainerView): void;
  onCancel(): void;
  onStale?: () => void;
}) {
  const { registry } = useServices();
  const form = useDraftSubmission<TrainerDraft, TrainerView>(
    () => draftOf(trainer, unitCode),
    noticingStale(
      (draft) => (trainer ? registry.correctTrainer(trainer, toRequest(draft)) : registry.registerTrainer(toRequest(draft))),
      onStale,
    ),
    showing(FIELDS),
    onDone,
  );
  const { draft, set, errors } = form;
  const f = t.trainerForm;
  return (
    <FormShell
      id="trainer-form"
      heading={trainer ? f.editHeading(trainer.fullName) : f.createHeading}
      form={form}
      summaryTitle={f.errorSummary}
      labels={f}
      submitLabel={trainer ? f.submitEdit : f.submitCreate}
      onCancel={onCancel}
    >
      <div class="form-grid">
        <SelectField field="level" label={f.level} value={draft.level} errors={errors} placeholder={t.registryCommon.choose}
          options={TRAINER_LEVELS.map((level) => ({ value: level, label: t.trainers.levels[level] ?? level }))}
          onChange={(v) => set('level', v as TrainerLevel | '')} />
        <TextField field="unitCode" label={f.unitCode} hint={f.unitCodeHint} value={draft.unitCode} errors={errors}
          inputMode="numeric" onInput={(v) => set('unitCode', v)} class="field--short" />
      </div>
      <div class="form-grid">
        <TextField field="fullName" label={f.fullName} value={draft.fullName} errors={errors}
          onInput={(v) => set('fullName', v)} />
        <SelectField field="gender" label={f.gender} value={draft.gender} errors={errors}
          placeholder={t.registryCommon.choose} options={t.registryCommon.genders}
          onChange={(v) => set('gender', v as Gender | '')} />
      </div>
      <SelectField field="source" label={f.source} value={draft.source} errors={errors} placeholder={t.registryCommon.choose}
        options={SOURCE_CATEGORIES.map((source) => ({ value: source, label: f.sources[source] ?? source }))}
        onChange={(v) => set('source', v as SourceCategory | '')} />
      <div class="form-grid">
        <TextField field="appointmentNumber" label={f.appointmentNumber} value={draft.appointmentNumber} errors={errors}
          onInput={(v) => set('appointmentNumber', v)} />
        <TextField field="appointmentDate" type="date" label={f.appointmentDate} value={draft.appointmentDate}
          errors={errors} onInput={(v) => set('appointmentDate', v)} />
      </div>
      <div class="form-grid">
        <TextField field="trainedOn" type="date" label={f.trainedOn} value={draft.trainedOn} errors={errors}
          onInput={(v) => set('trainedOn', v)} />
        <TextField field="materialsGivenOn" type="date" label={f.materialsGivenOn} value={draft.materialsGivenOn}
          errors={errors} onInput={(v) => set('materialsGivenOn', v)} />
      </div>
    </FormShell>
  );
}

interface RetireDraft {
  date: string;
  reason: string;
}

/** Thôi tham gia: the last day and why, sent with the version read (If-Match). */
export function RetireForm({
  trainer,
  onDone,
  onCancel,
  onStale,
}: {
  trainer: TrainerView;
  onDone(trainer: TrainerView): void;
  onCancel(): void;
  onStale?: () => void;
}) {
  const { registry } = useServices();
  const form = useDraftSubmission<RetireDraft, TrainerView>(
    { date: '', reason: '' },
    noticingStale((draft) => registry.retireTrainer(trainer, { date: orNull(draft.date), reason: draft.reason }), onStale),
    showing(['date', 'reason']),
    onDone,
  );
  const { draft, set, errors } = form;
  const f = t.retireForm;
  return (
    <FormShell
      id="retire-form"
      heading={f.heading(trainer.fullName)}
      form={form}
      summaryTitle={f.errorSummary}
      labels={f}
      submitLabel={f.submit}
      onCancel={onCancel}
      danger
    >
      <TextField field="date" type="date" label={f.date} value={draft.date} errors={errors}
        onInput={(v) => set('date', v)} class="field--date" />
      <TextField field="reason" label={f.reason} value={draft.reason} errors={errors} onInput={(v) => set('reason', v)} />
    </FormShell>
  );
}
