import { beforeEach, describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { createServices, ServicesProvider } from '../app/services';
import {
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
import { OverviewPage } from './OverviewPage';

function province() {
  return rollup('52', 'Tỉnh Bình Định', 'PROVINCE', null, {
    teams: 3,
    teamsCompliant: 2,
    mediators: 9,
    mediatorsWomen: 3,
  }, 10);
}

function setUp() {
  const districts = DISTRICTS.map(([code, name], i) =>
    rollup(code, name, 'DISTRICT', '52', { teams: code === '540' ? 3 : 0, mediators: i }, 5),
  );
  const reporting = fakeReporting([province(), ...districts], { '52': DISTRICTS.map(([code]) => code) });
  const root = mount(
    <ServicesProvider services={createServices(reporting, unusedRegistry())}>
      <OverviewPage unitCode="52" />
    </ServicesProvider>,
  );
  return root;
}

function tile(root: HTMLElement, figure: string): string {
  return root.querySelector(`[data-figure="${figure}"] .tile__value`)!.textContent!;
}

describe('the overview page', () => {
  beforeEach(() => {
    FakeEventSource.instances.length = 0;
  });

  it("shows the province's figures in tiles, when they were last updated, and the units below", async () => {
    const root = setUp();
    await settle();

    expect(root.querySelector('h1')!.textContent).toBe('Tỉnh Bình Định');
    expect(tile(root, 'teams')).toBe('3');
    expect(tile(root, 'mediators')).toBe('9');
    expect(root.querySelector('[data-figure="teamsCompliant"] .tile__share')!.textContent).toBe('66,7% số tổ');
    expect(root.querySelector('[data-testid="as-of"]')!.textContent).toBe('Cập nhật lúc 10:04:05 20/11/2026');
    expect(root.querySelectorAll('tbody tr')).toHaveLength(11);
    expect(root.querySelector('tbody tr[data-code="540"] a')!.getAttribute('href')).toBe('#/tong-quan/540');
    await waitFor(() => expect(root.querySelectorAll('path[data-code]')).toHaveLength(11));
  });

  it('updates a tile, the map and the table from the live feed, without reloading', async () => {
    const root = setUp();
    await settle();
    await waitFor(() => expect(root.querySelectorAll('path[data-code]')).toHaveLength(11));
    const feed = FakeEventSource.latest();
    expect(feed.url).toBe('/api/reporting/rollups/changes');
    act(() => feed.open());
    expect(root.textContent).toContain('Đang cập nhật trực tiếp');

    const before = relativeLuminance(root.querySelector('path[data-code="547"]')!.getAttribute('fill')!);
    act(() => {
      feed.emit('rollup', change('52', { teams: 1234, teamsCompliant: 1000, mediators: 9 }, 11, '2026-11-20T04:00:00Z'));
      feed.emit('rollup', change('547', { teams: 9, mediators: 27 }, 12, '2026-11-20T04:00:00Z'));
    });
    await settle(1);

    expect(tile(root, 'teams')).toBe('1.234');
    expect(root.querySelector('[data-figure="teamsCompliant"] .tile__share')!.textContent).toBe('81% số tổ');
    expect(root.querySelector('[data-testid="as-of"]')!.textContent).toBe('Cập nhật lúc 11:00:00 20/11/2026');
    const after = relativeLuminance(root.querySelector('path[data-code="547"]')!.getAttribute('fill')!);
    expect(after).toBeLessThan(before);
    expect(root.querySelector('tbody tr[data-code="547"] td')!.textContent).toBe('9');
  });

  it('ignores a change older than what is shown', async () => {
    const root = setUp();
    await settle();
    act(() => FakeEventSource.latest().emit('rollup', change('52', { teams: 1 }, 9)));
    await settle(1);
    expect(tile(root, 'teams')).toBe('3');
  });
});
