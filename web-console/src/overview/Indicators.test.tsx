import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import type { UnitLevel } from '../api';
import type { IndicatorsApi, IndicatorValue, UnitIndicators } from '../api/reporting';
import { createServices, ServicesProvider } from '../app/services';
import {
  asOf,
  change,
  DISTRICTS,
  FakeEventSource,
  fakeReporting,
  mount,
  rollup,
  settle,
  unusedRegistry,
  waitFor,
} from '../test/fakes';
import { relativeLuminance } from '../map/colour';
import { CaseSuccessSection } from './CaseSuccessChart';
import { OverviewPage } from './OverviewPage';

const PROVINCE = { code: '52', name: 'Tỉnh Bình Định', level: 'PROVINCE' as UnitLevel, parentCode: null };

function indicator(id: string, fields: Partial<IndicatorValue> = {}): IndicatorValue {
  return {
    id,
    name: id,
    measure: '%',
    unit: PROVINCE,
    period: null,
    numerator: 0,
    denominator: 0,
    value: null,
    target: 100,
    comparison: 'AT_LEAST',
    gap: null,
    met: null,
    previous: null,
    asOf: asOf(10),
    ...fields,
  };
}

/** The province's indicators as things stand, as the API answers them. */
function provinceIndicators(compliant = 2): UnitIndicators {
  const value = Math.round((compliant * 10000) / 3) / 100;
  return {
    unit: PROVINCE,
    period: null,
    asOf: asOf(10),
    indicators: [
      indicator('teamsCompliantShare', {
        name: 'Tỷ lệ tổ hòa giải đủ số lượng, thành phần theo Luật Hòa giải ở cơ sở',
        numerator: compliant,
        denominator: 3,
        value,
        gap: Math.round((value - 100) * 100) / 100,
        met: value >= 100,
      }),
      indicator('districtTrainersPer80Teams', {
        name: 'Số tập huấn viên cấp huyện trên 80 tổ hòa giải',
        measure: 'tập huấn viên/80 tổ',
        numerator: 1,
        denominator: 64,
        value: 1.25,
        target: 1,
        gap: 0.25,
        met: true,
      }),
      indicator('caseSuccessRate', {
        name: 'Tỷ lệ vụ việc hòa giải thành',
        numerator: 0,
        denominator: 0,
        target: 85,
      }),
      // A plain count: not a national target, not a tile.
      indicator('teams', { name: 'Số tổ hòa giải', measure: 'tổ', numerator: 3, denominator: null, value: 3, target: null, comparison: null }),
    ],
  };
}

/** A district's share of compliant teams: 540 meets the target, 547 does not, 551 has no teams. */
function districtShare(code: string, name: string): IndicatorValue {
  const shares: Record<string, [number, number]> = { '540': [3, 3], '547': [1, 4], '542': [1, 2] };
  const [n, d] = shares[code] ?? [0, 0];
  const value = d > 0 ? Math.round((n * 10000) / d) / 100 : null;
  return indicator('teamsCompliantShare', {
    unit: { code, name, level: 'DISTRICT', parentCode: '52' },
    numerator: n,
    denominator: d,
    value,
    gap: value === null ? null : value - 100,
    met: value === null ? null : value >= 100,
  });
}

function fakeIndicators(answers: { ofUnit?: (unit: string, period: string | null | undefined) => UnitIndicators } = {}) {
  const api = {
    ofUnit: vi.fn((unit: string, period?: string | null) =>
      Promise.resolve(answers.ofUnit ? answers.ofUnit(unit, period) : provinceIndicators()),
    ),
    children: vi.fn((_unit: string, id: string) =>
      Promise.resolve({
        indicator: id,
        period: null,
        asOf: asOf(10),
        parent: indicator(id, { value: 66.67, numerator: 6, denominator: 9, gap: -33.33, met: false }),
        children: DISTRICTS.map(([code, name]) => districtShare(code, name)),
      }),
    ),
  } satisfies IndicatorsApi;
  return api;
}

function setUp(indicators: IndicatorsApi) {
  const districts = DISTRICTS.map(([code, name]) =>
    rollup(code, name, 'DISTRICT', '52', { teams: code === '540' ? 3 : 0 }, 5),
  );
  const province = rollup('52', 'Tỉnh Bình Định', 'PROVINCE', null, { teams: 3, teamsCompliant: 2 }, 10);
  const reporting = { ...fakeReporting([province, ...districts], { '52': DISTRICTS.map(([code]) => code) }), indicators };
  return mount(
    <ServicesProvider services={createServices(reporting, unusedRegistry())}>
      <OverviewPage unitCode="52" />
    </ServicesProvider>,
  );
}

