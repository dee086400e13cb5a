import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { ApiClient } from '../api/client';
import { registryApi } from '../api/registry';
import { trainingApi } from '../api/training';
import { createServices } from '../app/services';
import { Root } from '../app/Root';
import { fakeTab, providerFetch, session } from '../test/auth';
import { fakeReporting, mount, settle, waitFor } from '../test/fakes';
import { button, click, json, messageBeside, problem, type } from '../courses/testing';
import { REMEMBERED_ID } from './CheckInPage';

const TOKEN = 'djF8Y291cnNlfHMxfDE3OTk5OTk5OTk.c2lnbmF0dXJl';

/** The console as a phone opens it from the QR code: nobody signed in, the token in the address. */
function phone(answer: (body: { token: string; mediatorId: string }) => Response) {
  window.location.hash = `#/diem-danh?token=${TOKEN}`;
  const auth = session(providerFetch(), fakeTab('', window.location.hash));
  const api = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => answer(JSON.parse(init!.body as string)));
  const client = new ApiClient({ fetch: api });
  client.setTokenProvider(auth.tokenProvider);
  const root = mount(
    <Root auth={auth} createServices={() => createServices(fakeReporting([], {}), registryApi(client), trainingApi(client))} />,
  );
  return { root, api, auth };
}

describe('checking in from a phone', () => {
  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });

  it('needs no sign-in: the mediator types their id and is checked in with the QR token', async () => {
    const { root, api, auth } = phone(({ mediatorId }) =>
      json(200, { courseId: 'c-1', sessionId: 's1', mediatorId, alreadyRecorded: false }));
    await act(() => auth.start());
    expect(auth.state.status).toBe('signedOut');
    expect(root.querySelector('h1')!.textContent).toBe('Điểm danh lớp tập huấn');
    expect(root.querySelector('#sign-in')).toBeNull();
    expect(root.querySelector('nav.site-nav')).toBeNull();

    type(root, '#f-checkin-mediatorId', ' hgv-0001 ');
    click(root.querySelector('#checkin-remember'));
    click(button(root, 'Điểm danh'));
    await waitFor(() => expect(root.querySelector('#checkin-result')?.textContent).toBe('Đã điểm danh hòa giải viên hgv-0001. Cảm ơn bạn!'));

    const [url, init] = api.mock.calls[0]!;
    expect(url).toBe('/api/training/check-in');
    expect(init!.method).toBe('POST');
    expect(JSON.parse(init!.body as string)).toEqual({ token: TOKEN, mediatorId: 'hgv-0001' });
    expect((init!.headers as Record<string, string>).Authorization).toBeUndefined();
    // Asked to: the phone remembers the id for the next session.
    expect(localStorage.getItem(REMEMBERED_ID)).toBe('hgv-0001');
  });

  it("shows the server's problem with the id beside the field, and an expired QR code above the form", async () => {
    let attempt = 0;
    const { root } = phone(() =>
      ++attempt === 1
        ? problem(422, [{ field: 'mediatorId', message: 'Hòa giải viên hgv-9 chưa ghi danh vào lớp này' }])
        : problem(422, [{ field: 'token', message: 'Mã QR không hợp lệ hoặc đã hết hạn, hãy quét lại mã đang hiển thị' }]));
    await settle();
    type(root, '#f-checkin-mediatorId', 'hgv-9');
    click(button(root, 'Điểm danh'));
    await waitFor(() => expect(root.querySelector('#f-checkin-mediatorId')!.getAttribute('aria-invalid')).toBe('true'));
    expect(messageBeside(root, 'f-checkin-mediatorId')).toBe('Lỗi: Hòa giải viên hgv-9 chưa ghi danh vào lớp này');
    expect(document.activeElement).toBe(root.querySelector('.error-summary'));

    click(button(root, 'Điểm danh'));
    await waitFor(() => expect(root.querySelector('.error-summary')!.textContent).toContain('Mã QR không hợp lệ hoặc đã hết hạn'));
    expect(root.querySelector('#f-checkin-mediatorId')!.getAttribute('aria-invalid')).toBeNull();
  });

  it('says so when the address has no token', async () => {
    window.location.hash = '#/diem-danh';
    const auth = session(providerFetch(), fakeTab());
    const root = mount(<Root auth={auth} createServices={() => createServices(fakeReporting([], {}), registryApi(new ApiClient()))} />);
    await settle();
    expect(root.querySelector('[role=alert]')!.textContent).toContain('Đường dẫn điểm danh thiếu mã QR');
  });
});
