/** The shapes the gateway's API answers with (see the services' *View records). */

export type UnitLevel = 'PROVINCE' | 'DISTRICT' | 'COMMUNE';

export const FIGURE_NAMES = [
  'teams',
  'teamsCompliant',
  'mediators',
  'mediatorsWomen',
  'mediatorsEthnicMinority',
  'courses',
] as const;

export type FigureName = (typeof FIGURE_NAMES)[number];

/** Count by figure name; the API sends every known figure, zero when nothing counts. */
export type Figures = Record<FigureName, number>;

export interface UnitRef {
  code: string;
  name: string;
  level: UnitLevel;
  parentCode: string | null;
}

/** How fresh a unit's figures are: the latest event counted and its place in `reporting.rollup`. */
export interface AsOf {
  eventTime: string;
  appliedAt: string;
  partition: number;
  offset: number;
}

/** GET /api/reporting/rollups/{unitCode} */
export interface Rollup {
  unit: UnitRef;
  figures: Figures;
  asOf: AsOf | null;
}

/** One message of the SSE feed /api/reporting/rollups/changes (event name "rollup"). */
export interface RollupChange {
  unitCode: string;
  figures: Partial<Figures>;
  asOf: AsOf;
}

/** GET /api/registry/units */
export interface Unit {
  code: string;
  name: string;
  type: string;
  level: UnitLevel;
  parentCode: string | null;
  hierarchyVersion?: string;
  validUntil?: string | null;
}

export type Gender = 'FEMALE' | 'MALE';

export interface Mediator {
  id: string;
  fullName: string;
  gender: Gender;
  birthYear: number;
  ethnicity: string;
  ethnicMinority: boolean;
  leader: boolean;
  background?: string[];
  recognitionNumber?: string | null;
  recognitionDate?: string | null;
  dismissalGround?: string | null;
  dismissalDate?: string | null;
}

export interface Compliance {
  compliant: boolean;
  /** In Vietnamese, as officials word them; empty when compliant. */
  reasons: string[];
}

/** A mediation team (tổ hòa giải). */
export interface Team {
  id: string;
  communeCode: string;
  villageName: string;
  name: string;
  manyEthnicMinorityResidents: boolean;
  active: boolean;
  mediators: Mediator[];
  formerMediators: Mediator[];
  compliance: Compliance;
  version: number;
  changedAt: string;
}

export interface NewMediator {
  fullName: string;
  gender: Gender | null;
  /** A year; what the user typed when it is not a number, so that the server names the field. */
  birthYear: number | string | null;
  ethnicity: string;
  leader: boolean;
}

/** POST /api/registry/teams */
export interface RegisterTeam {
  communeCode: string;
  villageName: string;
  name: string;
  manyEthnicMinorityResidents: boolean;
  mediators: NewMediator[];
}

/** Who a course is for (the plan's tasks 2b, 3b, 4 and 8). */
export const COURSE_AUDIENCES = [
  'MEDIATORS',
  'DISTRICT_TRAINERS',
  'COMMUNE_LEADERS_AND_JUSTICE_OFFICIALS',
  'FORUM',
  'INTERNATIONAL_EXCHANGE',
] as const;

export type CourseAudience = (typeof COURSE_AUDIENCES)[number];

export type CourseStatus = 'PLANNED' | 'OPEN' | 'HELD' | 'CANCELLED';

/** A training course (lớp tập huấn, bồi dưỡng); dates are calendar dates, "2026-12-10". */
export interface Course {
  id: string;
  organiserUnitCode: string;
  title: string;
  audience: CourseAudience;
  startDate: string;
  endDate: string;
  status: CourseStatus;
  version: number;
}

/** POST /api/training/courses; null where the user left a field empty, so the server names it. */
export interface PlanCourse {
  organiserUnitCode: string;
  title: string;
  audience: CourseAudience | null;
  startDate: string | null;
  endDate: string | null;
}
