import type { Role } from '../auth/user';
import type { PlanTab } from '../courses/routes';

/** Who opens the plan pages (docs/SECURITY.md): trainers have no reports to read. */
export const PLAN_READERS: readonly Role[] = ['PROVINCE_ADMIN', 'DISTRICT_OFFICER', 'COMMUNE_OFFICER', 'ANALYST'];

/** Who reports progress, records funding and follows recommendations up (in their scope). */
export const PLAN_WRITERS: readonly Role[] = ['PROVINCE_ADMIN', 'DISTRICT_OFFICER', 'COMMUNE_OFFICER'];

/** Who reads each part of the plan pages. */
export const TAB_READERS: Record<PlanTab, readonly Role[]> = {
  tasks: PLAN_READERS,
  annual: ['PROVINCE_ADMIN', 'DISTRICT_OFFICER', 'ANALYST'],
  funding: PLAN_READERS,
  inspections: PLAN_READERS,
};

/** Who records inspections: the province, and districts for their communes. */
export const INSPECTORS: readonly Role[] = ['PROVINCE_ADMIN', 'DISTRICT_OFFICER'];
