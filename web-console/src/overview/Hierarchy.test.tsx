import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import type { UnitRef } from '../api';
import type { Hierarchies, HierarchiesApi, HierarchyVersion, IndicatorsApi, IndicatorValue, UnitLineage } from '../api/reporting';
import { createServices, ServicesProvider } from '../app/services';
import { asOf, DISTRICTS, FakeEventSource, fakeReporting, mount, rollup, settle, unusedRegistry, waitFor } from '../test/fakes';
import { OverviewPage } from './OverviewPage';

const BINH_DINH: UnitRef = { code: '52', name: 'Tỉnh Bình Định', level: 'PROVINCE', parentCode: null };
const GIA_LAI: UnitRef = { code: '52@2025-07-01', name: 'Tỉnh Gia Lai', level: 'PROVINCE', parentCode: null };
const QUY_NHON: UnitRef = { code: '540', name: 'Thành phố Quy Nhơn', level: 'DISTRICT', parentCode: '52' };
const NHON_BINH: UnitRef = { code: '21550', name: 'Phường Nhơn Bình', level: 'COMMUNE', parentCode: '540' };
const NHON_HOI: UnitRef = { code: '21556', name: 'Xã Nhơn Hội', level: 'COMMUNE', parentCode: '540' };
const QUY_NHON_BAC: UnitRef = { code: '21553@2025-07-01', name: 'Phường Quy Nhơn Bắc', level: 'COMMUNE', parentCode: GIA_LAI.code };

/** Gia Lai's 58 communes of 2025-07-01: Quy Nhơn Bắc and 57 others. */
const NEW_COMMUNES: UnitRef[] = [
  QUY_NHON_BAC,
  ...Array.from({ length: 57 }, (_, i): UnitRef => ({
    code: `${21600 + i}@2025-07-01`,
    name: `Xã mới số ${i + 1}`,
    level: 'COMMUNE',
    parentCode: GIA_LAI.code,
  })),
];

const VERSIONS: Hierarchies['versions'] = [
  { version: '2025-03-01', name: 'Ba cấp (tỉnh, huyện, xã)', validFrom: null, validUntil: '2025-07-01', provinces: [BINH_DINH] },
  { version: '2025-07-01', name: 'Hai cấp (tỉnh, xã) từ ngày 01/07/2025', validFrom: '2025-07-01', validUntil: null, provinces: [GIA_LAI] },
];

/** As the server says: the version in force on the period's last day, today (November 2026) without one. */
function inForce(period: string | null | undefined): HierarchyVersion {
  if (!period) {
    return '2025-07-01';
  }
  const year = Number(period.slice(0, 4));
  const quarter = /-Q([1-4])$/.exec(period)?.[1];
  const month = /-(\d{2})$/.exec(period)?.[1];
  const lastMonth = quarter ? Number(quarter) * 3 : month ? Number(month) : 12;
  return year < 2025 || (year === 2025 && lastMonth < 7) ? '2025-03-01' : '2025-07-01';
}

const LINEAGE: Record<string, UnitLineage> = {
  '52': { unit: BINH_DINH, hierarchy: '2025-03-01', formedFrom: [], wentInto: [{ unit: GIA_LAI, shares: 1 }] },
  '52@2025-07-01': { unit: GIA_LAI, hierarchy: '2025-07-01', formedFrom: [{ unit: BINH_DINH, shares: 1 }], wentInto: [] },
  '21553@2025-07-01': {
    unit: QUY_NHON_BAC,
    hierarchy: '2025-07-01',
    formedFrom: [
      { unit: NHON_BINH, shares: 1 },
      { unit: NHON_HOI, shares: 3 },
    ],
    wentInto: [],
  },
  '21550': { unit: NHON_BINH, hierarchy: '2025-03-01', formedFrom: [], wentInto: [{ unit: QUY_NHON_BAC, shares: 1 }] },
  '540': { unit: QUY_NHON, hierarchy: '2025-03-01', formedFrom: [], wentInto: [{ unit: QUY_NHON_BAC, shares: 1 }] },
};

function fakeHierarchies() {
  return {
    versions: vi.fn((period?: string | null) =>
      Promise.resolve<Hierarchies>({ period: period ?? null, inForce: inForce(period), versions: VERSIONS, unresolved: [] }),
    ),
    unit: vi.fn((code: string) => (LINEAGE[code] ? Promise.resolve(LINEAGE[code]) : Promise.reject(new Error(`no unit ${code}`)))),
  } satisfies HierarchiesApi;
}

const UNITS: Record<string, UnitRef> = Object.fromEntries(
  [BINH_DINH, GIA_LAI, QUY_NHON, NHON_BINH, NHON_HOI, ...NEW_COMMUNES].map((unit) => [unit.code, unit]),
);

