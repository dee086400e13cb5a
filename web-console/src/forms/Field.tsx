import type { ComponentChildren } from 'preact';
import { t } from '../i18n';
import { errorId, fieldId, type FormErrors } from './fieldErrors';

/** The message(s) under a field, if the server named it. */
export function FieldError({ field, errors }: { field: string; errors: FormErrors }) {
  const messages = errors.byField[field];
  if (!messages?.length) {
    return null;
  }
  return (
    <p class="field-error" id={errorId(field)}>
      <span class="visually-hidden">{t.forms.errorPrefix} </span>
      {messages.join(' ')}
    </p>
  );
}

/** The attributes that tie an input to its label, hint and error message. */
export function inputProps(field: string, errors: FormErrors, hintId?: string) {
  const invalid = !!errors.byField[field]?.length;
  const describedBy = [hintId, invalid ? errorId(field) : undefined].filter(Boolean).join(' ');
  return {
    id: fieldId(field),
    name: field,
    'aria-invalid': invalid ? ('true' as const) : undefined,
    'aria-describedby': describedBy || undefined,
  };
}

/**
 * What every field shows around its control: the label, the hint and the server's message. The
 * control is drawn by `children`, given the hint's id (for aria-describedby, see inputProps).
 */
export function FieldFrame(props: {
  field: string;
  label: string;
  errors: FormErrors;
  hint?: string;
  class?: string;
  children(hintId: string | undefined): ComponentChildren;
}) {
  const { field, label, errors, hint } = props;
  const hintId = hint ? `${fieldId(field)}-hint` : undefined;
  return (
    <div class={`field${errors.byField[field]?.length ? ' field--invalid' : ''}${props.class ? ` ${props.class}` : ''}`}>
      <label for={fieldId(field)}>{label}</label>
      {hint && (
        <p class="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      <FieldError field={field} errors={errors} />
      {props.children(hintId)}
    </div>
  );
}

export function TextField(props: {
  field: string;
  label: string;
  value: string;
  errors: FormErrors;
  onInput(value: string): void;
  hint?: string;
  /** "date" gives the browser's date picker; its value is "yyyy-mm-dd", or "" when incomplete. */
  type?: 'text' | 'date';
  inputMode?: 'numeric' | 'text';
  autoComplete?: string;
  list?: string;
  class?: string;
}) {
  const { field, value, errors, onInput } = props;
  return (
    <FieldFrame field={field} label={props.label} errors={errors} hint={props.hint} class={props.class}>
      {(hintId) => (
        <input
          type={props.type ?? 'text'}
          {...inputProps(field, errors, hintId)}
          value={value}
          inputMode={props.inputMode}
          autoComplete={props.autoComplete ?? 'off'}
          list={props.list}
          onInput={(event) => onInput((event.currentTarget as HTMLInputElement).value)}
        />
      )}
    </FieldFrame>
  );
}
