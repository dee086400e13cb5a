import { useState } from 'preact/hooks';
import { fmt } from '../format/format';
import { t } from '../i18n';
import { colourFor, RAMP, textColourOn } from './colour';
import type { MapLayout } from './geo';

export interface DistrictMapProps {
  layout: MapLayout;
  /** The chosen figure's value by district code; a district missing here is drawn grey. */
  values: ReadonlyMap<string, number>;
  /** The chosen figure's name, for labels. */
  figureLabel: string;
  /** The district being looked at, outlined. */
  selectedCode?: string | null;
  onSelect(code: string): void;
}

const NO_DATA = '#e6e6e6';

/**
 * The districts coloured by one figure (darker is more). Each district is a button: click, or Tab
 * to it and press Enter or Space, to drill down. Numbers sit on the districts; names show on hover
 * and focus, and in the table beside the map.
 */
export function DistrictMap({ layout, values, figureLabel, selectedCode, onSelect }: DistrictMapProps) {
  const [active, setActive] = useState<string | null>(null);
  const max = Math.max(0, ...values.values());
  const activeShape = layout.shapes.find((shape) => shape.code === active);
  const describe = (code: string, name: string) => {
    const value = values.get(code);
    return t.overview.mapDistrict(name, value === undefined ? '—' : fmt.integer(value), figureLabel);
  };
  // The selected district is drawn last, so its outline is not covered by its neighbours.
  const shapes = [...layout.shapes].sort(
    (a, b) => Number(a.code === selectedCode) - Number(b.code === selectedCode),
  );

  return (
    <figure class="district-map">
      <svg
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="group"
        aria-label={t.overview.mapLabel(figureLabel)}
        class="district-map__svg"
      >
        {shapes.map((shape) => {
          const value = values.get(shape.code);
          const fill = value === undefined ? NO_DATA : colourFor(value, max);
          return (
            <path
              key={shape.code}
              d={shape.d}
              fill={fill}
              fill-rule="evenodd"
              class={`district-map__district${shape.code === selectedCode ? ' is-selected' : ''}`}
              data-code={shape.code}
              data-value={value === undefined ? undefined : String(value)}
              role="button"
              tabindex={0}
              aria-label={describe(shape.code, shape.name)}
              aria-current={shape.code === selectedCode ? 'true' : undefined}
              onClick={() => onSelect(shape.code)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' || event.key === ' ') {
                  event.preventDefault();
                  onSelect(shape.code);
                }
              }}
              onMouseEnter={() => setActive(shape.code)}
              onMouseLeave={() => setActive((code) => (code === shape.code ? null : code))}
              onFocus={() => setActive(shape.code)}
              onBlur={() => setActive((code) => (code === shape.code ? null : code))}
            >
              <title>{describe(shape.code, shape.name)}</title>
            </path>
          );
        })}
        <g aria-hidden="true" class="district-map__labels">
          {layout.shapes.map((shape) => {
            const value = values.get(shape.code);
            if (value === undefined) {
              return null;
            }
            const fill = colourFor(value, max);
            return (
              <text
                key={shape.code}
                x={shape.labelX}
                y={shape.labelY}
                fill={textColourOn(fill)}
                text-anchor="middle"
                dominant-baseline="central"
              >
                {fmt.integer(value)}
              </text>
            );
          })}
        </g>
      </svg>
      <figcaption>
        <p class="district-map__active">
          {activeShape ? describe(activeShape.code, activeShape.name) : t.overview.mapHint}
        </p>
        <div class="district-map__legend" aria-hidden="true">
          <span>
            {t.overview.mapLegendLow} ({fmt.integer(0)})
          </span>
          <span
            class="district-map__ramp"
            style={{ background: `linear-gradient(to right, ${RAMP.join(', ')})` }}
          />
          <span>
            {t.overview.mapLegendHigh} ({fmt.integer(max)})
          </span>
        </div>
      </figcaption>
    </figure>
  );
}
