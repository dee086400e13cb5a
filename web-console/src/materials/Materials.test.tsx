import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { button, click, fakeGateway, json, messageBeside, problem, render, type, user } from '../courses/testing';
import { waitFor } from '../test/fakes';
import { MaterialPage } from './MaterialPage';
import { MaterialsPage } from './MaterialsPage';

const ID = 'f0e1d2c3-1111-4222-8333-444455556666';
const BASE = `/api/training/materials/${ID}`;

const MATERIAL = {
  id: ID,
  title: 'Sổ tay kỹ năng hòa giải ở cơ sở',
  kind: 'SKILLS_HANDBOOK',
  audience: 'MEDIATORS',
  publisherUnitCode: '540',
  currentVersion: 2,
  versions: [
    { number: 1, filename: 'so-tay-v1.pdf', contentType: 'application/pdf', size: 1536, sha256: 'ab', uploadedAt: '2026-03-01T02:00:00Z' },
    { number: 2, filename: 'so-tay-v2.pdf', contentType: 'application/pdf', size: 2_621_440, sha256: 'cd', uploadedAt: '2026-04-02T02:00:00Z' },
  ],
  downloads: 1234,
  changedAt: '2026-04-02T02:00:00Z',
  videoUrl: null,
  digitised: true,
  publications: [{ channel: 'DISTRICT_PORTAL', url: 'https://quynhon.binhdinh.gov.vn/so-tay', publishedOn: '2026-04-15' }],
  withdrawn: false,
  withdrawnAt: null,
  withdrawalReason: null,
  version: 7,
};

const QUY_NHON = { code: '540', name: 'Thành phố Quy Nhơn', level: 'DISTRICT', type: 'THANH_PHO', parentCode: '52' };
const district = user('DISTRICT_OFFICER', '540');

function gateway(extra: Parameters<typeof fakeGateway>[0] = {}) {
  return fakeGateway({
    'GET /api/training/materials': () => [MATERIAL],
    [`GET ${BASE}`]: () => MATERIAL,
    [`GET ${BASE}/reach`]: () => ({
      materialId: ID, reached: 3, byReadingLink: 1, byHandout: 2,
      communes: [{ communeCode: '21550', communeName: 'Phường Nhơn Bình', reached: 3, mediatorIds: ['hgv-1', 'hgv-2', 'hgv-3'] }],
    }),
    'GET /api/registry/units/540': () => QUY_NHON,
    ...extra,
  });
}