/** The compliant share of whichever unit, for whichever period asked. */
function fakeIndicators() {
  return {
    ofUnit: vi.fn((code: string, period?: string | null) =>
      Promise.resolve({
        unit: UNITS[code] ?? BINH_DINH,
        period: period ?? null,
        asOf: asOf(10),
        indicators: [
          {
            id: 'teamsCompliantShare',
            name: 'Tỷ lệ tổ hòa giải đủ số lượng, thành phần theo Luật Hòa giải ở cơ sở',
            measure: '%',
            unit: UNITS[code] ?? BINH_DINH,
            period: period ?? null,
            numerator: 2,
            denominator: 4,
            value: 50,
            target: 100,
            comparison: 'AT_LEAST',
            gap: -50,
            met: false,
            previous: null,
            asOf: asOf(10),
          } satisfies IndicatorValue,
        ],
      }),
    ),
    children: vi.fn(() => Promise.reject(new Error('not used'))),
  } satisfies IndicatorsApi;
}

function setUp(unitCode: string, period?: string) {
  const rollups = [
    rollup('52', BINH_DINH.name, 'PROVINCE', null, { teams: 12 }, 10),
    ...DISTRICTS.map(([code, name]) => rollup(code, name, 'DISTRICT', '52', { teams: 1 }, 5)),
    rollup('21550', NHON_BINH.name, 'COMMUNE', '540', { teams: 4 }, 5),
    rollup(GIA_LAI.code, GIA_LAI.name, 'PROVINCE', null, { teams: 12 }, 10),
    ...NEW_COMMUNES.map((unit) => rollup(unit.code, unit.name, 'COMMUNE', GIA_LAI.code, { teams: 2 }, 5)),
  ];
  const hierarchies = fakeHierarchies();
  const indicators = fakeIndicators();
  const reporting = {
    ...fakeReporting(rollups, {
      '52': DISTRICTS.map(([code]) => code),
      '540': ['21550'],
      [GIA_LAI.code]: NEW_COMMUNES.map((unit) => unit.code),
    }),
    indicators,
    hierarchies,
  };
  const root = mount(
    <ServicesProvider services={createServices(reporting, unusedRegistry())}>
      <OverviewPage unitCode={unitCode} period={period} />
    </ServicesProvider>,
  );
  return { root, hierarchies, indicators };
}

function choice(root: HTMLElement, version: string): HTMLAnchorElement {
  return root.querySelector<HTMLAnchorElement>(`.hierarchy-switch li[data-version="${version}"] a`)!;
}

