import { describe, expect, it } from 'vitest';
import { parseRoute, paths } from '../app/router';
import { isPublicRoute } from './routes';

describe('the routes of training and the plan', () => {
  it('reads the public check-in with its token, and the certificate check with or without a code', () => {
    expect(parseRoute('#/diem-danh?token=djE.c2ln')).toEqual({ page: 'checkIn', token: 'djE.c2ln' });
    expect(parseRoute('#/diem-danh')).toEqual({ page: 'checkIn', token: '' });
    expect(parseRoute('#/kiem-tra-chung-nhan')).toEqual({ page: 'certificateCheck', code: null });
    expect(parseRoute('#/kiem-tra-chung-nhan/7KQ4-M2XH-9TPA')).toEqual({ page: 'certificateCheck', code: '7KQ4-M2XH-9TPA' });
    expect(parseRoute('#/kiem-tra-chung-nhan/<b>')).toEqual({ page: 'notFound' });
    expect(isPublicRoute(parseRoute('#/diem-danh?token=x'))).toBe(true);
    expect(isPublicRoute(parseRoute('#/tai-lieu'))).toBe(false);
    expect(paths.checkIn('a.b')).toBe('#/diem-danh?token=a.b');
  });

  it("reads a session's QR page, the materials and the plan's parts, and leaves courses to the router", () => {
    expect(parseRoute('#/lop-tap-huan/abc-1/ma-qr/s2')).toEqual({ page: 'courseQr', courseId: 'abc-1', sessionId: 's2' });
    expect(parseRoute('#/lop-tap-huan/abc-1')).toEqual({ page: 'course', courseId: 'abc-1' });
    expect(parseRoute('#/tai-lieu')).toEqual({ page: 'materials' });
    expect(parseRoute('#/tai-lieu/f0e1-22')).toEqual({ page: 'material', materialId: 'f0e1-22' });
    expect(parseRoute('#/ke-hoach')).toEqual({ page: 'plan', tab: 'tasks' });
    expect(parseRoute('#/ke-hoach/kinh-phi')).toEqual({ page: 'plan', tab: 'funding' });
    expect(parseRoute('#/ke-hoach/khac')).toEqual({ page: 'notFound' });
    expect(paths.plan('annual')).toBe('#/ke-hoach/bao-cao-nam');
    expect(paths.courseQr('abc-1', 's2')).toBe('#/lop-tap-huan/abc-1/ma-qr/s2');
  });
});
