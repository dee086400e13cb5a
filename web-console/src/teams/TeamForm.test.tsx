import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { ApiClient } from '../api/client';
import { registryApi } from '../api/registry';
import { createServices, ServicesProvider } from '../app/services';
import { fakeReporting, mount, settle } from '../test/fakes';
import { TeamForm } from './TeamForm';

const PROBLEM = {
  type: 'urn:problem:hoa-giai:invalid-request',
  title: 'Dữ liệu không hợp lệ',
  status: 422,
  detail: 'Có 3 trường dữ liệu không hợp lệ.',
  instance: '/api/registry/teams',
  errors: [
    { field: 'villageName', message: 'Tên thôn, tổ dân phố là bắt buộc' },
    { field: 'mediators[0].birthYear', message: 'Năm sinh phải từ 1900 đến 2008' },
    { field: 'mediators', message: 'Mỗi tổ hòa giải chỉ có một tổ trưởng' },
  ],
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

function setUp(fetch: typeof globalThis.fetch) {
  const services = createServices(fakeReporting([], {}), registryApi(new ApiClient({ fetch })));
  const onCreated = vi.fn();
  const root = mount(
    <ServicesProvider services={services}>
      <TeamForm communeCode="21550" onCreated={onCreated} onCancel={() => {}} />
    </ServicesProvider>,
  );
  return { root, onCreated };
}

describe('registering a team', () => {
  it("shows the server's field errors next to each field, and lists them at the top", async () => {
    const fetch = vi.fn(async () =>
      new Response(JSON.stringify(PROBLEM), { status: 422, headers: { 'Content-Type': 'application/problem+json' } }),
    );
    const { root, onCreated } = setUp(fetch);

    type(root, 'f-name', 'Tổ hòa giải khu vực 1');
    type(root, 'f-mediators-0-fullName', 'Nguyễn Thị Lan');
    type(root, 'f-mediators-0-gender', 'FEMALE');
    type(root, 'f-mediators-0-birthYear', '1800');
    act(() => root.querySelector<HTMLButtonElement>('button[type=submit]')!.click());
    await settle();

    // What was sent is what was typed; the server does the checking.
    const body = JSON.parse((fetch.mock.calls[0] as unknown as [string, RequestInit])[1].body as string);
    expect(body).toMatchObject({
      communeCode: '21550',
      villageName: '',
      name: 'Tổ hòa giải khu vực 1',
      mediators: [{ fullName: 'Nguyễn Thị Lan', gender: 'FEMALE', birthYear: 1800, ethnicity: 'Kinh', leader: false }, {}, {}],
    });
    expect(onCreated).not.toHaveBeenCalled();

    // Each message sits beside its field, which is marked invalid and described by it.
    const birthYear = root.querySelector<HTMLInputElement>('#f-mediators-0-birthYear')!;
    expect(birthYear.getAttribute('aria-invalid')).toBe('true');
    const message = document.getElementById(birthYear.getAttribute('aria-describedby')!.split(' ').pop()!)!;
    expect(message.textContent).toContain('Năm sinh phải từ 1900 đến 2008');
    expect(birthYear.closest('.field')!.contains(message)).toBe(true);

    const village = root.querySelector<HTMLInputElement>('#f-villageName')!;
    expect(village.getAttribute('aria-invalid')).toBe('true');
    expect(village.closest('.field')!.textContent).toContain('Tên thôn, tổ dân phố là bắt buộc');

    // A rule about the mediators as a whole shows on their fieldset.
    expect(root.querySelector('#f-mediators')!.textContent).toContain('Mỗi tổ hòa giải chỉ có một tổ trưởng');
    // A field without an error is left alone.
    expect(root.querySelector('#f-name')!.getAttribute('aria-invalid')).toBeNull();
    expect(root.querySelector('#f-mediators-1-birthYear')!.getAttribute('aria-invalid')).toBeNull();

    // The summary names every problem, takes focus and links to the fields.
    const summary = root.querySelector<HTMLElement>('.error-summary')!;
    expect(document.activeElement).toBe(summary);
    expect(summary.textContent).toContain('Hòa giải viên thứ 1 — Năm sinh: Năm sinh phải từ 1900 đến 2008');
    expect(summary.querySelector('a[href="#f-villageName"]')).not.toBeNull();

    // Correcting a field takes its message away.
    type(root, 'f-mediators-0-birthYear', '1975');
    expect(root.querySelector('#f-mediators-0-birthYear')!.getAttribute('aria-invalid')).toBeNull();
    expect(root.textContent).not.toContain('Năm sinh phải từ 1900 đến 2008');
    expect(root.textContent).toContain('Tên thôn, tổ dân phố là bắt buộc');
  });

  it('sends a birth year that is not a number as typed, so the server names the field', async () => {
    const fetch = vi.fn(async () =>
      new Response(
        JSON.stringify({
          title: 'Dữ liệu không hợp lệ',
          status: 400,
          errors: [{ field: 'mediators[1].birthYear', message: 'Giá trị không đúng kiểu dữ liệu.' }],
        }),
        { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
      ),
    );
    const { root } = setUp(fetch);
    type(root, 'f-mediators-1-birthYear', 'năm 70');
    act(() => root.querySelector<HTMLButtonElement>('button[type=submit]')!.click());
    await settle();

    const body = JSON.parse((fetch.mock.calls[0] as unknown as [string, RequestInit])[1].body as string);
    expect(body.mediators[1].birthYear).toBe('năm 70');
    expect(root.querySelector('#f-mediators-1-birthYear')!.closest('.field')!.textContent).toContain(
      'Giá trị không đúng kiểu dữ liệu.',
    );
  });

  it('hands the created team over when the server accepts it', async () => {
    const team = { id: 't1', name: 'Tổ hòa giải khu vực 1', compliance: { compliant: true, reasons: [] } };
    const fetch = vi.fn(async () => new Response(JSON.stringify(team), { status: 201, headers: { 'Content-Type': 'application/json' } }));
    const { root, onCreated } = setUp(fetch);
    act(() => root.querySelector<HTMLButtonElement>('button[type=submit]')!.click());
    await settle();
    expect(onCreated).toHaveBeenCalledWith(team);
    expect(root.querySelector('.error-summary')).toBeNull();
  });
});
