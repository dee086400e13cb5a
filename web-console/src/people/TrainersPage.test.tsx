import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { TrainerView } from '../api/registry';
import { ServicesProvider } from '../app/services';
import { SessionProvider } from '../auth/context';
import type { Role } from '../auth/user';
import { mount, settle, waitFor } from '../test/fakes';
import { button, click, fakeGateway, fill, invalid } from '../test/registryGateway';
import { TrainersPage } from './TrainersPage';

const TRAINER: TrainerView = {
  id: 'tr1',
  level: 'DISTRICT',
  levelLabel: 'Tập huấn viên cấp huyện',
  unitCode: '540',
  unitName: 'Thành phố Quy Nhơn',
  source: 'LAWYER',
  sourceLabel: 'Luật sư',
  fullName: 'Võ Thị Mai',
  gender: 'FEMALE',
  appointmentNumber: '88/QĐ-UBND',
  appointmentDate: '2025-02-10',
  trained: true,
  trainedOn: '2025-04-02',
  materialsGiven: false,
  materialsGivenOn: null,
  status: 'ACTIVE',
  statusLabel: 'Đang tham gia',
  retirementDate: null,
  retirementReason: null,
  version: 2,
  changedAt: '2026-11-20T03:04:05Z',
};

function setUp(role?: Role, unit = '540') {
  const gateway = fakeGateway()
    .on('GET', /^\/api\/registry\/trainers\?/, [TRAINER])
    .on('GET', /^\/api\/registry\/units\?parent=52&level=DISTRICT/, [
      { code: '540', name: 'Thành phố Quy Nhơn', level: 'DISTRICT', type: 'THANH_PHO', parentCode: '52' },
    ]);
  const page = (
    <ServicesProvider services={gateway.services()}>
      <TrainersPage />
    </ServicesProvider>
  );
  const root = mount(
    role ? (
      <SessionProvider value={{ user: { subject: 'u', name: 'Người dùng', role, unit }, signOut: () => {} }}>{page}</SessionProvider>
    ) : (
      page
    ),
  );
  return { gateway, root };
}

