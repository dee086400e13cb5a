import { describe, expect, it } from 'vitest';
import { parseRoute, paths } from '../app/router';
import { canOpen, type Role, type User } from '../auth/user';
import { registryMenu } from './menu';

const user = (role: Role, unit: string): User => ({ subject: 'u', name: 'u', role, unit });

describe("the registry's routes and who sees them", () => {
  it('reads a team, imports, trainers, legal supporters and pilot communes from the hash', () => {
    expect(parseRoute('#/ho-so-to/7d0f3c8e-3b1a-4c55-9a4e-2f6f1c0b9a11')).toEqual({
      page: 'team',
      teamId: '7d0f3c8e-3b1a-4c55-9a4e-2f6f1c0b9a11',
    });
    expect(parseRoute('#/ho-so-to/%3Cscript%3E')).toEqual({ page: 'notFound' });
    expect(parseRoute('#/ho-so-to')).toEqual({ page: 'notFound' });
    expect(parseRoute('#/nhap-xuat-tep')).toEqual({ page: 'imports' });
    expect(parseRoute('#/tap-huan-vien/')).toEqual({ page: 'trainers' });
    expect(parseRoute('#/ho-tro-phap-ly')).toEqual({ page: 'legalSupport' });
    expect(parseRoute('#/xa-diem')).toEqual({ page: 'pilotCommunes' });
    expect(parseRoute('#/xa-diem/x')).toEqual({ page: 'notFound' });
    expect(parseRoute('#/hoa-giai-vien')).toEqual({ page: 'mediators' });
    expect(parseRoute('#/hoa-giai-vien/x')).toEqual({ page: 'notFound' });
    expect(paths.mediators()).toBe('#/hoa-giai-vien');
    expect(parseRoute('#/constructor')).toEqual({ page: 'notFound' });
    expect(paths.team('t-1')).toBe('#/ho-so-to/t-1');
  });

  it('shows each role only the entries it may use', () => {
    const route = parseRoute('#/xa-diem');
    const labels = (u: User) => registryMenu(u, route).map((item) => item.label);
    expect(labels(user('PROVINCE_ADMIN', '52'))).toEqual(
      ['Hòa giải viên', 'Nhập, xuất tệp', 'Tập huấn viên', 'Hỗ trợ pháp lý', 'Xã điểm', 'Sắp xếp theo xã mới'],
    );
    expect(labels(user('DISTRICT_OFFICER', '540'))).toEqual(['Hòa giải viên', 'Nhập, xuất tệp', 'Tập huấn viên', 'Hỗ trợ pháp lý', 'Xã điểm']);
    expect(labels(user('COMMUNE_OFFICER', '21550'))).toEqual(['Hòa giải viên', 'Nhập, xuất tệp', 'Hỗ trợ pháp lý', 'Xã điểm']);
    expect(labels(user('TRAINER', '540'))).toEqual(['Hòa giải viên', 'Tập huấn viên', 'Hỗ trợ pháp lý', 'Xã điểm']);
    expect(labels(user('ANALYST', '52'))).toEqual(['Xã điểm']);
    expect(labels(user('DISTRICT_SYSTEM', '540'))).toEqual([]);
    expect(registryMenu(user('ANALYST', '52'), route)[0]!.current).toBe(true);
  });

  it('keeps a page from a role that may not use it', () => {
    expect(canOpen(user('ANALYST', '52'), parseRoute('#/ho-so-to/t1'))).toBe(false);
    expect(canOpen(user('TRAINER', '540'), parseRoute('#/ho-so-to/t1'))).toBe(true);
    expect(canOpen(user('TRAINER', '540'), parseRoute('#/nhap-xuat-tep'))).toBe(false);
    expect(canOpen(user('COMMUNE_OFFICER', '21550'), parseRoute('#/tap-huan-vien'))).toBe(false);
    expect(canOpen(user('ANALYST', '52'), parseRoute('#/xa-diem'))).toBe(true);
    expect(canOpen(user('ANALYST', '52'), parseRoute('#/ho-tro-phap-ly'))).toBe(false);
    expect(canOpen(user('ANALYST', '52'), parseRoute('#/hoa-giai-vien'))).toBe(false);
    expect(canOpen(user('DISTRICT_SYSTEM', '540'), parseRoute('#/hoa-giai-vien'))).toBe(false);
    expect(canOpen(user('TRAINER', '540'), parseRoute('#/hoa-giai-vien'))).toBe(true);
  });
});
