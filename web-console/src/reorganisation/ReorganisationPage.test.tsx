import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Reorganisation } from '../api/registry';
import { parseRoute, paths } from '../app/router';
import { ServicesProvider } from '../app/services';
import { SessionProvider } from '../auth/context';
import { canOpen, type Role, type User } from '../auth/user';
import { registryMenu } from '../people/menu';
import { mount, settle, waitFor } from '../test/fakes';
import { button, type Call, click, fakeGateway, fill, invalid } from '../test/registryGateway';
import { ReorganisationPage } from './ReorganisationPage';

const unit = (code: string, name: string, level: string, parentCode: string | null) => ({
  code,
  name,
  type: 'X',
  level,
  parentCode,
  hierarchyVersion: code.includes('@') ? '2025-07-01' : '2025-03-01',
  validUntil: code.includes('@') ? null : '2025-07-01',
});

/** The registry's units, by the query the page sends. */
function units(call: Call): unknown {
  const query = new URL(call.url, 'http://gateway').searchParams;
  const key = `${query.get('hierarchy')}|${query.get('level')}|${query.get('parent') ?? ''}`;
  const answers: Record<string, unknown[]> = {
    '2025-03-01|PROVINCE|': [unit('52', 'Tỉnh Bình Định', 'PROVINCE', null)],
    '2025-03-01|DISTRICT|52': [unit('540', 'Thành phố Quy Nhơn', 'DISTRICT', '52')],
    '2025-03-01|COMMUNE|540': [
      unit('21550', 'Phường Nhơn Bình', 'COMMUNE', '540'),
      unit('21556', 'Xã Nhơn Hội', 'COMMUNE', '540'),
    ],
    '2025-07-01|COMMUNE|52@2025-07-01': [
      unit('21553@2025-07-01', 'Phường Quy Nhơn Bắc', 'COMMUNE', '52@2025-07-01'),
      unit('21601@2025-07-01', 'Phường Quy Nhơn Đông', 'COMMUNE', '52@2025-07-01'),
      unit('21602@2025-07-01', 'Xã Nhơn Hội mới', 'COMMUNE', '52@2025-07-01'),
    ],
  };
  return answers[key] ?? [];
}

const EARLIER: Reorganisation = {
  id: 'r0',
  provinceCode: '52',
  hierarchy: '2025-07-01',
  by: 'so.tuphap',
  startedAt: '2025-07-02T01:00:00Z',
  finishedAt: '2025-07-02T01:00:05Z',
  dryRun: false,
  teamsToMove: 2,
  teamsMoved: 2,
  moves: { '21550>21553@2025-07-01': 2 },
  assumed: [],
  unresolved: [],
};

/** What the server answers a run: Lý Chánh's team, of split Nhơn Hội, placed in the first new commune unless told. */
function run(call: Call): Reorganisation {
  const body = call.body as { provinceCode: string; assignments?: Record<string, string>; dryRun?: boolean };
  const chosen = body.assignments?.['t-7'];
  const dryRun = body.dryRun === true;
  return {
    id: dryRun ? 'dry' : 'r1',
    provinceCode: body.provinceCode,
    hierarchy: '2025-07-01',
    by: 'so.tuphap',
    startedAt: '2026-11-20T03:00:00Z',
    finishedAt: dryRun ? null : '2026-11-20T03:00:04Z',
    dryRun,
    teamsToMove: 5,
    teamsMoved: dryRun ? 0 : 5,
    moves: {
      '21550>21553@2025-07-01': 3,
      [`21556>${chosen ?? '21601@2025-07-01'}`]: 2,
    },
    assumed: chosen
      ? []
      : [{
          teamId: 't-7',
          teamName: 'Tổ hòa giải thôn Lý Chánh',
          fromCommune: '21556',
          toCommune: '21601@2025-07-01',
          choices: ['21601@2025-07-01', '21602@2025-07-01'],
        }],
    unresolved: [],
  };
}

