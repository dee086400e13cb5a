import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PilotCommuneView } from '../api/registry';
import { ServicesProvider } from '../app/services';
import { SessionProvider } from '../auth/context';
import type { Role } from '../auth/user';
import { mount, settle, waitFor } from '../test/fakes';
import { button, click, fakeGateway, fill, invalid } from '../test/registryGateway';
import { PilotCommunesPage } from './PilotCommunesPage';

const NHON_BINH: PilotCommuneView = {
  communeCode: '21550',
  communeName: 'Phường Nhơn Bình',
  from: '2025-01-01',
  until: '2026-12-31',
  decisionNumber: '120/QĐ-UBND',
  active: true,
  version: 2,
  changedAt: '2026-11-20T03:04:05Z',
};

const AN_LAO: PilotCommuneView = {
  ...NHON_BINH,
  communeCode: '21609',
  communeName: 'Thị trấn An Lão',
  until: null,
  active: false,
};

function setUp(role: Role, unit: string) {
  const gateway = fakeGateway()
    .on('GET', /^\/api\/registry\/pilot-communes/, [AN_LAO, NHON_BINH])
    .on('GET', /^\/api\/registry\/units\?parent=52&level=DISTRICT/, [
      { code: '540', name: 'Thành phố Quy Nhơn', level: 'DISTRICT', type: 'THANH_PHO', parentCode: '52' },
    ]);
  const root = mount(
    <SessionProvider value={{ user: { subject: 'u', name: 'Người dùng', role, unit }, signOut: () => {} }}>
      <ServicesProvider services={gateway.services()}>
        <PilotCommunesPage />
      </ServicesProvider>
    </SessionProvider>,
  );
  return { gateway, root };
}

describe('pilot communes', () => {
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });

  it('lists them for everyone, active first, without the means to change them but for the province', async () => {
    const { gateway, root } = setUp('ANALYST', '52');
    await waitFor(() => expect(root.querySelectorAll('tbody tr')).toHaveLength(2));
    expect(gateway.sent('GET', '/api/registry/pilot-communes')[0]!.url).toBe('/api/registry/pilot-communes');
    const rows = [...root.querySelectorAll('tbody tr')].map((tr) => tr.textContent);
    expect(rows[0]).toContain('Phường Nhơn Bình');
    expect(rows[0]).toContain('01/01/2025 – 31/12/2026');
    expect(rows[0]).toContain('Đang là xã điểm');
    expect(rows[1]).toContain('Từ 01/01/2025');
    expect(rows[1]).toContain('Đã thu hồi');
    expect(root.querySelector('#designate-pilot')).toBeNull();
    expect(root.querySelector('.row-actions')).toBeNull();

    fill(root, 'f-unit', '540');
    await settle();
    expect(gateway.sent('GET', '/api/registry/pilot-communes').at(-1)!.url).toBe('/api/registry/pilot-communes?unit=540');
  });

  it("designates a commune, showing the server's field errors beside each field", async () => {
    const { gateway, root } = setUp('PROVINCE_ADMIN', '52');
    gateway.on(
      'PUT',
      '/api/registry/pilot-communes/21550',
      invalid([{ field: 'until', message: 'Ngày kết thúc không được trước ngày bắt đầu' }]),
    );
    await waitFor(() => expect(root.querySelector('#designate-pilot')).not.toBeNull());
    click(button(root, 'Chỉ định xã điểm'));
    fill(root, 'f-communeCode', '21550');
    fill(root, 'f-from', '2026-01-01');
    fill(root, 'f-until', '2025-12-31');
    fill(root, 'f-decisionNumber', '130/QĐ-UBND');
    click(button(root, 'Chỉ định'));
    await settle();

    const [put] = gateway.sent('PUT', '/api/registry/pilot-communes/21550');
    expect(put!.headers['If-Match']).toBeUndefined();
    expect(put!.body).toEqual({ from: '2026-01-01', until: '2025-12-31', decisionNumber: '130/QĐ-UBND', withdrawn: false });
    const until = root.querySelector<HTMLInputElement>('#f-until')!;
    expect(until.getAttribute('aria-invalid')).toBe('true');
    const message = document.getElementById(until.getAttribute('aria-describedby')!.split(' ').pop()!)!;
    expect(message.textContent).toContain('Ngày kết thúc không được trước ngày bắt đầu');
    expect(until.closest('.field')!.contains(message)).toBe(true);
    expect(root.querySelector('#f-from')!.getAttribute('aria-invalid')).toBeNull();
  });

  it('asks for the commune code before sending a designation', async () => {
    const { gateway, root } = setUp('PROVINCE_ADMIN', '52');
    await waitFor(() => expect(root.querySelector('#designate-pilot')).not.toBeNull());
    click(button(root, 'Chỉ định xã điểm'));
    click(button(root, 'Chỉ định'));
    await settle();
    expect(gateway.sent('PUT', '/api/registry/pilot-communes')).toHaveLength(0);
    expect(root.querySelector('#f-communeCode')!.closest('.field')!.textContent).toContain('Mã xã, phường, thị trấn là bắt buộc');
  });

  it('withdraws a designation with the version read, and designates a withdrawn one again', async () => {
    const { gateway, root } = setUp('PROVINCE_ADMIN', '52');
    gateway
      .on('PUT', '/api/registry/pilot-communes/21550', { ...NHON_BINH, active: false, version: 3 })
      .on('PUT', '/api/registry/pilot-communes/21609', { ...AN_LAO, active: true, version: 3 });
    await waitFor(() => expect(root.querySelectorAll('tbody tr')).toHaveLength(2));
    click(button(root, 'Thu hồi chỉ định Phường Nhơn Bình'));
    expect(root.querySelector('#pilot-form')!.textContent).toContain('Phường Nhơn Bình sẽ thôi là xã điểm');
    click(button(root, 'Thu hồi chỉ định'));
    await settle();
    const [withdraw] = gateway.sent('PUT', '/api/registry/pilot-communes/21550');
    expect(withdraw!.headers['If-Match']).toBe('"2"');
    expect(withdraw!.body).toEqual({ from: '2025-01-01', until: '2026-12-31', decisionNumber: '120/QĐ-UBND', withdrawn: true });
    expect(root.textContent).toContain('Đã thu hồi chỉ định xã điểm Phường Nhơn Bình.');

    click(button(root, 'Chỉ định lại Thị trấn An Lão'));
    fill(root, 'f-from', '2027-01-01');
    click(root.querySelector<HTMLButtonElement>('#pilot-form button[type=submit]')!);
    await settle();
    const [again] = gateway.sent('PUT', '/api/registry/pilot-communes/21609');
    expect(again!.body).toEqual({ from: '2027-01-01', until: null, decisionNumber: '120/QĐ-UBND', withdrawn: false });
    expect(root.textContent).toContain('Đã chỉ định Thị trấn An Lão là xã điểm.');
  });
});
