import { ApiError, ProblemError } from '../api';
import { t } from '../i18n';

/**
 * What a failed submission says, arranged for a form: the messages for each field the form shows,
 * and the rest (problems with no field, or with a field the form does not show).
 */
export interface FormErrors {
  byField: Record<string, string[]>;
  general: string[];
}

export const NO_ERRORS: FormErrors = { byField: {}, general: [] };

/**
 * Maps an error from the API client to the form's fields. A field path from the server
 * (`mediators[0].birthYear`) goes to that field if the form shows it, else to the nearest enclosing
 * field it shows (`mediators[0]`, then `mediators`), else to the general messages.
 */
export function formErrorsOf(error: unknown, shown: (field: string) => boolean): FormErrors {
  if (error instanceof ProblemError && error.fieldErrors.length > 0) {
    const result: FormErrors = { byField: {}, general: [] };
    for (const { field, message } of error.fieldErrors) {
      const target = resolveField(field, shown);
      if (target === null) {
        result.general.push(message);
      } else {
        (result.byField[target] ??= []).push(message);
      }
    }
    return result;
  }
  if (error instanceof ApiError) {
    return { byField: {}, general: [error.message] };
  }
  return { byField: {}, general: [t.errors.loadFailed] };
}

/** `mediators.0.birthYear` and `mediators[0].birthYear` alike → `mediators[0].birthYear`. */
export function normalizeField(field: string): string {
  return field
    .trim()
    .replace(/\.(\d+)(?=\.|$)/g, '[$1]')
    .replace(/^\./, '');
}

export function resolveField(field: string, shown: (field: string) => boolean): string | null {
  let candidate = normalizeField(field);
  while (candidate) {
    if (shown(candidate)) {
      return candidate;
    }
    candidate = enclosing(candidate);
  }
  return null;
}

/** `a[0].b` → `a[0]` → `a` → ''. */
function enclosing(field: string): string {
  const dot = field.lastIndexOf('.');
  const bracket = field.lastIndexOf('[');
  const cut = Math.max(dot, bracket);
  return cut > 0 ? field.slice(0, cut) : '';
}

/** The id of the input for a field path: `mediators[0].birthYear` → `f-mediators-0-birthYear`. */
export function fieldId(field: string): string {
  return `f-${field.replace(/\[(\d+)\]/g, '-$1').replace(/\./g, '-')}`;
}

/** The id of the message shown under a field, which the input names in aria-describedby. */
export function errorId(field: string): string {
  return `${fieldId(field)}-error`;
}

export function hasErrors(errors: FormErrors): boolean {
  return errors.general.length > 0 || Object.keys(errors.byField).length > 0;
}

/** The errors without those of `field` (the user changed it). */
export function clearField(errors: FormErrors, field: string): FormErrors {
  if (!(field in errors.byField)) {
    return errors;
  }
  const byField = { ...errors.byField };
  delete byField[field];
  return { ...errors, byField };
}
