import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { settle, waitFor } from '../test/fakes';
import { CoursePage } from './CoursesPage';
import { QrPage } from './QrPage';
import { qrPath } from './QrCode';
import {
  button,
  click,
  fakeGateway,
  json,
  messageBeside,
  NHON_BINH_UNIT,
  problem,
  render,
  type,
  user,
} from './testing';

const ID = '7d0f3c8e-3b1a-4c55-9a4e-2f6f1c0b9a11';
const BASE = `/api/training/courses/${ID}`;
const M1 = 'a1b2c3d4-0000-4000-8000-000000000001';
const M2 = 'a1b2c3d4-0000-4000-8000-000000000002';

function course(status: string) {
  return {
    id: ID,
    organiserUnitCode: '21550',
    title: 'Tập huấn kỹ năng hòa giải năm 2026',
    audience: 'MEDIATORS',
    startDate: '2026-11-20',
    endDate: '2026-11-21',
    status,
    version: 4,
    place: 'Hội trường UBND phường Nhơn Bình',
    onlineLink: null,
    topics: ['Kỹ năng hòa giải'],
    trainerIds: [],
    capacity: 40,
    minimumSessions: null,
    requiredSessions: 2,
    sessions: [
      { id: 's1', date: '2026-11-20', title: 'Kỹ năng lắng nghe', attended: 1 },
      { id: 's2', date: '2026-11-21', title: 'Thực hành hòa giải', attended: 0 },
    ],
    enrolled: 2,
  };
}

const PARTICIPANTS = [
  { mediatorId: M1, communeCode: '21550', status: 'COMPLETED', sessionsAttended: 2, sessionsRequired: 2, completedOn: '2026-11-21', certificateCode: '7KQ4-M2XH-9TPA' },
  { mediatorId: M2, communeCode: '21550', status: 'ENROLLED', sessionsAttended: 0, sessionsRequired: 2, completedOn: null, certificateCode: null },
];

function gateway(status = 'OPEN', extra: Parameters<typeof fakeGateway>[0] = {}) {
  return fakeGateway({
    [`GET ${BASE}`]: () => course(status),
    [`GET ${BASE}/enrolments`]: () => PARTICIPANTS,
    'GET /api/registry/units/21550': () => NHON_BINH_UNIT,
    [`GET ${BASE}/sessions/s1/attendance`]: () => ({
      sessionId: 's1', date: '2026-11-20', title: 'Kỹ năng lắng nghe',
      attendees: [{ mediatorId: M1, method: 'QR_CODE', recordedAt: '2026-11-20T01:30:00Z' }],
    }),
    ...extra,
  });
}

const officer = user('COMMUNE_OFFICER', '21550');