describe('the materials library', () => {
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });

  it('searches by title as typed (the server folds diacritics) and lists what it finds', async () => {
    const api = gateway();
    const root = render(<MaterialsPage />, api, { user: district });
    await waitFor(() => expect(root.querySelector('.material-card')).not.toBeNull());
    type(root, '#material-q', 'ky nang hoa giai');
    click(button(root, 'Tìm'));
    await waitFor(() => expect(api.calls('GET /api/training/materials')).toHaveLength(2));
    expect(api.calls('GET /api/training/materials')[1]!.url.searchParams.get('q')).toBe('ky nang hoa giai');
    const card = root.querySelector('.material-card')!.textContent!;
    expect(card).toContain('Sổ tay kỹ năng hòa giải ở cơ sở');
    expect(card).toContain('Sổ tay kỹ năng hòa giải');
    expect(card).toContain('1.234');
    await waitFor(() => expect(root.querySelector('.material-card')!.textContent).toContain('Thành phố Quy Nhơn'));
  });

  it("uploads a file, and shows the server's refusal of the file beside the file field", async () => {
    const api = gateway({
      'POST /api/training/materials': () =>
        problem(422, [{ field: 'file', message: 'Chỉ nhận tệp PDF, Word (.docx), PowerPoint (.pptx) hoặc Excel (.xlsx) đúng định dạng' }]),
    });
    const root = render(<MaterialsPage />, api, { user: district });
    click(button(root, 'Đăng tài liệu mới'));
    expect(root.querySelector<HTMLInputElement>('#f-material-publisherUnitCode')!.value).toBe('540');
    type(root, '#f-material-title', 'Bài giảng mẫu');
    type(root, '#f-material-kind', 'SAMPLE_LECTURE');
    type(root, '#f-material-audience', 'TRAINERS');
    const input = root.querySelector<HTMLInputElement>('#f-material-file')!;
    Object.defineProperty(input, 'files', { value: [new File(['not a pdf'], 'bai-giang.pdf')] });
    act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    click(button(root, 'Đăng tài liệu'));
    await waitFor(() => expect(root.querySelector('#f-material-file')!.getAttribute('aria-invalid')).toBe('true'));
    expect(messageBeside(root, 'f-material-file')).toContain('Chỉ nhận tệp PDF, Word (.docx)');
    const form = api.calls('POST /api/training/materials')[0]!.init.body as FormData;
    expect(form.get('title')).toBe('Bài giảng mẫu');
    expect(form.get('kind')).toBe('SAMPLE_LECTURE');
    expect(form.get('publisherUnitCode')).toBe('540');
    expect((form.get('file') as File).name).toBe('bai-giang.pdf');
    expect(form.get('videoUrl')).toBeNull();

    // A video is a link, not a file.
    type(root, '#f-material-kind', 'VIDEO');
    expect(root.querySelector('#f-material-file')).toBeNull();
    expect(root.querySelector('#f-material-videoUrl')).not.toBeNull();
  });
});

