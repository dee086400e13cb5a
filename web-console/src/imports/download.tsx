import { useState } from 'preact/hooks';
import type { ApiError } from '../api';
import type { DownloadedFile } from '../api/client';
import { toApiError } from '../app/hooks';
import { t } from '../i18n';

/** Hands a file fetched with the user's token to the browser, to save under its name. */
export function saveFile(file: DownloadedFile, fallbackName: string): string {
  const name = file.filename ?? fallbackName;
  const url = URL.createObjectURL(file.blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return name;
}

/**
 * A button that fetches a file from the API (with the token: a plain link could not send it) and
 * saves it; while it loads the button says so, and a failure is said beside it.
 */
export function DownloadButton({
  label,
  fetchFile,
  fallbackName,
  secondary,
  id,
}: {
  label: string;
  fetchFile(): Promise<DownloadedFile>;
  fallbackName: string;
  secondary?: boolean;
  id?: string;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState('');
  const click = async () => {
    if (busy) {
      return;
    }
    setBusy(true);
    setError(null);
    setSaved('');
    try {
      setSaved(saveFile(await fetchFile(), fallbackName));
    } catch (failure) {
      setError(toApiError(failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="download">
      <button type="button" id={id} class={`button${secondary ? ' button--secondary' : ''}`} disabled={busy}
        aria-disabled={busy} onClick={click}>
        {busy ? t.imports.downloading : label}
      </button>
      <p role="status" class="download__status muted">
        {saved ? t.imports.downloaded(saved) : ''}
      </p>
      {error && (
        <p class="field-error" role="alert">
          {error.message}
        </p>
      )}
    </div>
  );
}