describe('a course page', () => {
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  it('shows the sessions with their attendance and the participants with completion and certificate', async () => {
    const api = gateway('HELD');
    const root = render(<CoursePage courseId={ID} />, api, { user: officer });
    await waitFor(() => expect(root.querySelector('.participants')).not.toBeNull());
    const sessions = root.querySelector('.session-list')!.textContent!;
    expect(sessions).toContain('20/11/2026');
    expect(sessions).toContain('Kỹ năng lắng nghe');
    const row = root.querySelector(`tr[data-mediator="${M1}"]`)!.textContent!;
    expect(row).toContain('Hoàn thành');
    expect(row).toContain('2 / 2');
    expect(row).toContain('21/11/2026');
    expect(row).toContain('7KQ4-M2XH-9TPA');
    expect(root.querySelector(`tr[data-mediator="${M2}"]`)!.textContent).toContain('Chưa cấp');
    expect(root.querySelector('.course')!.textContent).toContain('2 / 40 học viên đã ghi danh');
    // Held: no more status moves, no enrolment.
    expect(root.textContent).toContain('Không còn thao tác chuyển trạng thái nào');
    expect(root.querySelector('#enrol-heading')).toBeNull();
  });

  it('downloads a certificate as PDF with the token', async () => {
    const created = vi.fn((_blob: Blob) => 'blob:certificate');
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: vi.fn() });
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const api = gateway('HELD', {
      [`GET ${BASE}/enrolments/${M1}/certificate`]: () =>
        new Response(new Blob(['%PDF-1.7']), {
          headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': 'attachment; filename="chung-nhan-7KQ4-M2XH-9TPA.pdf"' },
        }),
    });
    const root = render(<CoursePage courseId={ID} />, api, { user: officer });
    await waitFor(() => expect(root.querySelector(`button[aria-label="Tải giấy chứng nhận của ${M1} (PDF)"]`)).not.toBeNull());
    await act(async () => {
      root.querySelector<HTMLButtonElement>(`button[aria-label="Tải giấy chứng nhận của ${M1} (PDF)"]`)!.click();
      await settle();
    });
    const [call] = api.calls(`GET ${BASE}/enrolments/${M1}/certificate`);
    expect((call!.init.headers as Record<string, string>).Authorization).toBe('Bearer token-1');
    expect(created).toHaveBeenCalled();
    expect(clicked).toHaveBeenCalled();
    const link = clicked.mock.contexts[0] as HTMLAnchorElement;
    expect(link.download).toBe('chung-nhan-7KQ4-M2XH-9TPA.pdf');
  });

  it('enrols a mediator after looking them up, and shows the server\'s refusal beside the field', async () => {
    const api = gateway('OPEN', {
      [`GET /api/training/mediators/${M2}`]: () => ({ mediatorId: M2, teamId: 't-9', communeCode: '21550', serving: true, teamVersion: 3 }),
      [`POST ${BASE}/enrolments`]: ({ body }) =>
        (body as { mediatorId: string }).mediatorId === 'sai-ma'
          ? problem(422, [{ field: 'mediatorId', message: 'Không tìm thấy hòa giải viên có mã sai-ma trong danh sách tổ hòa giải' }])
          : json(201, { ...PARTICIPANTS[1], mediatorId: M2 }),
    });
    const root = render(<CoursePage courseId={ID} />, api, { user: officer });
    await waitFor(() => expect(root.querySelector('#f-enrol-mediatorId')).not.toBeNull());

    type(root, '#f-enrol-mediatorId', M2);
    click(button(root, 'Tra cứu'));
    await waitFor(() => expect(root.querySelector('.known-mediator')?.textContent).toContain('Đang làm hòa giải viên'));
    await waitFor(() => expect(root.querySelector('.known-mediator')!.textContent).toContain('Phường Nhơn Bình'));

    type(root, '#f-enrol-mediatorId', 'sai-ma');
    click(button(root, 'Ghi danh'));
    await waitFor(() => expect(root.querySelector('#f-enrol-mediatorId')!.getAttribute('aria-invalid')).toBe('true'));
    expect(messageBeside(root, 'f-enrol-mediatorId')).toContain('Không tìm thấy hòa giải viên có mã sai-ma');
    expect(document.activeElement).toBe(root.querySelector('.error-summary'));
    expect(api.calls(`POST ${BASE}/enrolments`)[0]!.body).toEqual({ mediatorId: 'sai-ma' });

    type(root, '#f-enrol-mediatorId', M2);
    expect(root.querySelector('#f-enrol-mediatorId')!.getAttribute('aria-invalid')).toBeNull();
    click(button(root, 'Ghi danh'));
    // M2 was on the list already: enrolling again changes nothing, and says so.
    await waitFor(() => expect(root.textContent).toContain(`Hòa giải viên ${M2} đã được ghi danh từ trước.`));
  });

  it('takes attendance by hand, and puts the problem with one mediator beside them', async () => {
    let attempt = 0;
    const api = gateway('OPEN', {
      [`POST ${BASE}/sessions/s1/attendance`]: () =>
        ++attempt === 1
          ? problem(422, [{ field: 'mediatorIds[0]', message: 'Hòa giải viên chưa ghi danh vào lớp' }])
          : { sessionId: 's1', recorded: 1, alreadyRecorded: 0, attended: 2 },
    });
    const root = render(<CoursePage courseId={ID} />, api, { user: officer });
    await waitFor(() => expect(root.querySelector('button[aria-label="Điểm danh buổi Kỹ năng lắng nghe"]')).not.toBeNull());
    click(root.querySelector('button[aria-label="Điểm danh buổi Kỹ năng lắng nghe"]'));
    await waitFor(() => expect(root.querySelector('#f-att-s1-m-' + M2)).not.toBeNull());

    // Already checked in by QR: ticked, and cannot be unticked.
    const first = root.querySelector<HTMLInputElement>('#f-att-s1-m-' + M1)!;
    await waitFor(() => expect(first.checked).toBe(true));
    expect(first.disabled).toBe(true);
    expect(first.closest('li')!.textContent).toContain('quét mã QR');

    click(root.querySelector('#f-att-s1-m-' + M2));
    click(button(root, 'Ghi nhận có mặt'));
    await waitFor(() => expect(messageBeside(root, 'f-att-s1-m-' + M2)).toContain('Hòa giải viên chưa ghi danh vào lớp'));
    expect(api.calls(`POST ${BASE}/sessions/s1/attendance`)[0]!.body).toEqual({ mediatorIds: [M2] });

    click(button(root, 'Ghi nhận có mặt'));
    await waitFor(() => expect(root.textContent).toContain('Đã ghi nhận 1 người có mặt. Buổi học hiện có 2 người dự.'));
  });

  it('opens the course, and lists why the server refused', async () => {
    const api = gateway('PLANNED', {
      [`POST ${BASE}/status`]: () => problem(422, [{ field: 'sessions', message: 'Lớp cần ít nhất một buổi học trước khi mở' }]),
    });
    const root = render(<CoursePage courseId={ID} />, api, { user: officer });
    await waitFor(() => expect(root.querySelector('#course-status-heading')).not.toBeNull());
    click(button(root, 'Mở lớp'));
    await waitFor(() => expect(root.querySelector('.error-summary')?.textContent).toContain('Lớp cần ít nhất một buổi học trước khi mở'));
    expect(api.calls(`POST ${BASE}/status`)[0]!.body).toEqual({ status: 'OPEN' });

    // Cancelling asks first.
    click(button(root, 'Hủy lớp'));
    expect(root.textContent).toContain('Bạn có chắc chắn?');
    click(button(root, 'Không hủy'));
    expect(api.calls(`POST ${BASE}/status`)).toHaveLength(1);
  });

  it('adds a session, with the date error beside the date', async () => {
    const api = gateway('PLANNED', {
      [`POST ${BASE}/sessions`]: () =>
        problem(422, [{ field: 'date', message: 'Ngày của buổi học phải nằm trong thời gian của lớp (từ 20/11/2026 đến 21/11/2026)' }]),
    });
    const root = render(<CoursePage courseId={ID} />, api, { user: officer });
    await waitFor(() => expect(root.querySelector('#f-session-date')).not.toBeNull());
    type(root, '#f-session-date', '2026-12-01');
    type(root, '#f-session-title', 'Ôn tập');
    click(button(root, 'Thêm buổi học'));
    await waitFor(() => expect(messageBeside(root, 'f-session-date')).toContain('phải nằm trong thời gian của lớp'));
    expect(api.calls(`POST ${BASE}/sessions`)[0]!.body).toEqual({ date: '2026-12-01', title: 'Ôn tập' });
  });

  it('checks a sign-in sheet row by row before recording it', async () => {
    const api = gateway('OPEN', {
      [`POST ${BASE}/attendance/import`]: ({ url }) =>
        url.searchParams.get('dryRun') === 'true'
          ? { dryRun: true, rows: 3, recorded: 2, alreadyRecorded: 0, problems: [{ row: 4, column: 'Mã buổi', message: 'Lớp không có buổi học mã s9' }] }
          : { dryRun: false, rows: 3, recorded: 2, alreadyRecorded: 0, problems: [] },
    });
    const root = render(<CoursePage courseId={ID} />, api, { user: officer });
    await waitFor(() => expect(root.querySelector('#f-sheet-file')).not.toBeNull());

    click(button(root, 'Kiểm tra tệp'));
    expect(messageBeside(root, 'f-sheet-file')).toContain('Hãy chọn tệp danh sách ký tên');

    const input = root.querySelector<HTMLInputElement>('#f-sheet-file')!;
    const file = new File(['Mã hòa giải viên,Mã buổi\n'], 'ky-ten.csv', { type: 'text/csv' });
    Object.defineProperty(input, 'files', { value: [file] });
    act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    click(button(root, 'Kiểm tra tệp'));
    await waitFor(() => expect(root.querySelector('.sheet-report')).not.toBeNull());
    const report = root.querySelector('.sheet-report')!.textContent!;
    expect(report).toContain('Lớp không có buổi học mã s9');
    expect(root.querySelector('.sheet-report tbody tr')!.textContent).toContain('4');
    expect(button(root, 'Ghi nhận điểm danh').disabled).toBe(true);
    const [dryRun] = api.calls(`POST ${BASE}/attendance/import`);
    expect(dryRun!.url.searchParams.get('dryRun')).toBe('true');
    expect((dryRun!.init.body as FormData).get('file')).toBeInstanceOf(File);
  });
});

