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
  /** How a value is written (on the district, in its label and the legend); whole numbers by default. */
  format?: (value: number) => string;
  /** The top of the colour scale, when it is not the largest value (a ratio's target, say). */
  max?: number;
  /** Whether each district meets the chosen indicator's target: those that do not are hatched. */
  met?: ReadonlyMap<string, boolean>;
  /** The target, said under the map ("Mục tiêu: ≥ 100%. Đạt: 4/11 …"). */
  targetNote?: string;
}

const NO_DATA = '#e6e6e6';

/**
 * The districts coloured by one figure (darker is more). Each district is a button: click, or Tab
 * to it and press Enter or Space, to drill down. Numbers sit on the districts; names show on hover
 * and focus, and in the table beside the map.
 */
export function DistrictMap({
  layout,
  values,
  figureLabel,
  selectedCode,
  onSelect,
  format = fmt.integer,
  max: top,
  met,
  targetNote,
}: DistrictMapProps) {
  const [active, setActive] = useState<string | null>(null);
  const max = top ?? Math.max(0, ...values.values());
  const activeShape = layout.shapes.find((shape) => shape.code === active);
  const describe = (code: string, name: string) => {
    const value = values.get(code);
    const base = t.overview.mapDistrict(name, value === undefined ? '—' : format(value), figureLabel);
    const status = value === undefined ? undefined : met?.get(code);
    return status === undefined ? base : t.indicators.mapDistrictMet(base, status);
  };
  const unmet = met ? layout.shapes.filter((shape) => values.has(shape.code) && met.get(shape.code) === false) : [];
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
        {met && (
          <defs>
            <pattern id="district-map-unmet" patternUnits="userSpaceOnUse" width="8" height="8"
              patternTransform="rotate(45)">
              <line x1="0" y1="0" x2="0" y2="8" class="district-map__hatch-line" />
            </pattern>
          </defs>
        )}
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
        {unmet.length > 0 && (
          <g aria-hidden="true" class="district-map__unmet">
            {unmet.map((shape) => (
              <path key={shape.code} d={shape.d} fill="url(#district-map-unmet)" fill-rule="evenodd"
                data-unmet={shape.code} />
            ))}
          </g>
        )}
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
                {...(met ? { stroke: fill, 'stroke-width': 4, 'paint-order': 'stroke' } : {})}
              >
                {format(value)}
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
            {t.overview.mapLegendLow} ({format(0)})
          </span>
          <span
            class="district-map__ramp"
            style={{ background: `linear-gradient(to right, ${RAMP.join(', ')})` }}
          />
          <span>
            {t.overview.mapLegendHigh} ({format(max)})
          </span>
        </div>
        {met && (
          <>
            {targetNote && <p class="district-map__target">{targetNote}</p>}
            <ul class="district-map__key" aria-hidden="true">
              <li>
                <span class="district-map__swatch district-map__swatch--unmet" />
                {t.indicators.mapUnmet}
              </li>
              <li>
                <span class="district-map__swatch district-map__swatch--none" />
                {t.indicators.mapNoData}
              </li>
            </ul>
          </>
        )}
      </figcaption>
    </figure>
  );
}
