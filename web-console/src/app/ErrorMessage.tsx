import type { ApiError } from '../api';
import { t } from '../i18n';

/** A failed load, said plainly, with a way to try again. */
export function ErrorMessage({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  return (
    <div class="alert alert--error" role="alert">
      <p>{error.message}</p>
      {onRetry && (
        <button type="button" class="button button--secondary" onClick={onRetry}>
          {t.common.retry}
        </button>
      )}
    </div>
  );
}
