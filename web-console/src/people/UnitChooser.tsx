import { useEffect, useState } from 'preact/hooks';
import { useLoad } from '../app/hooks';
import { DEFAULT_UNIT } from '../app/router';
import { useServices } from '../app/services';
import { useSession } from '../auth/context';
import { FieldError } from '../forms/Field';
import { errorId, fieldId, NO_ERRORS, type FormErrors } from '../forms/fieldErrors';
import { t } from '../i18n';

/** The level of a unit by its official code: 2 digits the province, 3 a district, 5 a commune. */
export function levelOfCode(code: string): 'PROVINCE' | 'DISTRICT' | 'COMMUNE' {
  return code.length <= 2 ? 'PROVINCE' : code.length === 3 ? 'DISTRICT' : 'COMMUNE';
}

/** The unit the signed-in user's scope covers (the province without a session, as in component tests). */
export function useScope(): string {
  return useSession()?.user.unit ?? DEFAULT_UNIT;
}

/**
 * Chooses the unit a list is for, within the user's scope: the province chooses a district (or the
 * whole province), and, `down to` communes, a commune of it; a district chooses among its communes; a
 * commune has nothing to choose. Tells the chosen unit's code through `onChange`.
 */
export function UnitChooser({
  scope,
  depth,
  onChange,
  field = 'unit',
  errors = NO_ERRORS,
}: {
  scope: string;
  depth: 'DISTRICT' | 'COMMUNE';
  onChange(code: string): void;
  /** The request's field the chosen unit goes to, so that the server's message about it shows here. */
  field?: string;
  errors?: FormErrors;
}) {
  const { registry } = useServices();
  const level = levelOfCode(scope);
  const [district, setDistrict] = useState(level === 'DISTRICT' ? scope : '');
  const [commune, setCommune] = useState('');
  const districts = useLoad(
    (signal) => (level === 'PROVINCE' ? registry.childUnits(scope, 'DISTRICT', signal) : undefined),
    [scope, level],
  );
  const communes = useLoad(
    (signal) => (depth === 'COMMUNE' && district ? registry.childUnits(district, 'COMMUNE', signal) : undefined),
    [district, depth],
  );
  const chosen = commune || district || scope;
  useEffect(() => onChange(chosen), [chosen]);

  if (level === 'COMMUNE' || (level === 'DISTRICT' && depth === 'DISTRICT')) {
    return <FieldError field={field} errors={errors} />;
  }
  const invalid = !!errors.byField[field]?.length;
  const described = invalid ? errorId(field) : undefined;
  const u = t.unitChooser;
  return (
    <div class={`unit-chooser${invalid ? ' field--invalid' : ''}`}>
      <FieldError field={field} errors={errors} />
      {level === 'PROVINCE' && (
        <div class="field">
          <label for={fieldId(field)}>{u.district}</label>
          <select id={fieldId(field)} value={district} aria-invalid={invalid ? 'true' : undefined}
            aria-describedby={described}
            onChange={(event) => {
              setDistrict((event.currentTarget as HTMLSelectElement).value);
              setCommune('');
            }}>
            <option value="">{u.wholeProvince}</option>
            {(districts.data ?? []).map((unit) => (
              <option key={unit.code} value={unit.code}>
                {unit.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {depth === 'COMMUNE' && district && (
        <div class="field">
          <label for={level === 'PROVINCE' ? `${fieldId(field)}-commune` : fieldId(field)}>{u.commune}</label>
          <select id={level === 'PROVINCE' ? `${fieldId(field)}-commune` : fieldId(field)} value={commune}
            aria-invalid={invalid ? 'true' : undefined} aria-describedby={described}
            onChange={(event) => setCommune((event.currentTarget as HTMLSelectElement).value)}>
            <option value="">{u.wholeDistrict}</option>
            {(communes.data ?? []).map((unit) => (
              <option key={unit.code} value={unit.code}>
                {unit.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {(districts.loading || communes.loading) && <p class="muted">{u.loading}</p>}
      {districts.error && <p class="field-error">{districts.error.message}</p>}
      {communes.error && <p class="field-error">{communes.error.message}</p>}
    </div>
  );
}

/** The one filter of a list that has no other: the unit, in a panel of its own. */
export function UnitFilter(props: { scope: string; depth: 'DISTRICT' | 'COMMUNE'; onChange(code: string): void }) {
  return (
    <section class="section panel" aria-label={t.trainers.filterHeading}>
      <UnitChooser {...props} />
    </section>
  );
}
