import { describe, expect, it, vi } from 'vitest';
import { ApiClient } from '../api/client';
import { trainingApi } from '../api/training';
import { button, click, json, type } from '../courses/testing';
import { mount, waitFor } from '../test/fakes';
import { CertificateCheckPage } from './CertificateCheckPage';

const GENUINE = {
  code: '7KQ4-M2XH-9TPA',
  genuine: true,
  mediatorId: 'hgv-0001',
  communeName: 'Phường Nhơn Bình',
  courseId: 'c-1',
  courseTitle: 'Tập huấn kỹ năng hòa giải năm 2026',
  organiserName: 'Thành phố Quy Nhơn',
  startDate: '2026-11-20',
  endDate: '2026-11-21',
  completedOn: '2026-11-21',
};

describe('checking a certificate', () => {
  it('tells anyone, without signing in, that a code is genuine and for what', async () => {
    const fetch = vi.fn(async () => json(200, GENUINE));
    const root = mount(<CertificateCheckPage code="7KQ4-M2XH-9TPA" training={trainingApi(new ApiClient({ fetch }))} />);
    await waitFor(() => expect(root.querySelector('.certificate-check__result')).not.toBeNull());
    expect(fetch.mock.calls[0]).toEqual(['/api/training/certificates/7KQ4-M2XH-9TPA', expect.anything()]);
    const text = root.querySelector('.certificate-check__result')!.textContent!;
    expect(text).toContain('Giấy chứng nhận hợp lệ');
    expect(text).toContain('Tập huấn kỹ năng hòa giải năm 2026');
    expect(text).toContain('20/11/2026 – 21/11/2026');
    expect(text).toContain('Phường Nhơn Bình');
  });

  it('says plainly when no certificate has the code', async () => {
    const fetch = vi.fn(async () =>
      json(404, { title: 'Không tìm thấy', status: 404, detail: 'Mã xác minh ABCD-EFGH-JKLM không đúng: không có giấy chứng nhận nào mang mã này' }, 'application/problem+json'));
    const empty = mount(<CertificateCheckPage code={null} training={trainingApi(new ApiClient({ fetch }))} />);
    type(empty, '#certificate-code', 'abcd-efgh-jklm');
    click(button(empty, 'Kiểm tra'));
    // The code goes into the address, so the page of a code can be shared.
    expect(window.location.hash).toBe('#/kiem-tra-chung-nhan/ABCD-EFGH-JKLM');
    expect(fetch).not.toHaveBeenCalled();

    const root = mount(<CertificateCheckPage code="ABCD-EFGH-JKLM" training={trainingApi(new ApiClient({ fetch }))} />);
    await waitFor(() => expect(root.querySelector('[role=alert]')).not.toBeNull());
    expect(root.querySelector('[role=alert]')!.textContent).toContain('Không xác minh được giấy chứng nhận');
    expect(root.querySelector('[role=alert]')!.textContent).toContain('không có giấy chứng nhận nào mang mã này');
    expect(root.querySelector('.certificate-check__result')).toBeNull();
  });
});
