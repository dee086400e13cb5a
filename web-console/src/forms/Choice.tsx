import { errorId, fieldId, type FormErrors } from './fieldErrors';
import { FieldError, FieldFrame, inputProps } from './Field';

export interface Option {
  value: string;
  label: string;
}

/** A select with its label, hint and the server's message beside it (like TextField). */
export function SelectField(props: {
  field: string;
  label: string;
  value: string;
  options: readonly Option[];
  errors: FormErrors;
  onChange(value: string): void;
  /** The empty choice ("— Chọn —"); none when every value is a real choice. */
  placeholder?: string;
  hint?: string;
  disabled?: boolean;
  class?: string;
}) {
  const { field, value, options, errors, onChange, placeholder } = props;
  return (
    <FieldFrame field={field} label={props.label} errors={errors} hint={props.hint} class={props.class}>
      {(hintId) => (
        <select
          {...inputProps(field, errors, hintId)}
          value={value}
          disabled={props.disabled}
          onChange={(event) => onChange((event.currentTarget as HTMLSelectElement).value)}
        >
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

/** A checkbox with its label and the server's message. */
export function CheckboxField(props: {
  field: string;
  label: string;
  checked: boolean;
  errors: FormErrors;
  onChange(checked: boolean): void;
}) {
  const { field, label, checked, errors, onChange } = props;
  return (
    <div class={`field field--checkbox${errors.byField[field]?.length ? ' field--invalid' : ''}`}>
      <FieldError field={field} errors={errors} />
      <input
        type="checkbox"
        {...inputProps(field, errors)}
        checked={checked}
        onChange={(event) => onChange((event.currentTarget as HTMLInputElement).checked)}
      />
      <label for={fieldId(field)}>{label}</label>
    </div>
  );
}

/**
 * Radio buttons in a fieldset, for a few long choices (they read better than a select on a phone).
 * The first radio carries the field's id, so that the error summary's link lands on the group.
 */
export function RadioField(props: {
  field: string;
  legend: string;
  value: string;
  options: readonly Option[];
  errors: FormErrors;
  onChange(value: string): void;
}) {
  const { field, legend, value, options, errors, onChange } = props;
  const invalid = !!errors.byField[field]?.length;
  return (
    <fieldset
      class={`field field--radios${invalid ? ' field--invalid' : ''}`}
      aria-describedby={invalid ? errorId(field) : undefined}
    >
      <legend>{legend}</legend>
      <FieldError field={field} errors={errors} />
      {options.map((option, index) => {
        const id = index === 0 ? fieldId(field) : `${fieldId(field)}-${index}`;
        return (
          <div class="radio" key={option.value}>
            <input
              type="radio"
              id={id}
              name={field}
              value={option.value}
              checked={value === option.value}
              aria-invalid={invalid ? 'true' : undefined}
              onChange={() => onChange(option.value)}
            />
            <label for={id}>{option.label}</label>
          </div>
        );
      })}
    </fieldset>
  );
}