function setUp() {
  const runs: Reorganisation[] = [EARLIER];
  const gateway = fakeGateway()
    .on('GET', /^\/api\/registry\/units\?/, units)
    .on('GET', '/api/registry/reorganisations', () => runs)
    .on('POST', '/api/registry/reorganisations', (call: Call) => {
      const answer = run(call);
      if (!answer.dryRun) {
        runs.unshift(answer);
      }
      return answer;
    });
  const root = mount(
    <SessionProvider value={{ user: { subject: 'so.tuphap', name: 'Sở Tư pháp', role: 'PROVINCE_ADMIN', unit: '52' }, signOut: () => {} }}>
      <ServicesProvider services={gateway.services()}>
        <ReorganisationPage />
      </ServicesProvider>
    </SessionProvider>,
  );
  return { gateway, root };
}

const posts = (gateway: ReturnType<typeof fakeGateway>) =>
  gateway.sent('POST', '/api/registry/reorganisations').map((call) => call.body);

const rows = (root: HTMLElement, table: string) =>
  [...root.querySelectorAll(`#${table} tbody tr`)].map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent));

describe('re-homing the teams to the new communes', () => {
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });

  it('previews how many teams move, old commune to new, and lets the province choose for a split commune', async () => {
    const { gateway, root } = setUp();
    await waitFor(() => expect(root.querySelector<HTMLSelectElement>('#f-reorg-provinceCode')?.value).toBe('52'));
    expect(root.querySelector('h1')!.textContent).toBe('Sắp xếp tổ hòa giải theo đơn vị hành chính mới');
    expect(root.querySelector('#f-reorg-provinceCode option')!.textContent).toBe('Tỉnh Bình Định (mã 52)');
    // Nothing can be carried out before it has been seen.
    const buttons = () => [...root.querySelectorAll('button')].map((b) => b.textContent);
    expect(buttons()).toEqual(['Xem trước']);

    click(button(root, 'Xem trước'));
    await waitFor(() => expect(root.querySelector('[data-testid="preview"]')).not.toBeNull());
    expect(posts(gateway)).toEqual([{ provinceCode: '52', dryRun: true }]);
    expect(root.querySelector('[data-testid="preview"] [role="status"]')!.textContent).toBe('Sẽ chuyển 5 tổ hòa giải sang xã mới.');
    await waitFor(() => expect(rows(root, 'preview-moves')[0]![0]).toBe('Phường Nhơn Bình (mã 21550)'));
    expect(rows(root, 'preview-moves')).toEqual([
      ['Phường Nhơn Bình (mã 21550)', 'Phường Quy Nhơn Bắc (mã 21553)', '3'],
      ['Xã Nhơn Hội (mã 21556)', 'Phường Quy Nhơn Đông (mã 21601)', '2'],
    ]);

    // The team of split Nhơn Hội: its new commune among those Nhơn Hội went into, by name.
    const select = root.querySelector<HTMLSelectElement>('#f-reorg-assignments-t-7')!;
    expect(root.querySelector('label[for="f-reorg-assignments-t-7"]')!.textContent).toBe(
      'Tổ hòa giải thôn Lý Chánh (xã cũ: Xã Nhơn Hội)',
    );
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'Phường Quy Nhơn Đông (mã 21601)',
      'Xã Nhơn Hội mới (mã 21602)',
    ]);
    expect(select.value).toBe('21601@2025-07-01');
    fill(root, 'f-reorg-assignments-t-7', '21602@2025-07-01');
    click(button(root, 'Xem trước'));
    await waitFor(() => expect(posts(gateway)).toHaveLength(2));
    expect(posts(gateway)[1]).toEqual({ provinceCode: '52', assignments: { 't-7': '21602@2025-07-01' }, dryRun: true });
    await waitFor(() => expect(rows(root, 'preview-moves')[1]![1]).toBe('Xã Nhơn Hội mới (mã 21602)'));
    // The choice stays, though the server no longer had to assume it.
    expect(root.querySelector<HTMLSelectElement>('#f-reorg-assignments-t-7')!.value).toBe('21602@2025-07-01');

    // Carried out only once confirmed.
    click(button(root, 'Thực hiện'));
    expect(root.querySelector('.confirm')!.textContent).toContain('Chuyển 5 tổ hòa giải sang các xã mới?');
    expect(document.activeElement!.textContent).toBe('Xác nhận thực hiện');
    expect(posts(gateway)).toHaveLength(2);
    click(button(root, 'Xác nhận thực hiện'));
    await waitFor(() => expect(root.querySelector('[data-testid="result"]')).not.toBeNull());
    expect(posts(gateway)[2]).toEqual({ provinceCode: '52', assignments: { 't-7': '21602@2025-07-01' }, dryRun: false });
    expect(root.querySelector('[data-testid="result"] [role="status"]')!.textContent).toBe(
      'Đã chuyển 5/5 tổ hòa giải sang xã mới. Hoàn tất lúc 10:00:04 20/11/2026.',
    );
    expect(root.querySelector('#f-reorg-assignments-t-7')).toBeNull();

    // The runs so far, newest first, the new one among them.
    await waitFor(() => expect(rows(root, 'reorg-runs')).toHaveLength(2));
    expect(rows(root, 'reorg-runs')).toEqual([
      ['10:00:00 20/11/2026', 'so.tuphap', '52', '5/5', '10:00:04 20/11/2026'],
      ['08:00:00 02/07/2025', 'so.tuphap', '52', '2/2', '08:00:05 02/07/2025'],
    ]);
  });

  it("shows the server's objection to a choice beside that team", async () => {
    const { gateway, root } = setUp();
    await waitFor(() => expect(root.querySelector('#f-reorg-provinceCode')).not.toBeNull());
    click(button(root, 'Xem trước'));
    await waitFor(() => expect(root.querySelector('#f-reorg-assignments-t-7')).not.toBeNull());
    gateway.on('POST', '/api/registry/reorganisations', (call: Call) =>
      (call.body as { dryRun: boolean }).dryRun
        ? run(call)
        : invalid([{ field: 'assignments.t-7', message: 'Xã 21556 được sắp xếp vào 21601@2025-07-01, không vào 21553@2025-07-01' }]),
    );

    click(button(root, 'Thực hiện'));
    click(button(root, 'Xác nhận thực hiện'));
    await waitFor(() => expect(root.querySelector('#f-reorg-assignments-t-7')!.getAttribute('aria-invalid')).toBe('true'));

    const select = root.querySelector('#f-reorg-assignments-t-7')!;
    const message = document.getElementById(select.getAttribute('aria-describedby')!.split(' ').pop()!)!;
    expect(message.textContent).toContain('không vào 21553@2025-07-01');
    expect(select.closest('.field')!.contains(message)).toBe(true);
    expect(root.querySelector('.error-summary')!.textContent).toContain('Tổ hòa giải thôn Lý Chánh');
    // Back to the choices: the confirmation is closed, nothing was carried out.
    expect(root.querySelector('.confirm')).toBeNull();
    expect(root.querySelector('[data-testid="result"]')).toBeNull();

    // Changing the choice clears the message.
    fill(root, 'f-reorg-assignments-t-7', '21602@2025-07-01');
    await settle(1);
    expect(root.querySelector('#f-reorg-assignments-t-7')!.getAttribute('aria-invalid')).toBeNull();
  });

  it('is the province admin’s only: in the menu and as a page', () => {
    const user = (role: Role, code: string): User => ({ subject: 'u', name: 'u', role, unit: code });
    const route = parseRoute('#/sap-xep-to-hoa-giai');
    expect(route).toEqual({ page: 'reorganisation' });
    expect(paths.reorganisation()).toBe('#/sap-xep-to-hoa-giai');
    expect(registryMenu(user('PROVINCE_ADMIN', '52'), route).at(-1)).toEqual({
      href: '#/sap-xep-to-hoa-giai',
      label: 'Sắp xếp theo xã mới',
      current: true,
    });
    for (const role of ['DISTRICT_OFFICER', 'COMMUNE_OFFICER', 'TRAINER', 'ANALYST'] as const) {
      expect(registryMenu(user(role, '540'), route).map((item) => item.href)).not.toContain('#/sap-xep-to-hoa-giai');
      expect(canOpen(user(role, '540'), route)).toBe(false);
    }
    expect(canOpen(user('PROVINCE_ADMIN', '52'), route)).toBe(true);
  });
});
