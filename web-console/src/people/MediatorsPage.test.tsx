import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MediatorRow, MediatorView } from '../api/registry';
import { ServicesProvider } from '../app/services';
import { SessionProvider } from '../auth/context';
import type { Role } from '../auth/user';
import { mount, settle, waitFor } from '../test/fakes';
import { button, click, fakeGateway, fill, invalid } from '../test/registryGateway';
import { MediatorsPage, PAGE_SIZE } from './MediatorsPage';

const MEDIATOR: MediatorView = {
  id: 'm1',
  fullName: 'Đinh Thị Hoa',
  gender: 'FEMALE',
  birthYear: 1978,
  ethnicity: 'Ba Na',
  ethnicMinority: true,
  leader: true,
  background: ['Công chức xã'],
  recognitionNumber: '12/QĐ-UBND',
  recognitionDate: '2024-03-15',
  dismissalGround: null,
  dismissalDate: null,
  transferredTo: null,
  transferredFrom: null,
};

const ROW: MediatorRow = {
  teamId: 'team-1',
  teamName: 'Tổ hòa giải thôn Đồng Hưu',
  communeCode: '21550',
  villageName: 'Thôn Đồng Hưu',
  mediator: MEDIATOR,
};

/** As a district officer or a trainer reads it: birth year and ethnicity masked. */
const MASKED: MediatorRow = {
  ...ROW,
  mediator: { ...MEDIATOR, id: 'm2', fullName: 'Trần Văn Bình', gender: 'MALE', leader: false, birthYear: null, ethnicity: null, ethnicMinority: null },
};

