import { useEffect, useRef, useState } from 'preact/hooks';
import { clearField, formErrorsOf, hasErrors, NO_ERRORS, type FormErrors } from './fieldErrors';

/**
 * What every form that sends to the API needs: one submission at a time, the server's field errors
 * (problem details) kept for the fields the form shows, and focus on the error summary after a failed
 * submission (not while the user fixes fields).
 *
 * @param send sends the form's current content; its result goes to onSuccess
 * @param shown whether the form shows a field, so its error goes beside it rather than in the summary
 */
export function useSubmission<T>(send: () => Promise<T>, shown: (field: string) => boolean,
    onSuccess: (result: T) => void) {
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [submitting, setSubmitting] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const summary = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (attempt > 0 && hasErrors(errors)) {
      summary.current?.focus();
    }
  }, [attempt]);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (submitting) {
      return;
    }
    setSubmitting(true);
    try {
      const result = await send();
      setErrors(NO_ERRORS);
      onSuccess(result);
    } catch (error) {
      setErrors(formErrorsOf(error, shown));
      setAttempt((n) => n + 1);
    } finally {
      setSubmitting(false);
    }
  };

  return { errors, setErrors, submitting, summary, submit };
}

export type Submission = ReturnType<typeof useSubmission>;

/**
 * A form's draft and its submission (useSubmission): `set` changes one field of the draft and clears
 * the server's message about that field, which no longer applies once the user has changed it.
 *
 * @param send sends the draft as it is when the user submits
 * @param onSuccess is given the result and the draft that was sent
 */
export function useDraftSubmission<D extends object, T>(initial: D | (() => D), send: (draft: D) => Promise<T>,
    shown: (field: string) => boolean, onSuccess: (result: T, draft: D) => void) {
  const [draft, setDraft] = useState<D>(initial);
  const submission = useSubmission(() => send(draft), shown, (result) => onSuccess(result, draft));
  const set = <K extends keyof D & string>(field: K, value: D[K]) => {
    setDraft((d) => ({ ...d, [field]: value }));
    submission.setErrors((e) => clearField(e, field));
  };
  return { ...submission, draft, set };
}
