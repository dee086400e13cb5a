import { useEffect, useRef, useState } from 'preact/hooks';
import type { AsOf, UnitLevel } from '../api';
import type { IndicatorValue } from '../api/reporting';
import { fmt } from '../format/format';
import { t } from '../i18n';

/**
 * The indicators that carry a national target of Decision 315/QĐ-TTg, in the order the overview shows
 * them, with the levels they are computed for (reporting-service's indicators.json). The tiles show
 * those the API returns for the unit; the map offers those computed for districts.
 */
export const NATIONAL_TARGETS: { id: string; levels: UnitLevel[] }[] = [
  { id: 'teamsCompliantShare', levels: ['PROVINCE', 'DISTRICT', 'COMMUNE'] },
  { id: 'districtTrainersPer80Teams', levels: ['PROVINCE', 'DISTRICT'] },
  { id: 'provincialTrainersPer100Teams', levels: ['PROVINCE'] },
  { id: 'trainersTrainedShare', levels: ['PROVINCE', 'DISTRICT'] },
  { id: 'teamsWithLegalSupportShare', levels: ['PROVINCE', 'DISTRICT', 'COMMUNE'] },
  { id: 'mediatorsReachingMaterialsShare', levels: ['PROVINCE', 'DISTRICT', 'COMMUNE'] },
  { id: 'caseSuccessRate', levels: ['PROVINCE', 'DISTRICT', 'COMMUNE'] },
  { id: 'pilotCaseSuccessRate', levels: ['PROVINCE', 'DISTRICT', 'COMMUNE'] },
];

const TARGET_IDS = new Set(NATIONAL_TARGETS.map((target) => target.id));

export function isNationalTarget(id: string): boolean {
  return TARGET_IDS.has(id);
}

/** The national targets among a unit's indicators, in {@link NATIONAL_TARGETS}' order. */
export function nationalTargets(indicators: IndicatorValue[]): IndicatorValue[] {
  const order = NATIONAL_TARGETS.map((target) => target.id);
  return indicators.filter((value) => isNationalTarget(value.id)).sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
}

const signed = new Intl.NumberFormat(t.locale, { maximumFractionDigits: 2, signDisplay: 'exceptZero' });

/** A value in its measure: "66,67%", "1,25 tập huấn viên/80 tổ". */
export function withMeasure(value: number, measure: string, digits = 2): string {
  const number = fmt.decimal(value, digits);
  return measure === '%' ? `${number}%` : `${number} ${measure}`;
}

/** A difference in the indicator's measure, with its sign: "−14,5 điểm %", "+0,25 tập huấn viên/80 tổ". */
export function signedDifference(value: number, measure: string): string {
  const number = signed.format(value);
  return measure === '%' ? `${number} ${t.indicators.percentPoints}` : `${number} ${measure}`;
}

/** "Mục tiêu: ≥ 100%", or null for an indicator without a target. */
export function targetText(indicator: Pick<IndicatorValue, 'target' | 'comparison' | 'measure'>): string | null {
  if (indicator.target === null || indicator.target === undefined) {
    return null;
  }
  const comparison = t.indicators.comparison[indicator.comparison ?? 'AT_LEAST'] ?? '≥';
  return t.indicators.target(comparison, withMeasure(indicator.target, indicator.measure));
}

/** The numerator and denominator in words: "12 trong số 15 tổ hòa giải đủ số lượng, thành phần". */
export function fractionText(indicator: IndicatorValue): string {
  const n = fmt.integer(indicator.numerator);
  const d = fmt.integer(indicator.denominator ?? 0);
  return (t.indicators.fraction[indicator.id] ?? t.indicators.fractionOther)(n, d);
}

/** A reporting period as people say it: "tháng 05/2026", "quý 3/2026", "năm 2026". */
export function periodText(period: string): string {
  let match = /^(\d{4})-(\d{2})$/.exec(period);
  if (match) {
    return t.indicators.periods.month(match[2]!, match[1]!);
  }
  match = /^(\d{4})-Q([1-4])$/i.exec(period);
  if (match) {
    return t.indicators.periods.quarter(match[2]!, match[1]!);
  }
  return /^\d{4}$/.test(period) ? t.indicators.periods.year(period) : period;
}

/** "05/2026" for "2026-05". */
export function monthLabel(period: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(period);
  return match ? `${match[2]}/${match[1]}` : period;
}

/**
 * The last `count` months up to the current one in the province's time zone, oldest first, as the API
 * names them ("2025-06" … "2026-05").
 */
export function lastMonths(count: number, now: Date = new Date()): string[] {
  const parts = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', timeZone: t.timeZone })
    .formatToParts(now);
  let year = Number(parts.find((part) => part.type === 'year')!.value);
  let month = Number(parts.find((part) => part.type === 'month')!.value);
  const months: string[] = [];
  for (let i = 0; i < count; i++) {
    months.unshift(`${year}-${String(month).padStart(2, '0')}`);
    month -= 1;
    if (month === 0) {
      month = 12;
      year -= 1;
    }
  }
  return months;
}

/** A short text that changes whenever figures change: an AsOf's place in the rollup topic. */
export function stamp(asOf: AsOf | null | undefined): string {
  return asOf ? `${asOf.partition}:${asOf.offset}` : '';
}

/**
 * A counter that grows `delayMs` after `key` last changed, so that what depends on it is loaded again
 * once a burst of live changes has settled. The first key seen in a `scope` (the unit looked at), and
 * an empty key (nothing loaded yet), load nothing again: the scope's first load does that.
 */
export function useDebouncedRefresh(scope: string, key: string, delayMs = 1000): number {
  const [round, setRound] = useState(0);
  const seen = useRef<{ scope: string; key: string }>({ scope, key: '' });
  useEffect(() => {
    const before = seen.current;
    seen.current = { scope, key };
    if (before.scope !== scope || before.key === '' || key === '' || before.key === key) {
      return undefined;
    }
    const timer = setTimeout(() => setRound((n) => n + 1), delayMs);
    return () => clearTimeout(timer);
  }, [scope, key, delayMs]);
  return round;
}
