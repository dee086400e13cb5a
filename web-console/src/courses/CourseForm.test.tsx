import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { ApiClient } from '../api/client';
import { registryApi } from '../api/registry';
import { trainingApi } from '../api/training';
import { createServices, ServicesProvider } from '../app/services';
import { fakeReporting, mount, settle, waitFor } from '../test/fakes';
import { CourseForm } from './CourseForm';
import { CoursePage } from './CoursesPage';

const COURSE = {
  id: '7d0f3c8e-3b1a-4c55-9a4e-2f6f1c0b9a11',
  organiserUnitCode: '21550',
  title: 'Tập huấn kỹ năng hòa giải năm 2026',
  audience: 'MEDIATORS',
  startDate: '2026-12-10',
  endDate: '2026-12-11',
  status: 'PLANNED',
  version: 1,
};

function type(root: HTMLElement, id: string, value: string) {
  const input = root.querySelector<HTMLInputElement | HTMLSelectElement>(`#${id}`);
  if (!input) {
    throw new Error(`no #${id}`);
  }
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
}

function json(status: number, body: unknown, contentType = 'application/json') {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } });
}

function setUp(fetch: typeof globalThis.fetch) {
  const client = new ApiClient({ fetch });
  const services = createServices(fakeReporting([], {}), registryApi(client), trainingApi(client));
  const onCreated = vi.fn();
  const root = mount(
    <ServicesProvider services={services}>
      <CourseForm organiserUnitCode="21550" onCreated={onCreated} />
    </ServicesProvider>,
  );
  return { root, onCreated };
}

describe('planning a course', () => {
  it("sends what was typed and shows the server's field errors beside each field", async () => {
    const fetch = vi.fn(async (_url: RequestInfo | URL, _init?: RequestInit) =>
      json(422, {
        title: 'Dữ liệu không hợp lệ',
        status: 422,
        errors: [
          { field: 'audience', message: 'Đối tượng tham dự là bắt buộc' },
          { field: 'endDate', message: 'Ngày kết thúc không được trước ngày bắt đầu' },
        ],
      }, 'application/problem+json'),
    );
    const { root, onCreated } = setUp(fetch);

    // The organiser is the user's own unit unless changed.
    expect(root.querySelector<HTMLInputElement>('#f-organiserUnitCode')!.value).toBe('21550');
    type(root, 'f-title', 'Tập huấn kỹ năng hòa giải');
    type(root, 'f-startDate', '2026-12-10');
    type(root, 'f-endDate', '2026-12-09');
    act(() => root.querySelector<HTMLButtonElement>('button[type=submit]')!.click());
    await settle();

    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('/api/training/courses');
    expect(JSON.parse(init!.body as string)).toEqual({
      organiserUnitCode: '21550',
      title: 'Tập huấn kỹ năng hòa giải',
      audience: null,
      startDate: '2026-12-10',
      endDate: '2026-12-09',
    });
    expect(onCreated).not.toHaveBeenCalled();

    const endDate = root.querySelector<HTMLInputElement>('#f-endDate')!;
    expect(endDate.type).toBe('date');
    expect(endDate.getAttribute('aria-invalid')).toBe('true');
    const message = document.getElementById(endDate.getAttribute('aria-describedby')!.split(' ').pop()!)!;
    expect(message.textContent).toContain('Ngày kết thúc không được trước ngày bắt đầu');
    expect(endDate.closest('.field')!.contains(message)).toBe(true);
    expect(root.querySelector('#f-audience')!.closest('.field')!.textContent).toContain('Đối tượng tham dự là bắt buộc');
    expect(root.querySelector('#f-title')!.getAttribute('aria-invalid')).toBeNull();

    const summary = root.querySelector<HTMLElement>('.error-summary')!;
    expect(document.activeElement).toBe(summary);
    expect(summary.textContent).toContain('Ngày kết thúc: Ngày kết thúc không được trước ngày bắt đầu');
    expect(summary.querySelector('a[href="#f-audience"]')).not.toBeNull();

    // Correcting a field takes its message away.
    type(root, 'f-audience', 'MEDIATORS');
    expect(root.querySelector('#f-audience')!.getAttribute('aria-invalid')).toBeNull();
    expect(root.textContent).not.toContain('Đối tượng tham dự là bắt buộc');
  });

  it('says what went wrong when the server refuses without naming a field (403)', async () => {
    const fetch = vi.fn(async () =>
      json(403, { title: 'Không được phép', status: 403, detail: 'Đơn vị 21609 nằm ngoài phạm vi của bạn.' }, 'application/problem+json'),
    );
    const { root } = setUp(fetch);
    type(root, 'f-organiserUnitCode', '21609');
    act(() => root.querySelector<HTMLButtonElement>('button[type=submit]')!.click());
    await settle();
    expect(root.querySelector('.error-summary')!.textContent).toContain('Đơn vị 21609 nằm ngoài phạm vi của bạn.');
  });

  it('hands the planned course over when the server accepts it', async () => {
    const fetch = vi.fn(async () => json(201, COURSE));
    const { root, onCreated } = setUp(fetch);
    type(root, 'f-title', COURSE.title);
    type(root, 'f-audience', 'MEDIATORS');
    type(root, 'f-startDate', COURSE.startDate);
    type(root, 'f-endDate', COURSE.endDate);
    act(() => root.querySelector<HTMLButtonElement>('button[type=submit]')!.click());
    await settle();
    expect(onCreated).toHaveBeenCalledWith(COURSE);
    expect(root.querySelector('.error-summary')).toBeNull();
    expect(root.querySelector<HTMLInputElement>('#f-title')!.value).toBe('');
  });
});

