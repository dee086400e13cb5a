import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportJob, ImportReport } from '../api/registry';
import { ServicesProvider } from '../app/services';
import { mount, settle, waitFor } from '../test/fakes';
import { button, click, fakeGateway, fill, invalid, json } from '../test/registryGateway';
import { ImportsPage, polling } from './ImportsPage';

const DISTRICTS = [
  { code: '540', name: 'Thành phố Quy Nhơn', level: 'DISTRICT', type: 'THANH_PHO', parentCode: '52' },
  { code: '542', name: 'Huyện An Lão', level: 'DISTRICT', type: 'HUYEN', parentCode: '52' },
];

function report(overrides: Partial<ImportReport> = {}): ImportReport {
  return {
    fileName: 'to-hoa-giai.xlsx',
    rows: 3702,
    teams: 1234,
    mediators: 3701,
    compliantTeams: 1230,
    nonCompliantTeams: [
      { row: 8, communeCode: '21550', villageName: 'Khu vực 3', name: 'Tổ hòa giải khu vực 3', reasons: ['Thiếu hòa giải viên nữ'] },
    ],
    problems: [],
    valid: true,
    ...overrides,
  };
}

function job(overrides: Partial<ImportJob> = {}): ImportJob {
  return {
    id: 'j1',
    fileName: 'to-hoa-giai.xlsx',
    status: 'WRITING',
    rows: 3702,
    teams: 1234,
    mediators: 3701,
    compliantTeams: 1230,
    teamsWritten: 0,
    percent: 0,
    failure: null,
    createdAt: '2026-11-20T03:04:05Z',
    finishedAt: null,
    ...overrides,
  };
}

function setUp() {
  const gateway = fakeGateway().on('GET', /^\/api\/registry\/units\?parent=52&level=DISTRICT/, DISTRICTS);
  const root = mount(
    <ServicesProvider services={gateway.services()}>
      <ImportsPage />
    </ServicesProvider>,
  );
  return { gateway, root };
}

