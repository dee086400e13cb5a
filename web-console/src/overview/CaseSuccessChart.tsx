import { ErrorMessage } from '../app/ErrorMessage';
import { useLoad, useSubscription } from '../app/hooks';
import { useServices } from '../app/services';
import type { IndicatorValue } from '../api/reporting';
import { fmt } from '../format/format';
import { t } from '../i18n';
import { lastMonths, monthLabel, stamp, targetText, useDebouncedRefresh, withMeasure } from './indicators';
import './indicators.css';

const INDICATOR = 'caseSuccessRate';
const MONTHS = 12;

/** One month of the chart: the indicator for that month, or null when the API did not return it. */
export interface MonthValue {
  month: string;
  indicator: IndicatorValue | null;
}

/**
 * The case success rate (a periodic indicator) of the unit over the last 12 months, one request per
 * month (`?period=2026-05`), as a bar chart with the target drawn across it and the same figures as a
 * table.
 */
export function CaseSuccessSection({ unitCode, unitName, now }: { unitCode: string; unitName: string; now?: Date }) {
  const { reporting, rollups } = useServices();
  useSubscription(rollups);
  const api = reporting.indicators;
  const figures = stamp(rollups.get(unitCode)?.asOf);
  const refresh = useDebouncedRefresh(unitCode, figures && `${rollups.epoch}|${figures}`);
  const months = lastMonths(MONTHS, now);
  const first = months[0];
  const loaded = useLoad(
    (signal) =>
      api &&
      Promise.all(
        months.map((month) =>
          api.ofUnit(unitCode, month, signal).then((answer): MonthValue => ({
            month,
            indicator: answer.indicators.find((indicator) => indicator.id === INDICATOR) ?? null,
          })),
        ),
      ).then((values) => ({ unitCode, values })),
    [api, unitCode, first, refresh],
  );
  if (!api) {
    return null;
  }
  const values = loaded.data?.unitCode === unitCode ? loaded.data.values : undefined;

  return (
    <section aria-labelledby="case-chart-heading" class="section panel">
      <h2 id="case-chart-heading">{t.indicators.chart.heading}</h2>
      {loaded.error && !values && <ErrorMessage error={loaded.error} onRetry={loaded.reload} />}
      {!values && !loaded.error && <p>{t.indicators.chart.loading}</p>}
      {values && <CaseSuccessChart values={values} unitName={unitName} />}
    </section>
  );
}

const WIDTH = 360;
const HEIGHT = 200;
const LEFT = 36;
const RIGHT = 6;
const TOP = 10;
const BOTTOM = 36;
const PLOT_H = HEIGHT - TOP - BOTTOM;

/** The bars (0–100%), the target as a dashed line, and a table of the same figures. */
export function CaseSuccessChart({ values, unitName }: { values: MonthValue[]; unitName: string }) {
  const known = values.find((v) => v.indicator)?.indicator;
  const measure = known?.measure ?? '%';
  const target = known?.target ?? null;
  const top = Math.max(100, ...values.map((v) => v.indicator?.value ?? 0), target ?? 0);
  const slot = (WIDTH - LEFT - RIGHT) / Math.max(values.length, 1);
  const barWidth = Math.min(18, slot * 0.65);
  const y = (value: number) => TOP + PLOT_H - (value / top) * PLOT_H;
  const format = (value: number) => withMeasure(value, measure, 1);
  const withValue = values.filter((v) => v.indicator && v.indicator.value !== null);
  const met = withValue.filter((v) => v.indicator!.met === true).length;
  const targetLabel = target === null ? '—' : format(target);
  const firstMonth = values[0] ? monthLabel(values[0].month) : '';
  const lastMonth = values.length > 0 ? monthLabel(values[values.length - 1]!.month) : '';

  return (
    <figure class="trend-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} class="trend-chart__svg" role="img"
        aria-labelledby="case-chart-title case-chart-desc">
        <title id="case-chart-title">{t.indicators.chart.label(unitName)}</title>
        <desc id="case-chart-desc">
          {t.indicators.chart.summary(firstMonth, lastMonth, targetLabel, met, withValue.length)}
        </desc>
        {[0, top / 2, top].map((tick) => (
          <g key={tick}>
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(tick)} y2={y(tick)}
              class={tick === 0 ? 'trend-chart__axis' : 'trend-chart__grid'} />
            <text x={LEFT - 4} y={y(tick)} text-anchor="end" dominant-baseline="central">
              {format(tick)}
            </text>
          </g>
        ))}
        {values.map((v, i) => {
          const centre = LEFT + slot * i + slot / 2;
          const [year, month] = v.month.split('-');
          const value = v.indicator?.value ?? null;
          return (
            <g key={v.month} data-month={v.month} data-value={value === null ? undefined : String(value)}>
              {value !== null ? (
                <rect class="trend-chart__bar" x={centre - barWidth / 2} y={y(value)} width={barWidth}
                  height={Math.max(y(0) - y(value), 0)}>
                  <title>{t.indicators.chart.bar(monthLabel(v.month), format(value))}</title>
                </rect>
              ) : (
                <text x={centre} y={y(0) - 6} text-anchor="middle">—</text>
              )}
              <text x={centre} y={HEIGHT - BOTTOM + 13} text-anchor="middle">{month}</text>
              {(i === 0 || month === '01') && (
                <text x={centre} y={HEIGHT - BOTTOM + 27} text-anchor="middle">{year}</text>
              )}
            </g>
          );
        })}
        {target !== null && (
          <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(target)} y2={y(target)} class="trend-chart__target" />
        )}
      </svg>
      <figcaption>
        {target !== null && known && (
          <p class="trend-chart__legend">
            <svg width="28" height="10" aria-hidden="true" focusable="false">
              <line x1="0" x2="28" y1="5" y2="5" class="trend-chart__target" />
            </svg>{' '}
            {targetText(known)}
          </p>
        )}
        <details class="trend-chart__details">
          <summary>{t.indicators.chart.tableToggle}</summary>
          <div class="table-scroll" role="region" aria-label={t.indicators.chart.caption(unitName)} tabIndex={0}>
            <table class="data-table">
              <caption class="visually-hidden">{t.indicators.chart.caption(unitName)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.indicators.chart.month}</th>
                  <th scope="col" class="num">{t.indicators.chart.value}</th>
                  <th scope="col" class="num">{t.indicators.chart.cases}</th>
                  <th scope="col">{t.indicators.chart.status}</th>
                </tr>
              </thead>
              <tbody>
                {values.map(({ month, indicator }) => (
                  <tr key={month} data-month={month}>
                    <th scope="row">{monthLabel(month)}</th>
                    <td class="num">{indicator?.value == null ? '—' : format(indicator.value)}</td>
                    <td class="num">
                      {indicator?.denominator
                        ? `${fmt.integer(indicator.numerator)} / ${fmt.integer(indicator.denominator)}`
                        : t.indicators.chart.noCases}
                    </td>
                    <td>
                      {indicator?.met == null ? '—' : indicator.met ? t.indicators.met : t.indicators.notMet}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      </figcaption>
    </figure>
  );
}
