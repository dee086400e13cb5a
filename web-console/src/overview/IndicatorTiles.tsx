import type { IndicatorValue } from '../api/reporting';
import { fmt } from '../format/format';
import { t } from '../i18n';
import { fractionText, periodText, signedDifference, targetText, withMeasure } from './indicators';
import './indicators.css';

/**
 * One tile per national-target indicator: the value in its measure, the target, the gap (signed, and
 * "Đạt"/"Chưa đạt" in words and an icon besides its colour), the numerator and denominator in words,
 * the trend where the API gives the period before, and when the figures were last updated.
 */
export function IndicatorTiles({ indicators }: { indicators: IndicatorValue[] }) {
  return (
    <ul class="indicator-tiles">
      {indicators.map((indicator) => (
        <IndicatorTile key={indicator.id} indicator={indicator} />
      ))}
    </ul>
  );
}

function IndicatorTile({ indicator }: { indicator: IndicatorValue }) {
  const labelId = `indicator-${indicator.id}`;
  const status = indicator.met === true ? 'met' : indicator.met === false ? 'unmet' : 'none';
  const target = targetText(indicator);
  return (
    <li class={`indicator indicator--${status}`} data-indicator={indicator.id}>
      <span class="indicator__name" id={labelId}>{indicator.name}</span>
      <span class="indicator__value" data-testid="indicator-value">
        {indicator.value === null ? '—' : withMeasure(indicator.value, indicator.measure)}
      </span>
      {target && <span class="indicator__target">{target}</span>}
      <span class="indicator__gap" data-testid="indicator-gap">
        {indicator.value === null ? (
          t.indicators.noValue
        ) : (
          <>
            {indicator.met !== null && (
              <span class="indicator__status">
                <span aria-hidden="true">{indicator.met ? '✓' : '✗'}</span>{' '}
                {indicator.met ? t.indicators.met : t.indicators.notMet}
              </span>
            )}
            {indicator.gap !== null && (
              <span class="indicator__gap-value">
                {' · '}
                {t.indicators.gap(signedDifference(indicator.gap, indicator.measure))}
              </span>
            )}
          </>
        )}
      </span>
      {indicator.denominator !== null && <span class="indicator__fraction">{fractionText(indicator)}</span>}
      {indicator.previous && indicator.previous.change !== null && (
        <span class="indicator__trend">
          <span aria-hidden="true">{trendArrow(indicator.previous.change)} </span>
          <span class="visually-hidden">{trendWord(indicator.previous.change)}: </span>
          {t.indicators.trend(periodText(indicator.previous.period), signedDifference(indicator.previous.change, indicator.measure))}
        </span>
      )}
      <span class="indicator__as-of">
        {indicator.asOf ? t.overview.updatedAt(fmt.dateTime(indicator.asOf.eventTime)) : t.overview.neverUpdated}
      </span>
    </li>
  );
}

function trendArrow(change: number): string {
  return change > 0 ? '▲' : change < 0 ? '▼' : '▬';
}

function trendWord(change: number): string {
  return change > 0 ? t.indicators.trendUp : change < 0 ? t.indicators.trendDown : t.indicators.trendSame;
}