/** Chooses a file in the file input, as the browser's file dialog would. */
function choose(root: HTMLElement, file: File) {
  const input = root.querySelector<HTMLInputElement>('#f-file')!;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

const FILE = () => new File(['Mã xã;Thôn, tổ dân phố'], 'to-hoa-giai.xlsx', { type: 'application/vnd.ms-excel' });

describe('importing teams from a file', () => {
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    polling.intervalMs = 5;
  });
  afterEach(() => {
    polling.intervalMs = 1000;
  });

  it('runs the file dry, showing that it works meanwhile, and lists its problems row by row', async () => {
    const { gateway, root } = setUp();
    let answer: (response: Response) => void = () => {};
    gateway.on('POST', /^\/api\/registry\/imports\?dryRun=true$/, () => new Promise<Response>((resolve) => (answer = resolve)));
    choose(root, FILE());
    click(button(root, 'Chạy thử'));
    await settle();

    // While the server checks the file, the page says so.
    expect(root.querySelector('.progress-block')!.textContent).toContain('Đang kiểm tra tệp to-hoa-giai.xlsx…');
    expect(root.querySelector('.progress-block progress')).not.toBeNull();
    const [post] = gateway.sent('POST', '/api/registry/imports');
    expect(post!.url).toBe('/api/registry/imports?dryRun=true');
    expect(post!.headers.Authorization).toBe('Bearer token-1');
    expect((post!.body as FormData).get('file')).toBeInstanceOf(File);
    expect(((post!.body as FormData).get('file') as File).name).toBe('to-hoa-giai.xlsx');

    answer(
      json(
        200,
        report({
          valid: false,
          nonCompliantTeams: [],
          problems: [
            { field: 'Dòng 7, cột Giới tính', row: 7, column: 'Giới tính', message: 'Giới tính là Nam hoặc Nữ' },
            { field: 'Dòng 3, cột Năm sinh', row: 3, column: 'Năm sinh', message: 'Năm sinh phải từ 1900 đến 2008' },
            { field: 'Dòng 5', row: 5, column: '', message: 'Đơn vị 21609 nằm ngoài phạm vi của bạn' },
          ],
        }),
      ),
    );
    await settle();

    expect(root.querySelector('.progress-block')).toBeNull();
    const text = root.querySelector('.import-report')!.textContent!;
    expect(text).toContain('3.702'); // rows
    expect(text).toContain('1.234'); // teams
    expect(text).toContain('Tệp có 3 lỗi; chưa nhập được.');
    const rows = [...root.querySelectorAll('.problems-table tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.textContent),
    );
    expect(rows).toEqual([
      ['3', 'Năm sinh', 'Năm sinh phải từ 1900 đến 2008'],
      ['5', 'Cả dòng', 'Đơn vị 21609 nằm ngoài phạm vi của bạn'],
      ['7', 'Giới tính', 'Giới tính là Nam hoặc Nữ'],
    ]);
    // A file with problems cannot be imported.
    expect([...root.querySelectorAll('button')].map((b) => b.textContent)).not.toContain('Nhập chính thức');
  });

  it("shows the server's message about the file itself beside the file input", async () => {
    const { gateway, root } = setUp();
    gateway.on(
      'POST',
      /^\/api\/registry\/imports\?dryRun=true$/,
      report({
        rows: 0,
        teams: 0,
        mediators: 0,
        compliantTeams: 0,
        nonCompliantTeams: [],
        valid: false,
        problems: [{ field: 'file', row: 0, column: '', message: 'Thiếu cột bắt buộc: Giới tính, Năm sinh' }],
      }),
    );
    choose(root, FILE());
    click(button(root, 'Chạy thử'));
    await settle();

    const input = root.querySelector<HTMLInputElement>('#f-file')!;
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const message = document.getElementById(input.getAttribute('aria-describedby')!.split(' ').pop()!)!;
    expect(message.textContent).toContain('Thiếu cột bắt buộc: Giới tính, Năm sinh');
    expect(input.closest('.field')!.contains(message)).toBe(true);
    expect(root.querySelector('.problems-table tbody td')!.textContent).toBe('Cả tệp');
  });

  it('asks for a file before sending anything', async () => {
    const { gateway, root } = setUp();
    click(button(root, 'Chạy thử'));
    await settle();
    expect(gateway.sent('POST', '/api/registry/imports')).toHaveLength(0);
    expect(root.querySelector('#f-file')!.closest('.field')!.textContent).toContain('Hãy chọn tệp cần nhập.');
  });

  it('imports a file for real and follows the import until it has completed', async () => {
    const { gateway, root } = setUp();
    let written = false;
    const writing = job({ teamsWritten: 617, percent: 49 });
    const completed = job({ status: 'COMPLETED', teamsWritten: 1234, percent: 100, finishedAt: '2026-11-20T03:05:00Z' });
    gateway
      .on('POST', /^\/api\/registry\/imports\?dryRun=true$/, report())
      .on('POST', /^\/api\/registry\/imports$/, json(202, job()))
      .on('GET', '/api/registry/imports/j1', () => json(200, written ? completed : writing));
    choose(root, FILE());
    click(button(root, 'Chạy thử'));
    await settle();

    expect(root.querySelector('.import-report')!.textContent).toContain('Tệp không có lỗi, có thể nhập chính thức.');
    expect(root.querySelector('.import-report table')!.textContent).toContain('Thiếu hòa giải viên nữ');
    click(button(root, 'Nhập chính thức'));
    await settle(2);
    expect(gateway.sent('POST', '/api/registry/imports')[1]!.url).toBe('/api/registry/imports');

    await waitFor(() => expect(root.querySelector('#progress-text')?.textContent).toContain('Đã ghi 617/1.234 tổ hòa giải (49%).'));
    expect(root.querySelector<HTMLProgressElement>('.import-progress progress')!.value).toBe(49);
    written = true;
    await waitFor(() => expect(root.querySelector('.import-progress')!.textContent).toContain('Đã nhập xong'));
    expect(root.querySelector('.import-progress')!.textContent).toContain('Đã nhập 1.234 tổ hòa giải với 3.701 hòa giải viên.');
    expect(root.querySelector('.import-progress progress')).toBeNull();
    const polls = gateway.sent('GET', '/api/registry/imports/j1').length;
    await settle();
    await new Promise((resolve) => setTimeout(resolve, 30));
    // Done: no more asking.
    expect(gateway.sent('GET', '/api/registry/imports/j1')).toHaveLength(polls);
  });

  it('lists the problems when the server refuses the real import (422)', async () => {
    const { gateway, root } = setUp();
    gateway
      .on('POST', /^\/api\/registry\/imports\?dryRun=true$/, report())
      .on(
        'POST',
        /^\/api\/registry\/imports$/,
        json(
          422,
          {
            type: 'urn:problem:hoa-giai:invalid-file',
            title: 'Tệp không nhập được',
            status: 422,
            detail: 'Tệp có 1 lỗi; chưa có dòng nào được nhập. Hãy sửa các lỗi theo dòng và cột rồi nhập lại.',
            errors: [{ field: 'Dòng 4, cột Số quyết định công nhận', row: 4, column: 'Số quyết định công nhận', message: 'Số quyết định công nhận 12/QĐ-UBND đã dùng' }],
            errorCount: 1,
          },
          'application/problem+json',
        ),
      );
    choose(root, FILE());
    click(button(root, 'Chạy thử'));
    await settle();
    click(button(root, 'Nhập chính thức'));
    await settle();

    expect(root.querySelector('.error-summary')!.textContent).toContain('chưa có dòng nào được nhập');
    const cells = [...root.querySelectorAll('.problems-table tbody td')].map((td) => td.textContent);
    expect(cells).toEqual(['4', 'Số quyết định công nhận', 'Số quyết định công nhận 12/QĐ-UBND đã dùng']);
    expect(root.querySelector('.import-progress')).toBeNull();
  });
});