describe('trainers', () => {
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });

  it("lists a district's active trainers in Vietnamese", async () => {
    const { gateway, root } = setUp('DISTRICT_OFFICER');
    await waitFor(() => expect(root.querySelector('[data-trainer-id="tr1"]')).not.toBeNull());
    expect(gateway.sent('GET', '/api/registry/trainers')[0]!.url).toBe('/api/registry/trainers?unit=540&status=ACTIVE&page=0&size=50');
    const row = root.querySelector('[data-trainer-id="tr1"]')!.textContent!;
    expect(row).toContain('Võ Thị Mai (Nữ)');
    expect(row).toContain('Thành phố Quy Nhơn');
    expect(row).toContain('Luật sư');
    expect(row).toContain('88/QĐ-UBND ngày 10/02/2025');
    expect(row).toContain('02/04/2025');
    expect(row).toContain('Chưa');
    // A district has no district to choose.
    expect(root.querySelector('#f-unit')).toBeNull();

    fill(root, 'f-filter-status', 'RETIRED');
    fill(root, 'f-filter-level', 'PROVINCIAL');
    await settle();
    expect(gateway.sent('GET', '/api/registry/trainers').at(-1)!.url).toBe(
      '/api/registry/trainers?unit=540&level=PROVINCIAL&status=RETIRED&page=0&size=50',
    );
  });

  it("registers a trainer, showing the server's field errors beside each field", async () => {
    const { gateway, root } = setUp('DISTRICT_OFFICER');
    gateway.on(
      'POST',
      '/api/registry/trainers',
      invalid([
        { field: 'unitCode', message: 'Tập huấn viên cấp huyện phải thuộc đơn vị cấp huyện, không phải Tỉnh Bình Định' },
        { field: 'source', message: 'Nguồn tập huấn viên là bắt buộc' },
      ]),
    );
    await waitFor(() => expect(root.querySelector('#create-trainer')).not.toBeNull());
    click(button(root, 'Thêm tập huấn viên'));
    expect(root.querySelector<HTMLSelectElement>('#f-level')!.value).toBe('DISTRICT');
    expect(root.querySelector<HTMLInputElement>('#f-unitCode')!.value).toBe('540');
    fill(root, 'f-unitCode', '52');
    fill(root, 'f-fullName', 'Đặng Văn Sơn');
    fill(root, 'f-gender', 'MALE');
    fill(root, 'f-appointmentNumber', '90/QĐ-UBND');
    fill(root, 'f-appointmentDate', '2026-01-05');
    click(root.querySelector<HTMLButtonElement>('#trainer-form button[type=submit]')!);
    await settle();

    const [post] = gateway.sent('POST', '/api/registry/trainers');
    expect(post!.body).toEqual({
      level: 'DISTRICT',
      unitCode: '52',
      source: null,
      fullName: 'Đặng Văn Sơn',
      gender: 'MALE',
      appointmentNumber: '90/QĐ-UBND',
      appointmentDate: '2026-01-05',
      trainedOn: null,
      materialsGivenOn: null,
    });
    const unitCode = root.querySelector<HTMLInputElement>('#f-unitCode')!;
    expect(unitCode.getAttribute('aria-invalid')).toBe('true');
    const message = document.getElementById(unitCode.getAttribute('aria-describedby')!.split(' ').pop()!)!;
    expect(message.textContent).toContain('phải thuộc đơn vị cấp huyện');
    expect(unitCode.closest('.field')!.contains(message)).toBe(true);
    expect(root.querySelector('#f-source')!.closest('.field')!.textContent).toContain('Nguồn tập huấn viên là bắt buộc');
    expect(document.activeElement).toBe(root.querySelector('.error-summary'));
    expect(root.querySelector('.error-summary')!.textContent).toContain('Mã đơn vị: Tập huấn viên cấp huyện');
  });

  it('corrects and retires a trainer with the version read as If-Match', async () => {
    const { gateway, root } = setUp('PROVINCE_ADMIN', '52');
    gateway
      .on('PUT', '/api/registry/trainers/tr1', { ...TRAINER, materialsGiven: true, materialsGivenOn: '2026-11-01', version: 3 })
      .on('POST', '/api/registry/trainers/tr1/retirement', { ...TRAINER, status: 'RETIRED', version: 3 });
    await waitFor(() => expect(root.querySelector('[data-trainer-id="tr1"]')).not.toBeNull());
    click(button(root, 'Sửa thông tin Võ Thị Mai'));
    expect(root.querySelector<HTMLInputElement>('#f-fullName')!.value).toBe('Võ Thị Mai');
    fill(root, 'f-materialsGivenOn', '2026-11-01');
    click(button(root, 'Lưu thay đổi'));
    await settle();
    const [put] = gateway.sent('PUT', '/api/registry/trainers/tr1');
    expect(put!.headers['If-Match']).toBe('"2"');
    expect(put!.body).toMatchObject({ level: 'DISTRICT', unitCode: '540', source: 'LAWYER', materialsGivenOn: '2026-11-01', trainedOn: '2025-04-02' });
    expect(root.textContent).toContain('Đã cập nhật thông tin Võ Thị Mai.');

    click(button(root, 'Ghi nhận Võ Thị Mai thôi tham gia'));
    fill(root, 'f-date', '2026-11-20');
    fill(root, 'f-reason', 'Chuyển công tác');
    click(button(root, 'Ghi nhận thôi tham gia'));
    await settle();
    const [retire] = gateway.sent('POST', '/api/registry/trainers/tr1/retirement');
    expect(retire!.headers['If-Match']).toBe('"2"');
    expect(retire!.body).toEqual({ date: '2026-11-20', reason: 'Chuyển công tác' });
    expect(root.textContent).toContain('Võ Thị Mai đã thôi tham gia.');
    // The list is read again after each change.
    expect(gateway.sent('GET', '/api/registry/trainers').length).toBeGreaterThanOrEqual(3);
  });

  it('shows a trainer the list without the means to change it', async () => {
    const { root } = setUp('TRAINER');
    await waitFor(() => expect(root.querySelector('[data-trainer-id="tr1"]')).not.toBeNull());
    expect(root.querySelector('#create-trainer')).toBeNull();
    expect(root.querySelector('.row-actions')).toBeNull();
  });
});
