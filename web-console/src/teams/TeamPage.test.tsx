import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MediatorView, TeamView } from '../api/registry';
import { ServicesProvider } from '../app/services';
import { SessionProvider } from '../auth/context';
import type { Role } from '../auth/user';
import { mount, settle, waitFor } from '../test/fakes';
import { button, click, fakeGateway, fill, invalid, problem } from '../test/registryGateway';
import { TeamPage } from './TeamPage';

function mediator(id: string, fullName: string, gender: 'FEMALE' | 'MALE', birthYear: number, leader = false): MediatorView {
  return {
    id,
    fullName,
    gender,
    birthYear,
    ethnicity: 'Kinh',
    ethnicMinority: false,
    leader,
    background: [],
    recognitionNumber: '12/QĐ-UBND',
    recognitionDate: '2024-03-15',
    dismissalGround: null,
    dismissalDate: null,
    transferredTo: null,
    transferredFrom: null,
  };
}

const LAN = mediator('m1', 'Nguyễn Thị Lan', 'FEMALE', 1975, true);
const BINH = mediator('m2', 'Trần Văn Bình', 'MALE', 1968);
const CUONG = mediator('m3', 'Lê Văn Cường', 'MALE', 1980);

const TEAM: TeamView = {
  id: 't1',
  communeCode: '21550',
  villageName: 'Khu vực 1',
  name: 'Tổ hòa giải khu vực 1',
  manyEthnicMinorityResidents: false,
  active: true,
  mediators: [LAN, BINH, CUONG],
  formerMediators: [],
  compliance: { compliant: true, reasons: [] },
  version: 3,
  changedAt: '2026-11-20T03:04:05Z',
};

const HISTORY = [
  {
    at: '2026-11-20T03:04:05Z',
    by: 'xa.nhonbinh',
    role: 'COMMUNE_OFFICER',
    action: 'MEDIATOR_CORRECTED',
    description: 'Cập nhật thông tin hòa giải viên',
    mediatorId: 'm1',
    fields: [
      { field: 'gender', before: 'MALE', after: 'FEMALE' },
      { field: 'recognitionDate', before: null, after: '2024-03-15' },
    ],
  },
  {
    at: '2026-11-01T01:00:00Z',
    by: 'so.tuphap',
    role: 'PROVINCE_ADMIN',
    action: 'TEAM_REGISTERED',
    description: 'Thành lập tổ hòa giải',
    mediatorId: null,
    fields: [{ field: 'mediators', before: null, after: '3' }],
  },
];

function gatewayWithTeam(team: TeamView = TEAM) {
  return fakeGateway()
    .on('GET', '/api/registry/teams/t1', team)
    .on('GET', '/api/registry/teams/t1/history', HISTORY)
    .on('GET', '/api/registry/units/21550', { code: '21550', name: 'Phường Nhơn Bình', level: 'COMMUNE', type: 'PHUONG', parentCode: '540' });
}

function open(gateway: ReturnType<typeof fakeGateway>, role?: Role, unit = '21550') {
  const page = (
    <ServicesProvider services={gateway.services()}>
      <TeamPage teamId="t1" />
    </ServicesProvider>
  );
  return mount(
    role ? (
      <SessionProvider value={{ user: { subject: 'u', name: 'Người dùng', role, unit }, signOut: () => {} }}>{page}</SessionProvider>
    ) : (
      page
    ),
  );
}