function setUp(role?: Role, unit = '52', rows: MediatorRow[] = [ROW]) {
  const gateway = fakeGateway()
    .on('GET', /^\/api\/registry\/mediators\?/, rows)
    .on('GET', /^\/api\/registry\/units\?parent=52&level=DISTRICT/, [
      { code: '540', name: 'Thành phố Quy Nhơn', level: 'DISTRICT', type: 'THANH_PHO', parentCode: '52' },
    ])
    .on('GET', /^\/api\/registry\/units\?parent=540&level=COMMUNE/, [
      { code: '21550', name: 'Phường Nhơn Bình', level: 'COMMUNE', type: 'PHUONG', parentCode: '540' },
    ])
    .on('GET', '/api/registry/units/21550', {
      code: '21550', name: 'Phường Nhơn Bình', level: 'COMMUNE', type: 'PHUONG', parentCode: '540',
    });
  const page = (
    <ServicesProvider services={gateway.services()}>
      <MediatorsPage />
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

const lastUrl = (gateway: ReturnType<typeof fakeGateway>) => gateway.sent('GET', '/api/registry/mediators').at(-1)!.url;

describe('mediators', () => {
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });

  it("lists the province's serving mediators by name, with their team and commune", async () => {
    const { gateway, root } = setUp('PROVINCE_ADMIN');
    await waitFor(() => expect(root.querySelector('[data-mediator-id="m1"]')).not.toBeNull());
    expect(gateway.sent('GET', '/api/registry/mediators')[0]!.url).toBe(
      '/api/registry/mediators?unit=52&status=SERVING&sort=NAME&page=0&size=50',
    );
    expect(root.querySelector('h1')!.textContent).toBe('Hòa giải viên');
    const row = root.querySelector('[data-mediator-id="m1"]')!;
    const cells = [...row.children].map((cell) => cell.textContent);
    expect(cells[0]).toContain('Đinh Thị Hoa');
    expect(cells[0]).toContain('Tổ trưởng');
    expect(cells.slice(1, 4)).toEqual(['Nữ', '1978', 'Ba Na']);
    const team = row.querySelector('a')!;
    expect(team.textContent).toBe('Tổ hòa giải thôn Đồng Hưu');
    expect(team.getAttribute('href')).toBe('#/ho-so-to/team-1');
    expect(cells[4]).toContain('Thôn Đồng Hưu');
    await waitFor(() => expect(row.children[5]!.textContent).toBe('Phường Nhơn Bình'));
    expect([...root.querySelectorAll('th[scope=col]')].map((th) => th.textContent)).toEqual([
      'Họ và tên', 'Giới tính', 'Năm sinh', 'Dân tộc', 'Tổ hòa giải', 'Xã, phường, thị trấn',
    ]);
    // No search by name: the API has none.
    expect(root.querySelector('input[type=search]')).toBeNull();
    expect(root.textContent).not.toContain('Ẩn');
  });

  it('maps every filter to the request, leaving out what is empty', async () => {
    const { gateway, root } = setUp('PROVINCE_ADMIN');
    await waitFor(() => expect(root.querySelector('[data-mediator-id="m1"]')).not.toBeNull());
    await waitFor(() => expect(root.querySelector('#f-unit option[value="540"]')).not.toBeNull());

    fill(root, 'f-unit', '540');
    await waitFor(() => expect(root.querySelector('#f-unit-commune option[value="21550"]')).not.toBeNull());
    fill(root, 'f-unit-commune', '21550');
    fill(root, 'f-gender', 'FEMALE');
    fill(root, 'f-ethnicMinority', 'true');
    fill(root, 'f-status', 'ALL');
    fill(root, 'f-sort', 'BIRTH_YEAR');
    await settle();
    expect(lastUrl(gateway)).toBe(
      '/api/registry/mediators?unit=21550&gender=FEMALE&ethnicMinority=true&status=ALL&sort=BIRTH_YEAR&page=0&size=50',
    );

    // Text goes when the form is sent (Enter or "Lọc"), trimmed; the server folds diacritics.
    fill(root, 'f-ethnicity', ' Ba Na ');
    fill(root, 'f-background', 'cong chuc');
    await settle();
    expect(lastUrl(gateway)).not.toContain('ethnicity=');
    click(button(root, 'Lọc'));
    await settle();
    expect(lastUrl(gateway)).toBe(
      '/api/registry/mediators?unit=21550&gender=FEMALE&ethnicMinority=true&ethnicity=Ba+Na&background=cong+chuc' +
        '&status=ALL&sort=BIRTH_YEAR&page=0&size=50',
    );

    fill(root, 'f-ethnicMinority', 'false');
    fill(root, 'f-gender', '');
    await settle();
    expect(lastUrl(gateway)).toBe(
      '/api/registry/mediators?unit=21550&ethnicMinority=false&ethnicity=Ba+Na&background=cong+chuc' +
        '&status=ALL&sort=BIRTH_YEAR&page=0&size=50',
    );
  });

  it('pages as the other lists do, back to the first page when a filter changes', async () => {
    const full = Array.from({ length: PAGE_SIZE }, (_, i) => ({ ...ROW, mediator: { ...MEDIATOR, id: `m${i}` } }));
    const { gateway, root } = setUp('PROVINCE_ADMIN', '52', full);
    await waitFor(() => expect(root.querySelectorAll('[data-mediator-id]').length).toBe(PAGE_SIZE));
    click(button(root, 'Trang sau'));
    await settle();
    expect(lastUrl(gateway)).toBe('/api/registry/mediators?unit=52&status=SERVING&sort=NAME&page=1&size=50');
    expect(root.textContent).toContain('Trang 2');
    fill(root, 'f-status', 'FORMER');
    await settle();
    expect(lastUrl(gateway)).toBe('/api/registry/mediators?unit=52&status=FORMER&sort=NAME&page=0&size=50');
  });

  it('shows "Ẩn" where the API hides birth year and ethnicity, and offers no ethnicity filter to a district', async () => {
    const { gateway, root } = setUp('DISTRICT_OFFICER', '540', [MASKED]);
    await waitFor(() => expect(root.querySelector('[data-mediator-id="m2"]')).not.toBeNull());
    expect(gateway.sent('GET', '/api/registry/mediators')[0]!.url).toBe(
      '/api/registry/mediators?unit=540&status=SERVING&sort=NAME&page=0&size=50',
    );
    const cells = [...root.querySelector('[data-mediator-id="m2"]')!.children].map((cell) => cell.textContent);
    expect(cells.slice(0, 4)).toEqual(['Trần Văn Bình', 'Nam', 'Ẩn', 'Ẩn']);
    expect(root.textContent).toContain('dữ liệu cá nhân nhạy cảm');
    // The server refuses ethnicity filters to districts and trainers: they are not offered.
    expect(root.querySelector('#f-ethnicMinority')).toBeNull();
    expect(root.querySelector('#f-ethnicity')).toBeNull();
    expect(root.querySelector('#f-background')).not.toBeNull();
  });

  it("shows a 400 problem about a filter beside that field, and the list again once it is fixed", async () => {
    const { gateway, root } = setUp('COMMUNE_OFFICER', '21550');
    await waitFor(() => expect(root.querySelector('[data-mediator-id="m1"]')).not.toBeNull());
    gateway.on('GET', /^\/api\/registry\/mediators\?.*ethnicity=/,
      invalid([{ field: 'ethnicity', message: 'Dân tộc tối đa 50 ký tự' }], 400));
    fill(root, 'f-ethnicity', 'x'.repeat(51));
    click(button(root, 'Lọc'));
    await waitFor(() => expect(root.querySelector('#f-ethnicity')!.getAttribute('aria-invalid')).toBe('true'));

    const input = root.querySelector<HTMLInputElement>('#f-ethnicity')!;
    expect(lastUrl(gateway)).toContain(`unit=21550&ethnicity=${'x'.repeat(51)}&`);
    const message = document.getElementById(input.getAttribute('aria-describedby')!.split(' ').pop()!)!;
    expect(message.textContent).toContain('Dân tộc tối đa 50 ký tự');
    expect(input.closest('.field')!.contains(message)).toBe(true);
    expect(document.activeElement).toBe(root.querySelector('.error-summary'));
    expect(root.querySelector('.error-summary')!.textContent).toContain('Dân tộc: Dân tộc tối đa 50 ký tự');
    // The rows of another filter are not shown as if they were this one's.
    expect(root.querySelector('[data-mediator-id]')).toBeNull();

    fill(root, 'f-ethnicity', 'Ba Na');
    expect(input.getAttribute('aria-invalid')).toBeNull();
    gateway.on('GET', /^\/api\/registry\/mediators\?.*ethnicity=Ba/, [ROW]);
    click(button(root, 'Lọc'));
    await waitFor(() => expect(root.querySelector('[data-mediator-id="m1"]')).not.toBeNull());
    expect(root.querySelector('.error-summary')).toBeNull();
  });

  it("shows the server's message about the unit beside the unit chooser", async () => {
    const { gateway, root } = setUp('PROVINCE_ADMIN');
    gateway.on('GET', /^\/api\/registry\/mediators\?unit=540&/,
      invalid([{ field: 'unit', message: 'Không tìm thấy đơn vị hành chính có mã 540' }], 400));
    await waitFor(() => expect(root.querySelector('#f-unit option[value="540"]')).not.toBeNull());
    fill(root, 'f-unit', '540');
    await waitFor(() => expect(root.querySelector('#f-unit')!.getAttribute('aria-invalid')).toBe('true'));
    expect(root.querySelector('.unit-chooser')!.textContent).toContain('Không tìm thấy đơn vị hành chính có mã 540');
  });
});
