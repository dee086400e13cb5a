import type { Role } from '../auth/user';

/** Everyone with a console reads and downloads materials (they hold no personal data). */
export const MATERIAL_READERS: readonly Role[] = ['PROVINCE_ADMIN', 'DISTRICT_OFFICER', 'COMMUNE_OFFICER', 'TRAINER', 'ANALYST'];

/** The province and the districts publish, version, describe and withdraw materials (of their unit or below). */
export const MATERIAL_PUBLISHERS: readonly Role[] = ['PROVINCE_ADMIN', 'DISTRICT_OFFICER'];

/** Officers give reading links, record handouts and read the reach, for the mediators of their area. */
export const MATERIAL_OFFICERS: readonly Role[] = ['PROVINCE_ADMIN', 'DISTRICT_OFFICER', 'COMMUNE_OFFICER'];
