import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { LegalSupportView } from '../api/registry';
import { ServicesProvider } from '../app/services';
import { SessionProvider } from '../auth/context';
import { mount, settle, waitFor } from '../test/fakes';
import { button, click, fakeGateway, fill, invalid } from '../test/registryGateway';
import { LegalSupportersPage } from './LegalSupportersPage';

const SUPPORT: LegalSupportView = {
  id: 's1',
  teamId: 't1',
  communeCode: '21550',
  fullName: 'Huỳnh Văn Tâm',
  category: 'LAWYER',
  categoryLabel: 'Luật sư',
  organisation: 'Đoàn Luật sư tỉnh Bình Định',
  assignedOn: '2026-03-01',
  decisionNumber: '15/QĐ-STP',
  active: true,
  endedOn: null,
  endReason: null,
  version: 1,
  changedAt: '2026-11-20T03:04:05Z',
};

const TEAMS = [
  { id: 't1', name: 'Tổ hòa giải khu vực 1', villageName: 'Khu vực 1', active: true, communeCode: '21550' },
  { id: 't2', name: 'Tổ hòa giải khu vực 2', villageName: 'Khu vực 2', active: true, communeCode: '21550' },
];

function setUp() {
  const gateway = fakeGateway()
    .on('GET', /^\/api\/registry\/legal-supporters\?/, [SUPPORT])
    .on('GET', /^\/api\/registry\/teams\?commune=21550/, TEAMS);
  const root = mount(
    <SessionProvider value={{ user: { subject: 'u', name: 'Người dùng', role: 'COMMUNE_OFFICER', unit: '21550' }, signOut: () => {} }}>
      <ServicesProvider services={gateway.services()}>
        <LegalSupportersPage />
      </ServicesProvider>
    </SessionProvider>,
  );
  return { gateway, root };
}

describe('legal supporters', () => {
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });

  it("lists the commune's legal supporters with a link to each team", async () => {
    const { gateway, root } = setUp();
    await waitFor(() => expect(root.querySelector('[data-support-id="s1"]')).not.toBeNull());
    expect(gateway.sent('GET', '/api/registry/legal-supporters')[0]!.url).toBe('/api/registry/legal-supporters?unit=21550&page=0&size=50');
    const row = root.querySelector('[data-support-id="s1"]')!;
    expect(row.textContent).toContain('Huỳnh Văn Tâm');
    expect(row.textContent).toContain('Đoàn Luật sư tỉnh Bình Định');
    expect(row.textContent).toContain('Từ 01/03/2026');
    expect(row.textContent).toContain('Đang hỗ trợ');
    expect(row.querySelector('a')!.getAttribute('href')).toBe('#/ho-so-to/t1');
  });

  it("assigns a supporter to a team of the commune, showing the server's message beside the team", async () => {
    const { gateway, root } = setUp();
    gateway.on('POST', '/api/registry/legal-supporters', invalid([{ field: 'teamId', message: 'Tổ hòa giải t2 không còn hoạt động' }]));
    await waitFor(() => expect(root.querySelector('#assign-support')).not.toBeNull());
    click(button(root, 'Phân công người hỗ trợ pháp lý'));
    await waitFor(() => expect(root.querySelectorAll('#f-teamId option')).toHaveLength(3));
    expect(root.querySelector<HTMLInputElement>('#f-communeCode')!.value).toBe('21550');
    fill(root, 'f-teamId', 't2');
    fill(root, 'f-fullName', 'Trương Thị Hạnh');
    fill(root, 'f-category', 'JURIST');
    fill(root, 'f-assignedOn', '2026-11-01');
    click(root.querySelector<HTMLButtonElement>('#support-form button[type=submit]')!);
    await settle();

    const [post] = gateway.sent('POST', '/api/registry/legal-supporters');
    expect(post!.body).toEqual({
      teamId: 't2',
      fullName: 'Trương Thị Hạnh',
      category: 'JURIST',
      organisation: null,
      assignedOn: '2026-11-01',
      decisionNumber: null,
    });
    const team = root.querySelector('#f-teamId')!;
    expect(team.getAttribute('aria-invalid')).toBe('true');
    expect(team.closest('.field')!.textContent).toContain('Tổ hòa giải t2 không còn hoạt động');
    expect(root.querySelector('.error-summary')!.textContent).toContain('Tổ hòa giải được hỗ trợ: Tổ hòa giải t2 không còn hoạt động');

    gateway.on('POST', '/api/registry/legal-supporters', { ...SUPPORT, id: 's2', fullName: 'Trương Thị Hạnh' });
    fill(root, 'f-teamId', 't1');
    click(root.querySelector<HTMLButtonElement>('#support-form button[type=submit]')!);
    await settle();
    expect(root.querySelector('#support-form')).toBeNull();
    expect(root.textContent).toContain('Đã phân công Trương Thị Hạnh.');
  });

  it('ends a support with the version read as If-Match', async () => {
    const { gateway, root } = setUp();
    gateway.on('POST', '/api/registry/legal-supporters/s1/end', { ...SUPPORT, active: false, endedOn: '2026-11-20', version: 2 });
    await waitFor(() => expect(root.querySelector('[data-support-id="s1"]')).not.toBeNull());
    click(button(root, 'Kết thúc việc hỗ trợ của Huỳnh Văn Tâm'));
    fill(root, 'f-endedOn', '2026-11-20');
    click(button(root, 'Kết thúc hỗ trợ'));
    await settle();
    const [post] = gateway.sent('POST', '/api/registry/legal-supporters/s1/end');
    expect(post!.headers['If-Match']).toBe('"1"');
    expect(post!.body).toEqual({ endedOn: '2026-11-20', reason: null });
    expect(root.textContent).toContain('Đã kết thúc việc hỗ trợ của Huỳnh Văn Tâm.');
  });
});