describe('a course page', () => {
  it('shows the course with its organiser, audience, dates and status in Vietnamese', async () => {
    const fetch = vi.fn(async (url: RequestInfo | URL) =>
      String(url) === `/api/training/courses/${COURSE.id}`
        ? json(200, COURSE)
        : String(url).endsWith('/enrolments')
          ? json(200, [])
          : json(200, { code: '21550', name: 'Phường Nhơn Bình', level: 'COMMUNE', type: 'PHUONG', parentCode: '540' }),
    );
    const client = new ApiClient({ fetch });
    const root = mount(
      <ServicesProvider services={createServices(fakeReporting([], {}), registryApi(client), trainingApi(client))}>
        <CoursePage courseId={COURSE.id} />
      </ServicesProvider>,
    );
    await waitFor(() => expect(root.querySelector('h1')!.textContent).toBe(COURSE.title));
    await waitFor(() => expect(root.textContent).toContain('Phường Nhơn Bình (mã 21550)'));
    expect(fetch.mock.calls[0]![0]).toBe(`/api/training/courses/${COURSE.id}`);
    const text = root.querySelector('.course')!.textContent;
    expect(text).toContain('Hòa giải viên ở cơ sở');
    expect(text).toContain('10/12/2026 – 11/12/2026 (2 ngày)');
    expect(text).toContain('Đã lên kế hoạch');
    expect(text).toContain(COURSE.id);
  });

  it('says so when there is no such course', async () => {
    const fetch = vi.fn(async () =>
      json(404, { title: 'Không tìm thấy', status: 404, detail: 'Không tìm thấy lớp tập huấn abc' }, 'application/problem+json'),
    );
    const client = new ApiClient({ fetch });
    const root = mount(
      <ServicesProvider services={createServices(fakeReporting([], {}), registryApi(client), trainingApi(client))}>
        <CoursePage courseId="abc" />
      </ServicesProvider>,
    );
    await waitFor(() => expect(root.querySelector('[role=alert]')!.textContent).toContain('Không tìm thấy lớp tập huấn abc'));
  });
});
