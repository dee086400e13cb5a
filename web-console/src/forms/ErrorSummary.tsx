import type { Ref } from 'preact';
import { fieldId, type FormErrors } from './fieldErrors';

/**
 * The problems of a failed submission, listed above the form: it takes focus (so screen readers read
 * it), and each entry links to its field.
 */
export function ErrorSummary({
  errors,
  title,
  labelOf,
  summaryRef,
  titleId = 'error-summary-title',
}: {
  errors: FormErrors;
  title: string;
  labelOf(field: string): string;
  summaryRef: Ref<HTMLDivElement>;
  /** The title's id, for a page with several forms (one id each). */
  titleId?: string;
}) {
  return (
    <div class="error-summary" role="alert" tabIndex={-1} ref={summaryRef} aria-labelledby={titleId}>
      <p id={titleId} class="error-summary__title">
        {title}
      </p>
      <ul>
        {errors.general.map((message, i) => (
          <li key={`general-${i}`}>{message}</li>
        ))}
        {Object.entries(errors.byField).map(([field, messages]) => (
          <li key={field}>
            <a
              href={`#${fieldId(field)}`}
              onClick={(event) => {
                // The hash holds the route: move focus instead of following the link.
                event.preventDefault();
                const element = document.getElementById(fieldId(field));
                element?.focus();
                element?.scrollIntoView?.({ block: 'center' });
              }}
            >
              {labelOf(field)}: {messages.join(' ')}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
