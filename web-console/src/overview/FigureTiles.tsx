import { useEffect, useRef, useState } from 'preact/hooks';
import type { FigureName, Figures } from '../api';
import { fmt } from '../format/format';
import { figureLabel, shareText, TILES, valueOf } from './figures';

/** One tile per figure, the share below where it is part of another figure. */
export function FigureTiles({ figures }: { figures: Partial<Figures> | undefined }) {
  return (
    <ul class="tiles">
      {TILES.map(({ figure, partOf }) => (
        <Tile key={figure} figure={figure} value={valueOf(figures, figure)}
          share={figures && partOf ? shareText(figures, figure, partOf) : null} loading={!figures} />
      ))}
    </ul>
  );
}

function Tile({ figure, value, share, loading }: {
  figure: FigureName;
  value: number;
  share: string | null;
  loading: boolean;
}) {
  const changed = useChanged(loading ? null : value);
  return (
    <li class={`tile${changed ? ' tile--changed' : ''}`} data-figure={figure}>
      <span class="tile__label" id={`tile-${figure}`}>{figureLabel(figure)}</span>
      <span class="tile__value" aria-describedby={`tile-${figure}`}>
        {loading ? '…' : fmt.integer(value)}
      </span>
      <span class="tile__share">{share ?? '\u00a0'}</span>
    </li>
  );
}

/** True for a moment after `value` changes, to draw the eye to a live update. */
function useChanged(value: number | null): boolean {
  const previous = useRef(value);
  const [changed, setChanged] = useState(false);
  useEffect(() => {
    if (previous.current === value) {
      return undefined;
    }
    const first = previous.current === null;
    previous.current = value;
    if (first || value === null) {
      return undefined;
    }
    setChanged(true);
    const timer = setTimeout(() => setChanged(false), 1500);
    return () => clearTimeout(timer);
  }, [value]);
  return changed;
}
