import { describe, expect, it } from 'vitest';
import { createFormatters, fmt } from './format';

describe('Vietnamese formatting', () => {
  it('groups thousands with a dot and uses a decimal comma', () => {
    expect(fmt.decimal(1234.5)).toBe('1.234,5');
    expect(fmt.integer(1234567)).toBe('1.234.567');
    expect(fmt.integer(0)).toBe('0');
    expect(fmt.decimal(0.25, 2)).toBe('0,25');
  });

  it('shows shares as percentages with a decimal comma, and none when there is nothing to divide by', () => {
    expect(fmt.percent(6, 7)).toBe('85,7%');
    expect(fmt.percent(3, 3)).toBe('100%');
    expect(fmt.percent(0, 0)).toBeNull();
  });

  it('writes dates as dd/MM/yyyy, in Vietnam time whatever the browser is set to', () => {
    expect(fmt.date('2025-03-01T00:00:00+07:00')).toBe('01/03/2025');
    // 20:00 UTC on 1 March is already 2 March in Vietnam.
    expect(fmt.date(new Date('2025-03-01T20:00:00Z'))).toBe('02/03/2025');
  });

  it('writes times as HH:mm:ss dd/MM/yyyy, on a 24-hour clock', () => {
    expect(fmt.dateTime('2026-11-20T08:04:05.123Z')).toBe('15:04:05 20/11/2026');
    expect(fmt.dateTime('2026-11-19T17:00:00Z')).toBe('00:00:00 20/11/2026');
  });

  it('follows the locale it is given (for the English switch to come)', () => {
    const en = createFormatters('en-GB', 'Asia/Ho_Chi_Minh');
    expect(en.decimal(1234.5)).toBe('1,234.5');
    expect(en.date('2025-03-01T00:00:00+07:00')).toBe('01/03/2025');
  });
});
