import { describe, expect, it } from 'vitest';
import { parseRoute } from '../app/router';
import { jwt, NHON_BINH } from '../test/auth';
import { can, canOpen, homeOf, jwtClaims, landingOf, userOf, type User } from './user';

const user = (role: User['role'], unit: string): User => ({ subject: 's', name: 'n', role, unit });

describe('who is signed in, and what the console shows them', () => {
  it('reads the name, role and unit from the access token, Vietnamese included', () => {
    expect(userOf(jwtClaims(jwt(NHON_BINH))!)).toEqual({
      subject: 'xa.nhonbinh',
      name: 'Công chức Tư pháp - Hộ tịch Phường Nhơn Bình',
      role: 'COMMUNE_OFFICER',
      unit: '21550',
    });
    expect(userOf({ sub: 'x', roles: ['offline_access', 'TRAINER'], preferred_username: 'tap.huan.vien' })).toEqual({
      subject: 'x',
      name: 'tap.huan.vien',
      role: 'TRAINER',
      unit: null,
    });
    expect(userOf({ sub: 'y' }).role).toBeNull();
    expect(jwtClaims('not a token')).toBeNull();
  });

  it('starts each role where its work is', () => {
    expect(homeOf(user('COMMUNE_OFFICER', '21550'))).toBe('#/to-hoa-giai/21550');
    expect(homeOf(user('PROVINCE_ADMIN', '52'))).toBe('#/tong-quan');
    expect(homeOf(user('DISTRICT_OFFICER', '540'))).toBe('#/tong-quan/540');
    expect(homeOf(user('TRAINER', '540'))).toBe('#/tong-quan/540');
    expect(homeOf(user('ANALYST', '52'))).toBe('#/tong-quan');
  });

  it('shows an analyst the aggregates only', () => {
    const analyst = user('ANALYST', '52');
    expect(canOpen(analyst, parseRoute('#/tong-quan/540'))).toBe(true);
    expect(canOpen(analyst, parseRoute('#/to-hoa-giai/21550'))).toBe(false);
    expect(canOpen(analyst, parseRoute('#/lop-tap-huan'))).toBe(false);
    expect(landingOf(analyst, '#/to-hoa-giai/21550')).toBe('#/tong-quan');
  });

  it('lets trainers read teams and courses but change neither', () => {
    const trainer = user('TRAINER', '540');
    expect(can(trainer, 'teams')).toBe(true);
    expect(can(trainer, 'courses')).toBe(true);
    expect(can(trainer, 'createTeams')).toBe(false);
    expect(can(trainer, 'createCourses')).toBe(false);
    expect(can(user('COMMUNE_OFFICER', '21550'), 'createCourses')).toBe(true);
    expect(can(user('DISTRICT_SYSTEM', '540'), 'overview')).toBe(false);
    expect(can(user(null, '52'), 'overview')).toBe(false);
  });
});
