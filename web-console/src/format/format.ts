import { t } from '../i18n';

/**
 * Numbers and dates the Vietnamese way, through Intl: 1.234,5 and dd/MM/yyyy. Dates and times are
 * shown in the province's time zone (Asia/Ho_Chi_Minh), whatever the browser's.
 */
export interface Formatters {
  /** 1234567 → "1.234.567" */
  integer(value: number): string;
  /** 1234.5 → "1.234,5" (at most `fractionDigits` decimals, 1 by default) */
  decimal(value: number, fractionDigits?: number): string;
  /** 0.855 → "85,5%"; null when the share is undefined (nothing to divide by) */
  percent(numerator: number, denominator: number): string | null;
  /** → "01/03/2025" */
  date(value: Date | string): string;
  /** → "14:05:09 01/03/2025" */
  dateTime(value: Date | string): string;
  /** A calendar date as the API sends it, "2025-03-01" → "01/03/2025" (no time zone involved). */
  calendarDate(value: string): string;
}

export function createFormatters(locale: string, timeZone: string): Formatters {
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const decimals = new Map<number, Intl.NumberFormat>();
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const datePart = new Intl.DateTimeFormat(locale, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone,
  });
  const timePart = new Intl.DateTimeFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZone,
  });

  // Assembled from parts so the order and the separators do not depend on the browser's locale data.
  const date = (value: Date | string): string => {
    const parts = partsOf(datePart, value);
    return `${parts.day}/${parts.month}/${parts.year}`;
  };
  const time = (value: Date | string): string => {
    const parts = partsOf(timePart, value);
    return `${parts.hour}:${parts.minute}:${parts.second}`;
  };

  return {
    integer: (value) => integer.format(value),
    decimal(value, fractionDigits = 1) {
      let format = decimals.get(fractionDigits);
      if (!format) {
        format = new Intl.NumberFormat(locale, { maximumFractionDigits: fractionDigits });
        decimals.set(fractionDigits, format);
      }
      return format.format(value);
    },
    percent: (numerator, denominator) => (denominator > 0 ? percent.format(numerator / denominator) : null),
    date,
    dateTime: (value) => `${time(value)} ${date(value)}`,
    calendarDate: (value) => {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
      return match ? `${match[3]}/${match[2]}/${match[1]}` : value;
    },
  };
}

function partsOf(format: Intl.DateTimeFormat, value: Date | string): Record<string, string> {
  const instant = typeof value === 'string' ? new Date(value) : value;
  const parts: Record<string, string> = {};
  for (const part of format.formatToParts(instant)) {
    parts[part.type] = part.value;
  }
  return parts;
}

/** The formatters of the language in force. */
export const fmt: Formatters = createFormatters(t.locale, t.timeZone);