function tileText(root: HTMLElement, id: string, part: string): string {
  return root.querySelector(`[data-indicator="${id}"] .indicator__${part}`)?.textContent ?? '';
}

describe("the overview's national targets", () => {
  beforeEach(() => {
    FakeEventSource.instances.length = 0;
  });

  it('shows each national target as a tile: value, target, gap, met or not, in words', async () => {
    const root = setUp(fakeIndicators());
    await waitFor(() => expect(root.querySelectorAll('[data-indicator]')).toHaveLength(3));

    expect([...root.querySelectorAll('[data-indicator]')].map((tile) => tile.getAttribute('data-indicator'))).toEqual([
      'teamsCompliantShare',
      'districtTrainersPer80Teams',
      'caseSuccessRate',
    ]);
    expect(tileText(root, 'teamsCompliantShare', 'value')).toBe('66,67%');
    expect(tileText(root, 'teamsCompliantShare', 'target')).toBe('Mục tiêu: ≥ 100%');
    expect(tileText(root, 'teamsCompliantShare', 'gap')).toBe('✗ Chưa đạt · Chênh lệch: -33,33 điểm %');
    expect(tileText(root, 'teamsCompliantShare', 'fraction')).toBe(
      '2 trong số 3 tổ hòa giải đủ số lượng, thành phần',
    );
    expect(tileText(root, 'teamsCompliantShare', 'as-of')).toBe('Cập nhật lúc 10:04:05 20/11/2026');
    expect(root.querySelector('[data-indicator="teamsCompliantShare"]')!.classList).toContain('indicator--unmet');

    expect(tileText(root, 'districtTrainersPer80Teams', 'value')).toBe('1,25 tập huấn viên/80 tổ');
    expect(tileText(root, 'districtTrainersPer80Teams', 'target')).toBe('Mục tiêu: ≥ 1 tập huấn viên/80 tổ');
    expect(tileText(root, 'districtTrainersPer80Teams', 'gap')).toBe('✓ Đạt · Chênh lệch: +0,25 tập huấn viên/80 tổ');

    // Nothing to divide by: said so, neither met nor not.
    expect(tileText(root, 'caseSuccessRate', 'value')).toBe('—');
    expect(tileText(root, 'caseSuccessRate', 'gap')).toBe('Chưa có số liệu để tính');

    // The figure tiles are still there, as they were.
    expect(root.querySelector('[data-figure="teams"] .tile__value')!.textContent).toBe('3');
  });

  it('loads the tiles again a second after the live feed changes the unit', async () => {
    let compliant = 2;
    const api = fakeIndicators({ ofUnit: () => provinceIndicators(compliant) });
    const root = setUp(api);
    await waitFor(() => expect(tileText(root, 'teamsCompliantShare', 'value')).toBe('66,67%'));
    const before = api.ofUnit.mock.calls.filter(([, period]) => !period).length;

    compliant = 3;
    act(() => {
      FakeEventSource.latest().open();
      FakeEventSource.latest().emit('rollup', change('52', { teamsCompliant: 3 }, 11));
    });
    await settle(2);
    expect(tileText(root, 'teamsCompliantShare', 'value')).toBe('66,67%');

    await act(() => new Promise((resolve) => setTimeout(resolve, 1100)));
    await waitFor(() => expect(tileText(root, 'teamsCompliantShare', 'value')).toBe('100%'));
    expect(api.ofUnit.mock.calls.filter(([, period]) => !period).length).toBe(before + 1);
    expect(tileText(root, 'teamsCompliantShare', 'gap')).toBe('✓ Đạt · Chênh lệch: 0 điểm %');
  });

  it('colours the map by a chosen ratio, marking the districts short of the target', async () => {
    const api = fakeIndicators();
    const root = setUp(api);
    await waitFor(() => expect(root.querySelector("path[data-code='540'][data-value]")).not.toBeNull());
    // By default the map shows the number of teams, as before.
    expect(root.querySelector("path[data-code='540']")!.getAttribute('data-value')).toBe('3');

    const select = root.querySelector<HTMLSelectElement>('#map-figure')!;
    act(() => {
      select.value = 'teamsCompliantShare';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await waitFor(() => expect(root.querySelector("path[data-code='547']")!.getAttribute('data-value')).toBe('25'));

    expect(api.children).toHaveBeenCalledWith('52', 'teamsCompliantShare', null, expect.anything());
    const path = (code: string) => root.querySelector(`path[data-code='${code}']`)!;
    expect(path('540').getAttribute('data-value')).toBe('100');
    expect(path('542').getAttribute('data-value')).toBe('50');
    expect(path('551').getAttribute('data-value')).toBeNull();
    expect(path('551').getAttribute('fill')).toBe('#e6e6e6');
    const luminance = (code: string) => relativeLuminance(path(code).getAttribute('fill')!);
    expect(luminance('540')).toBeLessThan(luminance('542'));
    expect(luminance('542')).toBeLessThan(luminance('547'));

    // Short of the target: hatched and said, not by colour alone.
    expect([...root.querySelectorAll('[data-unmet]')].map((p) => p.getAttribute('data-unmet')).sort()).toEqual(['542', '547']);
    expect(path('547').getAttribute('aria-label')).toBe(
      'Huyện Tây Sơn: 25% (Tỷ lệ tổ đủ số lượng, thành phần (%)) — chưa đạt mục tiêu',
    );
    expect(path('540').getAttribute('aria-label')).toContain('— đạt mục tiêu');
    expect(root.querySelector('.district-map__target')!.textContent).toBe(
      'Mục tiêu: ≥ 100%. Đạt: 1/3 huyện, thị xã, thành phố.',
    );
    expect(root.querySelector('.district-map__key')!.textContent).toContain('Chưa đạt mục tiêu');
  });
});

describe('the chart of the case success rate', () => {
  it('shows the last 12 months in order with their values, and the same as a table', async () => {
    const rates: Record<string, [number, number]> = { '2026-05': [9, 10], '2026-04': [8, 10], '2025-06': [1, 2] };
    const api = fakeIndicators({
      ofUnit: (_unit, period) => {
        const [n, d] = rates[period!] ?? [0, 0];
        const value = d > 0 ? (n * 100) / d : null;
        return {
          unit: PROVINCE,
          period: period ?? null,
          asOf: asOf(10),
          indicators: [
            indicator('caseSuccessRate', {
              period: period ?? null,
              numerator: n,
              denominator: d,
              value,
              target: 85,
              gap: value === null ? null : value - 85,
              met: value === null ? null : value >= 85,
            }),
          ],
        };
      },
    });
    const reporting = { ...fakeReporting([], {}), indicators: api };
    const root = mount(
      <ServicesProvider services={createServices(reporting, unusedRegistry())}>
        <CaseSuccessSection unitCode="52" unitName="Tỉnh Bình Định" now={new Date('2026-05-31T18:00:00Z')} />
      </ServicesProvider>,
    );
    await waitFor(() => expect(root.querySelectorAll('tbody tr')).toHaveLength(12));

    // 01:00 on 1 June in Việt Nam: the last month is June 2026.
    const months = [...root.querySelectorAll('g[data-month]')].map((bar) => bar.getAttribute('data-month'));
    expect(months[0]).toBe('2025-07');
    expect(months[11]).toBe('2026-06');
    expect(months).toEqual([...months].sort());
    expect(api.ofUnit.mock.calls.map(([, period]) => period).sort()).toEqual(months);

    const rows = [...root.querySelectorAll('tbody tr')].map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => cell.textContent),
    );
    expect(rows[0]).toEqual(['07/2025', '—', 'Không có vụ việc kết thúc', '—']);
    expect(rows[9]).toEqual(['04/2026', '80%', '8 / 10', 'Chưa đạt']);
    expect(rows[10]).toEqual(['05/2026', '90%', '9 / 10', 'Đạt']);

    expect(root.querySelector('g[data-month="2026-05"]')!.getAttribute('data-value')).toBe('90');
    expect(root.querySelector('g[data-month="2026-05"] rect title')!.textContent).toBe('05/2026: 90%');
    expect(root.querySelector('g[data-month="2025-07"] rect')).toBeNull();
    const svg = root.querySelector('svg[role="img"]')!;
    expect(svg.getAttribute('aria-labelledby')).toBe('case-chart-title case-chart-desc');
    expect(root.querySelector('#case-chart-desc')!.textContent).toBe(
      'Từ 07/2025 đến 06/2026; mục tiêu 85%; 1 trên 2 tháng có số liệu đạt mục tiêu.',
    );
    expect(root.querySelector('.trend-chart__legend')!.textContent).toContain('Mục tiêu: ≥ 85%');
  });
});
