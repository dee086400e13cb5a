import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { ApiError } from '../api';
import { ErrorSummary } from '../forms/ErrorSummary';
import { hasErrors, normalizeField } from '../forms/fieldErrors';
import type { Submission } from '../forms/useSubmission';
import { t } from '../i18n';

/** What the user left empty goes as null, so that the server names the field if it is required. */
export function orNull(text: string): string | null {
  return text.trim() === '' ? null : text;
}

/** A year as typed: a number when it is one, else the text itself, so that the server names the field. */
export function yearOf(typed: string): number | string | null {
  const year = typed.trim();
  return year === '' ? null : /^\d{1,4}$/.test(year) ? Number(year) : year;
}

/** The fields a form shows, for useSubmission: a message for any other goes to the summary. */
export function showing(fields: readonly string[]): (field: string) => boolean {
  return (field) => fields.includes(field);
}

/** How the summary names a field: by the form's own label for it. */
export function labelsFrom(labels: Record<string, unknown>): (field: string) => string {
  return (field) => {
    const normalized = normalizeField(field);
    const own = labels[normalized];
    return typeof own === 'string' ? own : normalized;
  };
}

/**
 * Sends a change made to a record as read (If-Match). When someone changed the record meanwhile (412),
 * `onStale` reads it again and the message says so; the user's input stays for them to send again.
 */
export function noticingStale<A extends unknown[], T>(send: (...args: A) => Promise<T>,
    onStale: (() => void) | undefined): (...args: A) => Promise<T> {
  return async (...args) => {
    try {
      return await send(...args);
    } catch (error) {
      if (error instanceof ApiError && error.status === 412 && onStale) {
        onStale();
        throw new ApiError(`${error.message} ${t.registryCommon.staleReloaded}`, 412, { cause: error });
      }
      throw error;
    }
  };
}

/**
 * The frame of every form of the registry's pages: a heading that takes focus when the form opens,
 * the error summary, the fields, then "send" and "cancel".
 */
export function FormShell(props: {
  id: string;
  heading: string;
  intro?: string;
  /** The form's submission (useSubmission): its errors, summary and state. */
  form: Pick<Submission, 'errors' | 'summary' | 'submit' | 'submitting'>;
  summaryTitle: string;
  /** The form's strings, where the summary finds each field's label under the field's name. */
  labels: Record<string, unknown>;
  submitLabel: string;
  onCancel?: () => void;
  /** A destructive action (dismissing, withdrawing) shows its button as such. */
  danger?: boolean;
  children?: ComponentChildren;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const headingId = `${props.id}-heading`;
  const { errors, summary, submit, submitting } = props.form;
  return (
    <form class="registry-form" id={props.id} onSubmit={submit} noValidate aria-labelledby={headingId}>
      <h3 id={headingId} tabIndex={-1} ref={heading}>
        {props.heading}
      </h3>
      {props.intro && <p class="field-hint">{props.intro}</p>}
      {hasErrors(errors) && (
        <ErrorSummary errors={errors} title={props.summaryTitle} labelOf={labelsFrom(props.labels)} summaryRef={summary} />
      )}
      {props.children}
      <div class="form-actions">
        <button type="submit" class={`button${props.danger ? ' button--danger' : ''}`} disabled={submitting}
          aria-disabled={submitting}>
          {submitting ? t.registryCommon.sending : props.submitLabel}
        </button>
        {props.onCancel && (
          <button type="button" class="button button--secondary" onClick={props.onCancel}>
            {t.registryCommon.cancel}
          </button>
        )}
      </div>
    </form>
  );
}