describe('files to download', () => {
  let saved: { href: string; download: string }[];
  beforeEach(() => {
    saved = [];
    URL.createObjectURL = vi.fn(() => 'blob:http://localhost/1');
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ href: this.href, download: this.download });
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('downloads the template with the user’s token, under the name the server gives', async () => {
    const { gateway, root } = setUp();
    gateway.on(
      'GET',
      '/api/registry/imports/template.xlsx',
      new Response(new Blob(['PK']), {
        headers: {
          'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'Content-Disposition': 'attachment; filename="mau-nhap-to-hoa-giai.xlsx"',
        },
      }),
    );
    click(button(root, 'Tải mẫu Excel (.xlsx)'));
    await settle();
    const [get] = gateway.sent('GET', '/api/registry/imports/template.xlsx');
    expect(get!.headers.Authorization).toBe('Bearer token-1');
    expect(saved).toEqual([{ href: 'blob:http://localhost/1', download: 'mau-nhap-to-hoa-giai.xlsx' }]);
    expect(root.textContent).toContain('Đã tải tệp mau-nhap-to-hoa-giai.xlsx.');
  });

  it('exports the teams of a chosen district, only those falling short', async () => {
    const { gateway, root } = setUp();
    gateway.on('GET', /^\/api\/registry\/teams\/export\.xlsx/, () =>
      new Response(new Blob(['PK']), { headers: { 'Content-Disposition': 'attachment; filename="to-hoa-giai-540.xlsx"' } }),
    );
    await waitFor(() => expect(root.querySelectorAll('#f-unit option')).toHaveLength(3));
    fill(root, 'f-unit', '540');
    fill(root, 'f-compliant', 'false');
    click(button(root, 'Tải danh sách (Excel)'));
    await settle();
    const [get] = gateway.sent('GET', '/api/registry/teams/export.xlsx');
    expect(get!.url).toBe('/api/registry/teams/export.xlsx?unit=540&compliant=false');
    expect(get!.headers.Authorization).toBe('Bearer token-1');
    expect(saved[0]!.download).toBe('to-hoa-giai-540.xlsx');
  });

  it("shows the server's message about the unit beside the unit chosen", async () => {
    const { gateway, root } = setUp();
    gateway.on('GET', /^\/api\/registry\/teams\/export\.xlsx/, invalid([{ field: 'unit', message: 'Không tìm thấy đơn vị hành chính có mã 52' }], 400));
    await waitFor(() => expect(root.querySelectorAll('#f-unit option')).toHaveLength(3));
    click(button(root, 'Tải danh sách (Excel)'));
    await settle();
    expect(gateway.sent('GET', '/api/registry/teams/export.xlsx')[0]!.url).toBe('/api/registry/teams/export.xlsx?unit=52');
    const select = root.querySelector('#f-unit')!;
    expect(select.getAttribute('aria-invalid')).toBe('true');
    expect(select.closest('.unit-chooser')!.textContent).toContain('Không tìm thấy đơn vị hành chính có mã 52');
    expect(saved).toHaveLength(0);
  });
});
