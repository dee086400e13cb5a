import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { ApiClient } from '../api/client';
import { registryApi } from '../api/registry';
import { trainingApi } from '../api/training';
import { STORAGE_KEYS } from '../auth/session';
import { fakeTab, providerFetch, session } from '../test/auth';
import { DISTRICTS, fakeReporting, mount, rollup, settle, waitFor } from '../test/fakes';
import { Root } from './Root';
import { createServices } from './services';

/** The console as main.tsx wires it: one API client whose token comes from the sign-in session. */
function console_(search = '', hash = '', claims?: Record<string, unknown>) {
  const tab = fakeTab(search, hash);
  const auth = session(providerFetch(claims ? { claims } : {}), tab);
  const commune = { code: '21550', name: 'Phường Nhơn Bình', level: 'COMMUNE', type: 'PHUONG', parentCode: '540' };
  const api = vi.fn(async (url: RequestInfo | URL, _init?: RequestInit) =>
    new Response(JSON.stringify(String(url).startsWith('/api/registry/teams') ? [] : commune), {
      headers: { 'Content-Type': 'application/json' },
    }),
  );
  const client = new ApiClient({ fetch: api });
  client.setTokenProvider(auth.tokenProvider);
  const reporting = fakeReporting(
    [rollup('52', 'Tỉnh Bình Định', 'PROVINCE', null), ...DISTRICTS.map(([code, name]) => rollup(code, name, 'DISTRICT', '52'))],
    { '52': DISTRICTS.map(([code]) => code) },
  );
  const root = mount(<Root auth={auth} createServices={() => createServices(reporting, registryApi(client), trainingApi(client))} />);
  return { tab, auth, api, root };
}

/** Signs in through the fake provider; the tab's hash is where the console landed. */
async function signedIn(claims?: Record<string, unknown>) {
  const first = console_();
  await act(() => first.auth.start());
  await act(() => first.auth.signIn());
  const state = JSON.parse(sessionStorage.getItem(STORAGE_KEYS.pending)!).state as string;
  const back = console_(`?code=c&state=${state}`, '', claims);
  // The router reads the real window's hash.
  back.tab.history.replaceState.mockImplementation((_d, _u, url) => {
    const next = new URL(String(url), 'http://localhost:8080/');
    back.tab.location.search = next.search;
    back.tab.location.hash = next.hash;
    if (next.hash) {
      window.location.hash = next.hash;
    }
  });
  await act(() => back.auth.start());
  await settle();
  return back;
}

describe('the console and its sign-in', () => {
  beforeEach(() => {
    sessionStorage.clear();
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });

  it('asks to sign in, in Vietnamese, and "Đăng nhập" goes to the provider', async () => {
    const { root, auth, tab } = console_();
    expect(root.textContent).toContain('Đang kiểm tra đăng nhập…');
    await act(() => auth.start());
    expect(root.querySelector('h1')!.textContent).toBe('Đăng nhập');
    expect(root.querySelector('nav')).toBeNull();
    const button = root.querySelector<HTMLButtonElement>('#sign-in')!;
    expect(button.textContent).toBe('Đăng nhập');
    await act(async () => {
      button.click();
      await settle();
    });
    expect(tab.location.assign).toHaveBeenCalledWith(expect.stringMatching(/^http:\/\/localhost:9000\/oauth2\/authorize\?/));
  });

  it("shows who is signed in, a commune officer's menu and page, and sends the token with every request", async () => {
    const { root, api } = await signedIn();

    expect(root.querySelector('[data-testid="user-name"]')!.textContent).toBe('Công chức Tư pháp - Hộ tịch Phường Nhơn Bình');
    expect(root.querySelector('[data-testid="user-role"]')!.textContent).toBe('Công chức Tư pháp - Hộ tịch cấp xã · Mã đơn vị 21550');
    const menu = [...root.querySelectorAll('nav.site-nav a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(menu).toEqual([
      ['Tổng quan', '#/tong-quan/21550'],
      ['Tổ hòa giải', '#/to-hoa-giai/21550'],
      ['Lớp tập huấn', '#/lop-tap-huan'],
      ['Hòa giải viên', '#/hoa-giai-vien'],
      ['Nhập, xuất tệp', '#/nhap-xuat-tep'],
      ['Hỗ trợ pháp lý', '#/ho-tro-phap-ly'],
      ['Xã điểm', '#/xa-diem'],
      ['Tài liệu', '#/tai-lieu'],
      ['Kế hoạch', '#/ke-hoach'],
    ]);
    await waitFor(() => expect(root.querySelector('h1')!.textContent).toBe('Tổ hòa giải của Phường Nhơn Bình'));
    // One commune: no commune to choose.
    expect(root.querySelector('#commune-search')).toBeNull();
    await waitFor(() => expect(root.textContent).toContain('Chưa có tổ hòa giải nào'));
    expect(api).toHaveBeenCalled();
    for (const [, init] of api.mock.calls) {
      expect((init!.headers as Record<string, string>).Authorization).toMatch(/^Bearer ey/);
    }
  });

  it('shows an analyst the overview only', async () => {
    const { root } = await signedIn({ sub: 'phan.tich', roles: ['ANALYST'], unit: '52', name: 'Chuyên viên phân tích' });
    // Aggregates, the pilot communes (public: no person in them), the materials and the plan's reports.
    expect([...root.querySelectorAll('nav.site-nav a')].map((a) => a.textContent)).toEqual(['Tổng quan', 'Xã điểm', 'Tài liệu', 'Kế hoạch']);
    await waitFor(() => expect(root.querySelector('h1')!.textContent).toBe('Tỉnh Bình Định'));

    act(() => {
      window.location.hash = '#/to-hoa-giai/21550';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(root.querySelector('h1')!.textContent).toBe('Không có quyền xem trang này');
  });

  it('"Đăng xuất" forgets the token and opens the console afresh', async () => {
    const { root, tab } = await signedIn();
    const signOut = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Đăng xuất')!;
    await act(async () => {
      signOut.click();
      await settle();
    });
    expect(sessionStorage.getItem(STORAGE_KEYS.session)).toBeNull();
    expect(root.querySelector('h1')!.textContent).toBe('Đăng nhập');
    expect(root.textContent).toContain('Bạn đã đăng xuất.');
    await waitFor(() => expect(tab.location.replace).toHaveBeenCalledWith('http://localhost:8080/'));
  });
});