function choosePeriod(root: HTMLElement, period: string) {
  const select = root.querySelector<HTMLSelectElement>('#indicator-period')!;
  act(() => {
    select.value = period;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('the overview across the 2025 reorganisation', () => {
  beforeEach(() => {
    FakeEventSource.instances.length = 0;
  });

  it('switches between the province of each hierarchy, marking the one in force today', async () => {
    const { root } = setUp('52');
    await waitFor(() => expect(root.querySelector('.hierarchy-switch')).not.toBeNull());

    const nav = root.querySelector('.hierarchy-switch')!;
    expect(nav.tagName).toBe('NAV');
    expect(document.getElementById(nav.getAttribute('aria-labelledby')!)!.textContent).toBe('Danh mục đơn vị hành chính');
    const threeTier = choice(root, '2025-03-01');
    const twoTier = choice(root, '2025-07-01');
    expect(threeTier.textContent).toBe('Ba cấp (đến 30/6/2025)');
    expect(threeTier.getAttribute('aria-current')).toBe('true');
    expect(threeTier.getAttribute('href')).toBe('#/tong-quan');
    expect(twoTier.textContent).toBe('Hai cấp (từ 01/7/2025) đang áp dụng');
    expect(twoTier.getAttribute('aria-current')).toBeNull();
    expect(twoTier.getAttribute('href')).toBe('#/tong-quan/52@2025-07-01');
  });

  it('shows the two-tier province without a district map, with its 58 communes in the table', async () => {
    const { root } = setUp('52@2025-07-01');
    await waitFor(() => expect(root.querySelectorAll('tbody tr[data-code]')).toHaveLength(58));

    expect(root.querySelector('h1')!.textContent).toBe('Tỉnh Gia Lai');
    expect(root.querySelector('[data-testid="map-note"]')!.textContent).toBe(
      'Chưa có ranh giới các xã mới; xem bảng các xã bên dưới.',
    );
    await settle();
    expect(root.querySelector('path[data-code]')).toBeNull();
    expect(root.querySelector('#map-figure')).toBeNull();
    expect(root.querySelector('tbody tr[data-code="21553@2025-07-01"] a')!.getAttribute('href')).toBe(
      '#/tong-quan/21553@2025-07-01',
    );
    await waitFor(() => expect(choice(root, '2025-07-01').getAttribute('aria-current')).toBe('true'));
    expect(choice(root, '2025-03-01').getAttribute('href')).toBe('#/tong-quan');
    // Gia Lai says what it was formed from.
    expect(root.querySelector('[data-testid="lineage"] h2')!.textContent).toBe('Hình thành từ');
  });

  it('says when a chosen period falls under the other hierarchy, and links to it by the hierarchy in force then', async () => {
    const { root, indicators } = setUp('52@2025-07-01');
    await waitFor(() => expect(root.querySelector('[data-indicator="teamsCompliantShare"]')).not.toBeNull());
    expect(root.querySelector('[data-testid="period-notice"]')).toBeNull();

    choosePeriod(root, '2025-Q2');
    await waitFor(() => expect(root.querySelector('[data-testid="period-notice"]')).not.toBeNull());
    const notice = root.querySelector('[data-testid="period-notice"]')!;
    expect(notice.querySelector('p')!.textContent).toBe(
      'Quý 2/2025 thuộc thời gian áp dụng danh mục ba cấp. Số liệu theo danh mục hai cấp ở đây là số liệu quy đổi, để so sánh.',
    );
    const link = notice.querySelector('a')!;
    expect(link.textContent).toBe('Xem quý 2/2025 của Tỉnh Bình Định theo danh mục ba cấp (mặc định)');
    expect(link.getAttribute('href')).toBe('#/tong-quan?ky=2025-Q2');
    expect(notice.parentElement!.getAttribute('aria-live')).toBe('polite');
    // The tiles are the period's, recast; the address keeps the period.
    expect(indicators.ofUnit).toHaveBeenCalledWith('52@2025-07-01', '2025-Q2', expect.anything());
    expect(window.location.hash).toBe('#/tong-quan/52@2025-07-01?ky=2025-Q2');

    // A period of the two-tier hierarchy needs no notice.
    choosePeriod(root, '2025-Q3');
    await waitFor(() => expect(root.querySelector('[data-testid="period-notice"]')).toBeNull());
  });

  it('opens a period by the hierarchy in force then without a notice, and the other way round says so too', async () => {
    const { root, indicators } = setUp('52', '2025-Q2');
    await waitFor(() => expect(indicators.ofUnit).toHaveBeenCalledWith('52', '2025-Q2', expect.anything()));
    expect(root.querySelector<HTMLSelectElement>('#indicator-period')!.value).toBe('2025-Q2');
    await settle();
    expect(root.querySelector('[data-testid="period-notice"]')).toBeNull();

    choosePeriod(root, '2025');
    await waitFor(() => expect(root.querySelector('[data-testid="period-notice"]')).not.toBeNull());
    expect(root.querySelector('[data-testid="period-notice"] p')!.textContent).toBe(
      'Năm 2025 thuộc thời gian áp dụng danh mục hai cấp. Số liệu theo danh mục ba cấp ở đây là số liệu quy đổi, để so sánh.',
    );
    expect(root.querySelector('[data-testid="period-notice"] a')!.getAttribute('href')).toBe('#/tong-quan/52@2025-07-01?ky=2025');
  });

  it("shows a new commune's old communes, a split one as a share, and an old commune's new one", async () => {
    const { root } = setUp('21553@2025-07-01');
    await waitFor(() => expect(root.querySelector('[data-testid="lineage"]')).not.toBeNull());

    const panel = root.querySelector('[data-testid="lineage"]')!;
    expect(panel.querySelector('h2')!.textContent).toBe('Hình thành từ');
    const items = [...panel.querySelectorAll('li')];
    expect(items.map((li) => li.textContent)).toEqual([
      'Phường Nhơn Bình (Mã 21550)',
      'Xã Nhơn Hội (Mã 21556) — một phần (1/3)',
    ]);
    expect(items[0]!.querySelector('a')!.getAttribute('href')).toBe('#/tong-quan/21550');
    expect(root.querySelector('.breadcrumb a')!.textContent).toBe('Tỉnh Gia Lai');
    expect(root.querySelector('[data-testid="map-note"]')).not.toBeNull();
    // The switch goes to the three-tier province, through Gia Lai's own lineage.
    await waitFor(() => expect(choice(root, '2025-03-01').getAttribute('href')).toBe('#/tong-quan'));
  });

  it('tells on an old commune which new commune it belongs to after 01/7/2025, and keeps its district map', async () => {
    const { root } = setUp('21550');
    await waitFor(() => expect(root.querySelector('[data-testid="lineage"]')).not.toBeNull());

    const panel = root.querySelector('[data-testid="lineage"]')!;
    expect(panel.querySelector('h2')!.textContent).toBe('Sau ngày 01/7/2025 thuộc');
    expect(panel.querySelector('a')!.textContent).toBe('Phường Quy Nhơn Bắc');
    expect(panel.querySelector('a')!.getAttribute('href')).toBe('#/tong-quan/21553@2025-07-01');
    await waitFor(() => expect(root.querySelectorAll('path[data-code]')).toHaveLength(11));
    expect(root.querySelector('[data-testid="map-note"]')).toBeNull();
    expect(choice(root, '2025-07-01').getAttribute('href')).toBe('#/tong-quan/52@2025-07-01');

    // A district, abolished: the new communes its area went into.
    const district = setUp('540').root;
    await waitFor(() => expect(district.querySelector('[data-testid="lineage"]')).not.toBeNull());
    expect(district.querySelector('[data-testid="lineage"] h2')!.textContent).toBe('Sau ngày 01/7/2025, địa bàn thuộc các xã, phường');
  });
});
