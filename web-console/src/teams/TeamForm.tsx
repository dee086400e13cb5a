import { useState } from 'preact/hooks';
import type { Gender, RegisterTeam } from '../api';
import type { TeamView } from '../api/registry';
import { useServices } from '../app/services';
import { ErrorSummary } from '../forms/ErrorSummary';
import { FieldError, inputProps, TextField } from '../forms/Field';
import { clearField, fieldId, hasErrors, normalizeField } from '../forms/fieldErrors';
import { useSubmission } from '../forms/useSubmission';
import { t } from '../i18n';

interface MediatorDraft {
  key: number;
  fullName: string;
  gender: Gender | '';
  birthYear: string;
  ethnicity: string;
  leader: boolean;
}

interface TeamDraft {
  communeCode: string;
  villageName: string;
  name: string;
  manyEthnicMinorityResidents: boolean;
  mediators: MediatorDraft[];
}

type MediatorField = 'fullName' | 'gender' | 'birthYear' | 'ethnicity' | 'leader';

const MEDIATOR_FIELDS: MediatorField[] = ['fullName', 'gender', 'birthYear', 'ethnicity', 'leader'];
const TEAM_FIELDS = ['communeCode', 'villageName', 'name', 'manyEthnicMinorityResidents', 'mediators'];
/** Ethnic groups living in Bình Định, offered as suggestions; any other can be typed. */
const ETHNICITIES = ['Kinh', 'Ba Na', 'Chăm', 'Hrê'];

let nextKey = 1;

function emptyMediator(): MediatorDraft {
  return { key: nextKey++, fullName: '', gender: '', birthYear: '', ethnicity: 'Kinh', leader: false };
}

function emptyDraft(communeCode: string): TeamDraft {
  return {
    communeCode,
    villageName: '',
    name: '',
    manyEthnicMinorityResidents: false,
    mediators: [emptyMediator(), emptyMediator(), emptyMediator()],
  };
}

/** The request as the user typed it; the server checks it and names the fields at fault. */
export function toRequest(draft: TeamDraft): RegisterTeam {
  return {
    communeCode: draft.communeCode.trim(),
    villageName: draft.villageName,
    name: draft.name,
    manyEthnicMinorityResidents: draft.manyEthnicMinorityResidents,
    mediators: draft.mediators.map((m) => ({
      fullName: m.fullName,
      gender: m.gender || null,
      // A year that is not a number is sent as typed, so the server's message names the field.
      birthYear: birthYearOf(m.birthYear),
      ethnicity: m.ethnicity,
      leader: m.leader,
    })),
  };
}

function birthYearOf(typed: string): number | string | null {
  const year = typed.trim();
  return year === '' ? null : /^\d{1,4}$/.test(year) ? Number(year) : year;
}

/**
 * Đăng ký tổ hòa giải: the team, its village and its mediators. Nothing is checked here that the
 * server checks; the server's field errors are shown next to each field and listed at the top.
 */
