import { useEffect, useState } from 'preact/hooks';
import type { Unit } from '../api';
import { ErrorMessage } from '../app/ErrorMessage';
import { useLoad } from '../app/hooks';
import { useServices } from '../app/services';
import { t } from '../i18n';

const MIN_QUERY = 2;
const DEBOUNCE_MS = 300;

/**
 * Finds a commune by name, with or without diacritics ("nhon binh" finds "Phường Nhơn Bình"; the
 * server folds them). Results come as a list of buttons, reachable with Tab.
 */
export function CommunePicker({ onChoose }: { onChoose(unit: Unit): void }) {
  const { registry } = useServices();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');

  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const results = useLoad(
    (signal) => (query.length >= MIN_QUERY ? registry.searchUnits(query, 'COMMUNE', signal) : undefined),
    [query],
  );
  const units = query.length >= MIN_QUERY ? results.data : undefined;

  return (
    <div class="commune-picker">
      <form
        role="search"
        class="commune-picker__form"
        onSubmit={(event) => {
          event.preventDefault();
          setQuery(text.trim());
        }}
      >
        <div class="field">
          <label for="commune-search">{t.teams.searchLabel}</label>
          <div class="input-with-button">
            <input
              id="commune-search"
              type="search"
              value={text}
              placeholder={t.teams.searchPlaceholder}
              autoComplete="off"
              onInput={(event) => setText((event.currentTarget as HTMLInputElement).value)}
            />
            <button type="submit" class="button">
              {t.teams.searchButton}
            </button>
          </div>
        </div>
      </form>
      <p role="status" class="commune-picker__status">
        {results.loading ? t.common.loading : units ? t.teams.searchResults(units.length) : ''}
      </p>
      {results.error && <ErrorMessage error={results.error} onRetry={results.reload} />}
      {units && units.length > 0 && (
        <ul class="commune-picker__results">
          {units.map((unit) => (
            <li key={unit.code}>
              <button
                type="button"
                class="commune-picker__choice"
                aria-label={t.teams.choose(`${unit.name} (${t.common.code} ${unit.code})`)}
                onClick={() => {
                  setText('');
                  setQuery('');
                  onChoose(unit);
                }}
              >
                <span>{unit.name}</span>
                <span class="muted">
                  {t.common.code} {unit.code}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
