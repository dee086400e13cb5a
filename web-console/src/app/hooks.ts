import { useCallback, useEffect, useReducer, useRef, useState } from 'preact/hooks';
import { ApiError } from '../api';
import { t } from '../i18n';

/**
 * Re-renders the component whenever `source` notifies. It subscribes after the first render, so it
 * renders once more on subscribing: a change made in between (the sign-in session starting, say)
 * would otherwise never be shown.
 */
export function useSubscription(source: { subscribe(listener: () => void): () => void }): void {
  const [, force] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    const unsubscribe = source.subscribe(() => force(undefined));
    force(undefined);
    return unsubscribe;
  }, [source]);
}

export interface Loaded<T> {
  data?: T;
  error?: ApiError;
  loading: boolean;
  reload(): void;
}

/**
 * Runs `load` whenever one of `deps` changes (and on `reload()`), cancelling the request before;
 * `load` may return undefined to load nothing.
 */
export function useLoad<T>(
  load: (signal: AbortSignal) => Promise<T> | undefined,
  deps: readonly unknown[],
): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: ApiError; loading: boolean }>({ loading: false });
  const [round, setRound] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    const controller = new AbortController();
    const pending = loadRef.current(controller.signal);
    if (!pending) {
      setState({ loading: false });
      return undefined;
    }
    setState((previous) => ({ data: previous.data, loading: true }));
    pending.then(
      (data) => {
        if (!controller.signal.aborted) {
          setState({ data, loading: false });
        }
      },
      (error: unknown) => {
        if (!controller.signal.aborted) {
          setState({ loading: false, error: toApiError(error) });
        }
      },
    );
    return () => controller.abort();
  }, [...deps, round]);

  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { ...state, reload };
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) {
    return error;
  }
  return new ApiError(t.errors.loadFailed, 0, { cause: error });
}