export function TeamForm({
  communeCode,
  onCreated,
  onCancel,
}: {
  communeCode: string;
  onCreated(team: TeamView): void;
  onCancel(): void;
}) {
  const { registry } = useServices();
  const [draft, setDraft] = useState<TeamDraft>(() => emptyDraft(communeCode));
  const shown = (field: string): boolean => {
    if (TEAM_FIELDS.includes(field)) {
      return true;
    }
    const match = /^mediators\[(\d+)\](?:\.(\w+))?$/.exec(field);
    return (
      !!match &&
      Number(match[1]) < draft.mediators.length &&
      (match[2] === undefined || MEDIATOR_FIELDS.includes(match[2] as MediatorField))
    );
  };

  const { errors, setErrors, submitting, summary, submit } = useSubmission(
    () => registry.registerTeam(toRequest(draft)),
    shown,
    (team) => {
      setDraft(emptyDraft(communeCode));
      onCreated(team);
    },
  );

  const set = <K extends keyof TeamDraft>(field: K, value: TeamDraft[K]) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setErrors((e) => clearField(e, field));
  };

  const setMediator = <K extends MediatorField>(index: number, field: K, value: MediatorDraft[K]) => {
    setDraft((d) => ({
      ...d,
      mediators: d.mediators.map((m, i) => (i === index ? { ...m, [field]: value } : m)),
    }));
    setErrors((e) => clearField(e, `mediators[${index}].${field}`));
  };

  const removeMediator = (index: number) => {
    setDraft((d) => ({ ...d, mediators: d.mediators.filter((_, i) => i !== index) }));
    // The rows after it move up, and their messages with them would be wrong: drop the rows' messages.
    setErrors((e) => ({
      ...e,
      byField: Object.fromEntries(Object.entries(e.byField).filter(([field]) => !field.startsWith('mediators['))),
    }));
  };

  const addMediator = () => {
    const added = emptyMediator();
    setDraft((d) => ({ ...d, mediators: [...d.mediators, added] }));
    setTimeout(() => document.getElementById(fieldId(`mediators[${draft.mediators.length}].fullName`))?.focus());
  };


  return (
    <form class="team-form" onSubmit={submit} noValidate aria-labelledby="team-form-heading">
      <h2 id="team-form-heading">{t.teamForm.heading}</h2>
      <p class="field-hint">{t.teamForm.intro}</p>

      {hasErrors(errors) && (
        <ErrorSummary errors={errors} title={t.teamForm.errorSummary} labelOf={labelOf} summaryRef={summary} />
      )}

      <TextField
        field="communeCode"
        label={t.teamForm.communeCode}
        hint={t.teamForm.communeCodeHint}
        inputMode="numeric"
        value={draft.communeCode}
        errors={errors}
        onInput={(v) => set('communeCode', v)}
        class="field--short"
      />
      <TextField field="villageName" label={t.teamForm.villageName} value={draft.villageName} errors={errors}
        onInput={(v) => set('villageName', v)} />
      <TextField field="name" label={t.teamForm.name} value={draft.name} errors={errors}
        onInput={(v) => set('name', v)} />
      <div class="field field--checkbox">
        <FieldError field="manyEthnicMinorityResidents" errors={errors} />
        <input
          type="checkbox"
          {...inputProps('manyEthnicMinorityResidents', errors)}
          checked={draft.manyEthnicMinorityResidents}
          onChange={(event) => set('manyEthnicMinorityResidents', (event.currentTarget as HTMLInputElement).checked)}
        />
        <label for={fieldId('manyEthnicMinorityResidents')}>{t.teamForm.manyEthnicMinorityResidents}</label>
      </div>

      <fieldset class="mediators" id={fieldId('mediators')} tabIndex={-1}
        aria-describedby={errors.byField.mediators ? `${fieldId('mediators')}-error` : undefined}>
        <legend>{t.teamForm.mediators}</legend>
        <FieldError field="mediators" errors={errors} />
        <datalist id="ethnicities">
          {ETHNICITIES.map((e) => (
            <option key={e} value={e} />
          ))}
        </datalist>
        {draft.mediators.map((mediator, index) => {
          const path = `mediators[${index}]`;
          return (
            <fieldset class="mediator" key={mediator.key} id={fieldId(path)} tabIndex={-1}>
              <legend>{t.teamForm.mediatorLegend(index + 1)}</legend>
              <FieldError field={path} errors={errors} />
              <div class="mediator__grid">
                <TextField field={`${path}.fullName`} label={t.teamForm.fullName} value={mediator.fullName}
                  errors={errors} autoComplete="off" onInput={(v) => setMediator(index, 'fullName', v)}
                  class="mediator__name" />
                <div class={`field${errors.byField[`${path}.gender`] ? ' field--invalid' : ''}`}>
                  <label for={fieldId(`${path}.gender`)}>{t.teamForm.gender}</label>
                  <FieldError field={`${path}.gender`} errors={errors} />
                  <select
                    {...inputProps(`${path}.gender`, errors)}
                    value={mediator.gender}
                    onChange={(event) =>
                      setMediator(index, 'gender', (event.currentTarget as HTMLSelectElement).value as Gender | '')
                    }
                  >
                    <option value="">{t.teamForm.chooseGender}</option>
                    <option value="FEMALE">{t.teamForm.female}</option>
                    <option value="MALE">{t.teamForm.male}</option>
                  </select>
                </div>
                <TextField field={`${path}.birthYear`} label={t.teamForm.birthYear} value={mediator.birthYear}
                  errors={errors} inputMode="numeric" onInput={(v) => setMediator(index, 'birthYear', v)}
                  class="field--short" />
                <TextField field={`${path}.ethnicity`} label={t.teamForm.ethnicity} value={mediator.ethnicity}
                  errors={errors} list="ethnicities" onInput={(v) => setMediator(index, 'ethnicity', v)} />
                <div class="field field--checkbox">
                  <FieldError field={`${path}.leader`} errors={errors} />
                  <input
                    type="checkbox"
                    {...inputProps(`${path}.leader`, errors)}
                    checked={mediator.leader}
                    onChange={(event) => setMediator(index, 'leader', (event.currentTarget as HTMLInputElement).checked)}
                  />
                  <label for={fieldId(`${path}.leader`)}>{t.teamForm.leader}</label>
                </div>
              </div>
              <button type="button" class="button button--link" onClick={() => removeMediator(index)}>
                {t.teamForm.removeMediator(index + 1)}
              </button>
            </fieldset>
          );
        })}
        <button type="button" class="button button--secondary" onClick={addMediator}>
          {t.teamForm.addMediator}
        </button>
      </fieldset>

      <div class="form-actions">
        <button type="submit" class="button" disabled={submitting} aria-disabled={submitting}>
          {submitting ? t.teamForm.submitting : t.teamForm.submit}
        </button>
        <button type="button" class="button button--secondary" onClick={onCancel}>
          {t.teamForm.cancel}
        </button>
      </div>
    </form>
  );
}


/** How the error summary names a field: "Hòa giải viên thứ 2 — Năm sinh". */
export function labelOf(field: string): string {
  const normalized = normalizeField(field);
  const mediator = /^mediators\[(\d+)\](?:\.(\w+))?$/.exec(normalized);
  if (mediator) {
    const legend = t.teamForm.mediatorLegend(Number(mediator[1]) + 1);
    const part = mediator[2] as MediatorField | undefined;
    return part && part in t.teamForm ? `${legend} — ${t.teamForm[part]}` : legend;
  }
  const own = (t.teamForm as Record<string, unknown>)[normalized];
  return typeof own === 'string' ? own : normalized;
}