describe('a material', () => {
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });

  it('shows its versions, publications and reach by commune', async () => {
    const root = render(<MaterialPage materialId={ID} />, gateway(), { user: district });
    await waitFor(() => expect(root.querySelector('h1')!.textContent).toBe(MATERIAL.title));
    const facts = root.querySelector('.material')!.textContent!;
    expect(facts).toContain('Phiên bản 2');
    expect(facts).toContain('Trang thông tin điện tử cấp huyện');
    expect(facts).toContain('(15/04/2026)');
    expect(root.querySelector('[aria-labelledby="versions-heading"]')!.textContent).toContain('2,5 MB');
    await waitFor(() => expect(root.textContent).toContain('3 hòa giải viên đã tiếp cận tài liệu: 1 qua đường dẫn, 2 qua phát tài liệu.'));
    expect(root.querySelector('[aria-labelledby="reach-heading"] tbody')!.textContent).toContain('Phường Nhơn Bình');
  });

  it("sends the publication details on the version read, with each row's errors beside its fields", async () => {
    const api = gateway({
      [`PUT ${BASE}/publication`]: () =>
        problem(422, [{ field: 'publications[1].url', message: 'Địa chỉ đăng tải phải là đường dẫn http hoặc https đầy đủ' }]),
    });
    const root = render(<MaterialPage materialId={ID} />, api, { user: district });
    await waitFor(() => expect(root.querySelector('#publication-heading')).not.toBeNull());
    click(button(root, 'Thêm nơi đăng tải'));
    type(root, '#f-pub-publications-1-channel', 'SOCIAL_NETWORK');
    type(root, '#f-pub-publications-1-url', 'facebook/sotuphap');
    click(button(root, 'Lưu thông tin đăng tải'));
    await waitFor(() => expect(root.querySelector('#f-pub-publications-1-url')!.getAttribute('aria-invalid')).toBe('true'));
    expect(messageBeside(root, 'f-pub-publications-1-url')).toContain('đường dẫn http hoặc https đầy đủ');
    expect(root.querySelector('.error-summary')!.textContent).toContain('Nơi đăng tải thứ 2 – Địa chỉ (http:// hoặc https://)');
    const [call] = api.calls(`PUT ${BASE}/publication`);
    expect((call!.init.headers as Record<string, string>)['If-Match']).toBe('"7"');
    expect(call!.body).toEqual({
      digitised: true,
      publications: [
        { channel: 'DISTRICT_PORTAL', url: 'https://quynhon.binhdinh.gov.vn/so-tay', publishedOn: '2026-04-15' },
        { channel: 'SOCIAL_NETWORK', url: 'facebook/sotuphap', publishedOn: null },
      ],
    });
  });

  it("gives a mediator a reading link to copy, and says a handout's wrong ids by line", async () => {
    const api = gateway({
      [`POST ${BASE}/reading-links`]: () => json(201, { token: 'tok.sig', url: '/api/training/materials/read/tok.sig', expiresOn: '2027-11-27' }),
      [`POST ${BASE}/handouts`]: () =>
        problem(422, [{ field: 'mediatorIds[1]', message: 'Không tìm thấy hòa giải viên có mã hgv-x trong danh sách tổ hòa giải' }]),
    });
    const root = render(<MaterialPage materialId={ID} />, api, { user: district });
    await waitFor(() => expect(root.querySelector('#f-link-mediatorId')).not.toBeNull());
    type(root, '#f-link-mediatorId', 'hgv-1');
    click(button(root, 'Tạo đường dẫn'));
    await waitFor(() => expect(root.querySelector<HTMLInputElement>('#reading-link-url')?.value)
      .toBe('http://localhost:3000/api/training/materials/read/tok.sig'));
    expect(root.querySelector('.reading-link')!.textContent).toContain('Dùng được đến hết ngày 27/11/2027');
    expect(api.calls(`POST ${BASE}/reading-links`)[0]!.body).toEqual({ mediatorId: 'hgv-1' });

    type(root, '#f-handout-mediatorIds', 'hgv-1\n\nhgv-x\n');
    click(button(root, 'Ghi nhận phát tài liệu'));
    await waitFor(() => expect(root.querySelector('#f-handout-mediatorIds')!.getAttribute('aria-invalid')).toBe('true'));
    expect(messageBeside(root, 'f-handout-mediatorIds')).toContain('Dòng 3: Không tìm thấy hòa giải viên có mã hgv-x');
    expect(api.calls(`POST ${BASE}/handouts`)[0]!.body).toEqual({ mediatorIds: ['hgv-1', 'hgv-x'] });
  });

  it('withdraws only after a confirmation, on the version read', async () => {
    const api = gateway({ [`POST ${BASE}/withdrawal`]: () => ({ ...MATERIAL, withdrawn: true, version: 8 }) });
    const root = render(<MaterialPage materialId={ID} />, api, { user: district });
    await waitFor(() => expect(root.querySelector('#withdraw-heading')).not.toBeNull());
    type(root, '#f-withdraw-reason', 'Đã có bản mới');
    click(button(root, 'Thu hồi tài liệu'));
    expect(api.calls(`POST ${BASE}/withdrawal`)).toHaveLength(0);
    click(button(root, 'Xác nhận thu hồi'));
    await waitFor(() => expect(api.calls(`POST ${BASE}/withdrawal`)).toHaveLength(1));
    const [call] = api.calls(`POST ${BASE}/withdrawal`);
    expect(call!.body).toEqual({ reason: 'Đã có bản mới' });
    expect((call!.init.headers as Record<string, string>)['If-Match']).toBe('"7"');
  });

  it('shows a trainer no publishing, linking or reach controls', async () => {
    const root = render(<MaterialPage materialId={ID} />, gateway(), { user: user('TRAINER', '540') });
    await waitFor(() => expect(root.querySelector('h1')!.textContent).toBe(MATERIAL.title));
    expect(root.querySelector('#publication-heading')).toBeNull();
    expect(root.querySelector('#link-heading')).toBeNull();
    expect(root.querySelector('#reach-heading')).toBeNull();
    expect(button(root, 'Tải về bản mới nhất')).not.toBeNull();
  });
});
