import { useEffect, useRef, useState } from 'preact/hooks';
import { formErrorsOf, hasErrors, NO_ERRORS, type FormErrors } from './fieldErrors';

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