describe('the QR code of a session', () => {
  it('shows, large, the address of the check-in page with the session\'s token', async () => {
    const api = gateway('OPEN', {
      [`GET ${BASE}/sessions/s1/check-in-token`]: () => ({ token: 'dj1.c2ln', expiresAt: '2026-11-20T02:15:00Z' }),
    });
    const root = render(<QrPage courseId={ID} sessionId="s1" />, api, { user: officer });
    await waitFor(() => expect(root.querySelector('svg.qr__code')).not.toBeNull());
    const link = root.querySelector<HTMLAnchorElement>('.qr__link a')!;
    expect(link.getAttribute('href')).toBe('http://localhost:3000/#/diem-danh?token=dj1.c2ln');
    expect(root.querySelector('svg.qr__code')!.getAttribute('aria-label')).toBe('Mã QR điểm danh buổi Kỹ năng lắng nghe');
    expect(root.querySelector('svg.qr__code path')!.getAttribute('d')).toBe(qrPath(link.href).path);
    expect(root.textContent).toContain('Mã có hiệu lực đến 09:15:00 20/11/2026');
    expect(root.querySelector('h2')!.textContent).toContain('Buổi “Kỹ năng lắng nghe” — 20/11/2026');
  });

  it('draws a real QR code: finder patterns in three corners, quiet zone around', () => {
    const { size, modules, path } = qrPath('http://localhost:8080/#/diem-danh?token=abc.def');
    expect(size).toBe(modules + 8);
    expect(modules).toBeGreaterThanOrEqual(21);
    // The top-left finder pattern's first row: seven dark modules from (4, 4).
    expect(path.startsWith('M4 4h7v1h-7z')).toBe(true);
  });
});