describe("a team's record", () => {
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });

  it('corrects a mediator with the version read as If-Match, and shows the compliance the answer brings', async () => {
    const gateway = gatewayWithTeam();
    const corrected: TeamView = {
      ...TEAM,
      mediators: [{ ...LAN, gender: 'MALE' }, BINH, CUONG],
      compliance: { compliant: false, reasons: ['Thiếu hòa giải viên nữ'] },
      version: 4,
    };
    gateway.on('PUT', '/api/registry/teams/t1/mediators/m1', corrected);
    const root = open(gateway);
    await waitFor(() => expect(root.querySelector('h1')!.textContent).toBe('Tổ hòa giải khu vực 1'));
    expect(root.querySelector('.team-summary')!.textContent).toContain('Đủ số lượng, thành phần');
    expect(root.querySelector('[data-mediator-id="m1"]')!.textContent).toContain('12/QĐ-UBND ngày 15/03/2024');

    click(button(root, 'Sửa thông tin Nguyễn Thị Lan'));
    expect(document.activeElement!.textContent).toBe('Sửa thông tin hòa giải viên Nguyễn Thị Lan');
    expect(root.querySelector<HTMLInputElement>('#f-fullName')!.value).toBe('Nguyễn Thị Lan');
    expect(root.querySelector<HTMLInputElement>('#f-birthYear')!.value).toBe('1975');
    fill(root, 'f-gender', 'MALE');
    click(button(root, 'Lưu thay đổi'));
    await settle();

    const [put] = gateway.sent('PUT', '/api/registry/teams/t1/mediators/m1');
    expect(put!.headers['If-Match']).toBe('"3"');
    expect(put!.headers.Authorization).toBe('Bearer token-1');
    expect(put!.body).toEqual({
      fullName: 'Nguyễn Thị Lan',
      gender: 'MALE',
      birthYear: 1975,
      ethnicity: 'Kinh',
      leader: true,
      background: [],
      recognitionNumber: '12/QĐ-UBND',
      recognitionDate: '2024-03-15',
    });

    // The badge and its reasons follow the answer at once, and the page says what happened.
    const summary = root.querySelector('.team-summary')!;
    expect(summary.textContent).toContain('Chưa đủ số lượng, thành phần');
    expect(root.querySelector('[data-testid="compliance-reasons"]')!.textContent).toContain('Thiếu hòa giải viên nữ');
    const notice = root.querySelector('#team-notice')!;
    expect(notice.textContent).toBe(
      'Đã cập nhật thông tin hòa giải viên Nguyễn Thị Lan. Tổ chưa đủ số lượng, thành phần: Thiếu hòa giải viên nữ.',
    );
    expect(root.querySelector('#mediator-form')).toBeNull();
    // The history is read again after the change.
    await waitFor(() => expect(gateway.sent('GET', '/api/registry/teams/t1/history')).toHaveLength(2));
  });

  it("shows the server's field errors next to each field of a new mediator", async () => {
    const gateway = gatewayWithTeam().on(
      'POST',
      '/api/registry/teams/t1/mediators',
      invalid([
        { field: 'birthYear', message: 'Năm sinh phải từ 1900 đến 2008' },
        { field: 'recognitionNumber', message: 'Số quyết định công nhận 12/QĐ-UBND đã dùng cho hòa giải viên của Tổ 2 (Khu vực 2) trong cùng xã' },
      ]),
    );
    const root = open(gateway);
    await waitFor(() => expect(root.querySelector('#add-mediator')).not.toBeNull());
    click(button(root, 'Thêm hòa giải viên'));
    fill(root, 'f-fullName', 'Phạm Thị Hoa');
    fill(root, 'f-gender', 'FEMALE');
    fill(root, 'f-birthYear', '1800');
    fill(root, 'f-background', 'báo cáo viên pháp luật; công chức xã');
    fill(root, 'f-recognitionNumber', '12/QĐ-UBND');
    click(root.querySelector<HTMLButtonElement>('#mediator-form button[type=submit]')!);
    await settle();

    const [post] = gateway.sent('POST', '/api/registry/teams/t1/mediators');
    expect(post!.headers['If-Match']).toBe('"3"');
    expect(post!.body).toMatchObject({
      fullName: 'Phạm Thị Hoa',
      gender: 'FEMALE',
      birthYear: 1800,
      background: ['báo cáo viên pháp luật', 'công chức xã'],
      recognitionNumber: '12/QĐ-UBND',
      recognitionDate: null,
    });

    const birthYear = root.querySelector<HTMLInputElement>('#f-birthYear')!;
    expect(birthYear.getAttribute('aria-invalid')).toBe('true');
    const message = document.getElementById(birthYear.getAttribute('aria-describedby')!.split(' ').pop()!)!;
    expect(message.textContent).toContain('Năm sinh phải từ 1900 đến 2008');
    expect(birthYear.closest('.field')!.contains(message)).toBe(true);
    expect(root.querySelector('#f-recognitionNumber')!.closest('.field')!.textContent).toContain('đã dùng cho hòa giải viên');
    expect(root.querySelector('#f-fullName')!.getAttribute('aria-invalid')).toBeNull();

    const summary = root.querySelector<HTMLElement>('.error-summary')!;
    expect(document.activeElement).toBe(summary);
    expect(summary.textContent).toContain('Năm sinh: Năm sinh phải từ 1900 đến 2008');
    // The team did not change.
    expect(root.querySelector('.team-summary')!.textContent).toContain('Đủ số lượng, thành phần');

    fill(root, 'f-birthYear', '1980');
    expect(root.querySelector('#f-birthYear')!.getAttribute('aria-invalid')).toBeNull();
  });

  it('dismisses a mediator on an Art. 11 ground and lists them among the former mediators', async () => {
    const dismissed: TeamView = {
      ...TEAM,
      mediators: [LAN, CUONG],
      formerMediators: [{ ...BINH, dismissalGround: 'OWN_REQUEST', dismissalDate: '2026-11-15' }],
      compliance: { compliant: false, reasons: ['Tổ hòa giải có ít hơn 3 hòa giải viên'] },
      version: 4,
    };
    const gateway = gatewayWithTeam().on('POST', '/api/registry/teams/t1/mediators/m2/dismissal', dismissed);
    const root = open(gateway);
    await waitFor(() => expect(root.querySelector('[data-mediator-id="m2"]')).not.toBeNull());
    click(button(root, 'Cho thôi làm hòa giải viên đối với Trần Văn Bình'));

    const radios = [...root.querySelectorAll<HTMLInputElement>('input[name="ground"]')];
    expect(radios.map((r) => r.labels![0]!.textContent)).toEqual([
      'Theo nguyện vọng của hòa giải viên',
      'Không còn đáp ứng một trong các tiêu chuẩn quy định tại Điều 7',
      'Vi phạm quy định tại Điều 10 (hành vi bị nghiêm cấm)',
    ]);
    click(radios[0]!);
    fill(root, 'f-decisionNumber', '45/QĐ-UBND');
    fill(root, 'f-decisionDate', '2026-11-15');
    click(button(root, 'Cho thôi làm hòa giải viên'));
    await settle();

    const [post] = gateway.sent('POST', '/api/registry/teams/t1/mediators/m2/dismissal');
    expect(post!.headers['If-Match']).toBe('"3"');
    expect(post!.body).toEqual({ ground: 'OWN_REQUEST', decisionNumber: '45/QĐ-UBND', decisionDate: '2026-11-15' });

    expect(root.querySelector('[data-mediator-id="m2"]')).toBeNull();
    const former = root.querySelector('table')!;
    expect(former.textContent).toContain('Trần Văn Bình');
    expect(former.textContent).toContain('Theo nguyện vọng của hòa giải viên');
    expect(former.textContent).toContain('15/11/2026');
    expect(root.querySelector('[data-testid="compliance-reasons"]')!.textContent).toContain('Tổ hòa giải có ít hơn 3 hòa giải viên');
    expect(root.querySelector('#team-notice')!.textContent).toContain('Trần Văn Bình đã thôi làm hòa giải viên.');
  });

  it('shows a missing ground beside the choices', async () => {
    const gateway = gatewayWithTeam().on(
      'POST',
      '/api/registry/teams/t1/mediators/m2/dismissal',
      invalid([{ field: 'ground', message: 'Căn cứ cho thôi làm hòa giải viên (Điều 11) là bắt buộc' }]),
    );
    const root = open(gateway);
    await waitFor(() => expect(root.querySelector('[data-mediator-id="m2"]')).not.toBeNull());
    click(button(root, 'Cho thôi làm hòa giải viên đối với Trần Văn Bình'));
    click(button(root, 'Cho thôi làm hòa giải viên'));
    await settle();
    const group = root.querySelector('fieldset.field--radios')!;
    expect(group.textContent).toContain('Căn cứ cho thôi làm hòa giải viên (Điều 11) là bắt buộc');
    expect(root.querySelector('#f-ground')!.getAttribute('aria-invalid')).toBe('true');
  });

  it('transfers a mediator to another active team of the commune', async () => {
    const other = { ...TEAM, id: 't2', name: 'Tổ hòa giải khu vực 2', villageName: 'Khu vực 2' };
    const dissolved = { ...TEAM, id: 't3', name: 'Tổ hòa giải cũ', active: false };
    const left: TeamView = {
      ...TEAM,
      mediators: [LAN, BINH],
      formerMediators: [{ ...CUONG, transferredTo: 't2', dismissalDate: '2026-11-16' }],
      compliance: { compliant: false, reasons: ['Tổ hòa giải có ít hơn 3 hòa giải viên'] },
      version: 4,
    };
    const gateway = gatewayWithTeam()
      .on('GET', /^\/api\/registry\/teams\?commune=21550/, [TEAM, other, dissolved])
      .on('POST', '/api/registry/teams/t1/mediators/m3/transfer', left);
    const root = open(gateway);
    await waitFor(() => expect(root.querySelector('[data-mediator-id="m3"]')).not.toBeNull());
    click(button(root, 'Chuyển tổ cho Lê Văn Cường'));
    await waitFor(() => expect(root.querySelectorAll('#f-toTeamId option')).toHaveLength(2));
    expect([...root.querySelectorAll('#f-toTeamId option')].map((o) => o.textContent)).toEqual([
      '— Chọn —',
      'Tổ hòa giải khu vực 2 (Khu vực 2)',
    ]);
    fill(root, 'f-toTeamId', 't2');
    fill(root, 'f-date', '2026-11-16');
    click(root.querySelector<HTMLButtonElement>('#transfer-form button[type=submit]')!);
    await settle();

    const [post] = gateway.sent('POST', '/api/registry/teams/t1/mediators/m3/transfer');
    expect(post!.headers['If-Match']).toBe('"3"');
    expect(post!.body).toEqual({ toTeamId: 't2', date: '2026-11-16', decisionNumber: null });
    expect(root.querySelector('#team-notice')!.textContent).toContain('Đã chuyển Lê Văn Cường sang Tổ hòa giải khu vực 2.');
    expect(root.querySelector('table a[href="#/ho-so-to/t2"]')).not.toBeNull();
  });

  it('reads the team again when someone changed it meanwhile (412), keeping what was typed', async () => {
    const gateway = gatewayWithTeam().on(
      'PUT',
      '/api/registry/teams/t1/mediators/m1',
      problem(412, 'Dữ liệu đã được người khác thay đổi', 'Bản ghi đã thay đổi kể từ khi bạn đọc nó. Hãy tải lại rồi thực hiện lại thao tác.'),
    );
    const root = open(gateway);
    await waitFor(() => expect(root.querySelector('[data-mediator-id="m1"]')).not.toBeNull());
    click(button(root, 'Sửa thông tin Nguyễn Thị Lan'));
    fill(root, 'f-fullName', 'Nguyễn Thị Lan Anh');
    gateway.on('GET', '/api/registry/teams/t1', { ...TEAM, version: 5 });
    click(button(root, 'Lưu thay đổi'));
    await settle();

    expect(root.querySelector('.error-summary')!.textContent).toContain('Dữ liệu mới nhất đã được tải lại');
    expect(gateway.calls.filter((c) => c.method === 'GET' && c.url === '/api/registry/teams/t1')).toHaveLength(2);
    expect(root.querySelector<HTMLInputElement>('#f-fullName')!.value).toBe('Nguyễn Thị Lan Anh');

    gateway.on('PUT', '/api/registry/teams/t1/mediators/m1', { ...TEAM, version: 6 });
    click(button(root, 'Lưu thay đổi'));
    await settle();
    const puts = gateway.sent('PUT', '/api/registry/teams/t1/mediators/m1');
    expect(puts[1]!.headers['If-Match']).toBe('"5"');
  });

  it('shows the province the history in Vietnamese words and dates', async () => {
    const root = open(gatewayWithTeam(), 'PROVINCE_ADMIN', '52');
    await waitFor(() => expect(root.querySelectorAll('.history__entry')).toHaveLength(2));
    const [newest, oldest] = [...root.querySelectorAll('.history__entry')].map((li) => li.textContent);
    expect(newest).toContain('10:04:05 20/11/2026');
    expect(newest).toContain('Cập nhật thông tin hòa giải viên — Hòa giải viên: Nguyễn Thị Lan');
    expect(newest).toContain('Giới tính: Nam → Nữ');
    expect(newest).toContain('Ngày quyết định công nhận: (trống) → 15/03/2024');
    expect(newest).toContain('(Công chức Tư pháp - Hộ tịch cấp xã)');
    expect(oldest).toContain('Thành lập tổ hòa giải');
  });

  it('shows a trainer the team without changes, history or personal data', async () => {
    const masked: TeamView = {
      ...TEAM,
      mediators: TEAM.mediators.map((m) => ({ ...m, birthYear: null, ethnicity: null, ethnicMinority: null })),
    };
    const gateway = gatewayWithTeam(masked);
    const root = open(gateway, 'TRAINER', '540');
    await waitFor(() => expect(root.querySelector('[data-mediator-id="m1"]')).not.toBeNull());
    const card = root.querySelector('[data-mediator-id="m1"]')!.textContent!;
    expect(card).toContain('Năm sinhẨn');
    expect(card).not.toContain('null');
    expect(root.querySelector('#add-mediator')).toBeNull();
    expect([...root.querySelectorAll('button')].map((b) => b.textContent)).not.toContain('Sửa');
    await settle();
    expect(gateway.sent('GET', '/api/registry/teams/t1/history')).toHaveLength(0);
    expect(root.textContent).not.toContain('Lịch sử thay đổi');
  });
});
