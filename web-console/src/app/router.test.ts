import { describe, expect, it } from 'vitest';
import { parseRoute, paths } from './router';

describe('routes', () => {
  it('opens on the province, and reads units and communes from the hash', () => {
    expect(parseRoute('')).toEqual({ page: 'overview', unitCode: '52' });
    expect(parseRoute('#/tong-quan/540')).toEqual({ page: 'overview', unitCode: '540' });
    expect(parseRoute('#/to-hoa-giai/21550')).toEqual({ page: 'teams', communeCode: '21550' });
    expect(parseRoute('#/to-hoa-giai')).toEqual({ page: 'teams', communeCode: null });
    expect(parseRoute('#/tong-quan/<script>')).toEqual({ page: 'notFound' });
    expect(parseRoute('#/khac')).toEqual({ page: 'notFound' });
  });

  it('reads the courses page and a course by its id', () => {
    expect(parseRoute('#/lop-tap-huan')).toEqual({ page: 'courses' });
    expect(parseRoute('#/lop-tap-huan/7d0f3c8e-3b1a-4c55-9a4e-2f6f1c0b9a11')).toEqual({
      page: 'course',
      courseId: '7d0f3c8e-3b1a-4c55-9a4e-2f6f1c0b9a11',
    });
    expect(parseRoute('#/lop-tap-huan/%3Cscript%3E')).toEqual({ page: 'notFound' });
    expect(parseRoute('#/lop-tap-huan/a/b')).toEqual({ page: 'notFound' });
    expect(paths.course('abc-1')).toBe('#/lop-tap-huan/abc-1');
  });

  it('reads the units of the two-tier hierarchy, with their version after @, and a period', () => {
    expect(parseRoute('#/tong-quan/21553@2025-07-01')).toEqual({ page: 'overview', unitCode: '21553@2025-07-01' });
    expect(parseRoute('#/tong-quan/52%402025-07-01')).toEqual({ page: 'overview', unitCode: '52@2025-07-01' });
    expect(parseRoute('#/to-hoa-giai/21553@2025-07-01')).toEqual({ page: 'teams', communeCode: '21553@2025-07-01' });
    expect(parseRoute('#/tong-quan/52?ky=2025-Q2')).toEqual({ page: 'overview', unitCode: '52', period: '2025-Q2' });
    expect(parseRoute('#/tong-quan?ky=2024')).toEqual({ page: 'overview', unitCode: '52', period: '2024' });
    // A period that is not one is left out; an id that is not one is not a page.
    expect(parseRoute('#/tong-quan/540?ky=hom-qua')).toEqual({ page: 'overview', unitCode: '540' });
    expect(parseRoute('#/tong-quan/21553@hom-nay')).toEqual({ page: 'notFound' });
    expect(parseRoute('#/tong-quan/21553@2025-07-01@2025-07-01')).toEqual({ page: 'notFound' });
    expect(parseRoute('#/tong-quan/%E0%A4%A')).toEqual({ page: 'notFound' });

    expect(paths.overview('21553@2025-07-01')).toBe('#/tong-quan/21553@2025-07-01');
    expect(paths.overview('52@2025-07-01', '2025-Q2')).toBe('#/tong-quan/52@2025-07-01?ky=2025-Q2');
    expect(paths.overview('52', '2024')).toBe('#/tong-quan?ky=2024');
    expect(parseRoute(paths.overview('21553@2025-07-01', '2025-Q3'))).toEqual({
      page: 'overview',
      unitCode: '21553@2025-07-01',
      period: '2025-Q3',
    });
  });

  it('writes the links the pages use', () => {
    expect(paths.overview('540')).toBe('#/tong-quan/540');
    expect(paths.overview('52')).toBe('#/tong-quan');
    expect(paths.teams('21550')).toBe('#/to-hoa-giai/21550');
  });
});
