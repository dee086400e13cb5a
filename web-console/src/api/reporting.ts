import type { ApiClient, DownloadedFile } from './client';
import type { AsOf, Rollup, UnitRef } from './types';

/** The reporting service's rollup, through the gateway. */
export interface ReportingApi {
  /** A unit's figures (GET /api/reporting/rollups/{unitCode}). */
  rollup(unitCode: string, signal?: AbortSignal): Promise<Rollup>;
  /** The figures of the units directly below (GET /api/reporting/rollups/{unitCode}/children). */
  children(unitCode: string, signal?: AbortSignal): Promise<Rollup[]>;
  /** The live change feed (SSE, event name "rollup"). */
  changes(): EventSource;
  /** The indicators of Decision 315 and the plain counts (absent in fakes that do not use them). */
  indicators?: IndicatorsApi;
  /** The versions of the administrative hierarchy and how units relate across them (absent in fakes that do not use them). */
  hierarchies?: HierarchiesApi;
}

export function reportingApi(client: ApiClient): ReportingApi {
  const base = '/api/reporting/rollups';
  return {
    rollup: (unitCode, signal) => client.get<Rollup>(`${base}/${encodeURIComponent(unitCode)}`, { signal }),
    children: (unitCode, signal) =>
      client.get<Rollup[]>(`${base}/${encodeURIComponent(unitCode)}/children`, { signal }),
    changes: () => client.events(`${base}/changes`),
    indicators: indicatorsApi(client),
    hierarchies: hierarchiesApi(client),
  };
}

/*
 * The indicators (chỉ tiêu) of Decision 315/QĐ-TTg beside their national targets, and the plain counts
 * (reporting-service's indicator/ package: IndicatorController, Indicators, IndicatorValue).
 */

/** The same indicator for the period before. */
export interface IndicatorTrend {
  /** e.g. "2026-04" beside "2026-05" */
  period: string;
  numerator: number;
  denominator: number | null;
  value: number | null;
  /** this period's value minus that one, null unless both have one */
  change: number | null;
}

/** One indicator of one unit (and period), beside its target. */
export interface IndicatorValue {
  id: string;
  /** what it is, in Vietnamese */
  name: string;
  /** the unit of value, target and gap: "%", "tập huấn viên/80 tổ", "tổ", ... */
  measure: string;
  unit: UnitRef;
  /** the period of a periodic indicator asked for one ("2026-05"); null: as things stand */
  period: string | null;
  numerator: number;
  /** null for a plain count */
  denominator: number | null;
  /** null when the denominator is zero */
  value: number | null;
  /** the national target, null for a plain count */
  target: number | null;
  comparison: 'AT_LEAST' | 'AT_MOST' | null;
  /** value minus target, negative when short of an "at least" target */
  gap: number | null;
  met: boolean | null;
  previous: IndicatorTrend | null;
  asOf: AsOf | null;
}

/** GET /api/reporting/indicators/{unitCode}[?period=…]: the indicators that apply to the unit's level. */
export interface UnitIndicators {
  unit: UnitRef;
  period: string | null;
  asOf: AsOf | null;
  indicators: IndicatorValue[];
}

/** GET /api/reporting/indicators/{unitCode}/{indicator}/children: the unit and each unit directly below. */
export interface IndicatorDrillDown {
  indicator: string;
  period: string | null;
  asOf: AsOf | null;
  parent: IndicatorValue;
  children: IndicatorValue[];
}

export interface IndicatorsApi {
  /** A unit's indicators, as things stand or for a period ("2026", "2026-Q3", "2026-05"). */
  ofUnit(unitCode: string, period?: string | null, signal?: AbortSignal): Promise<UnitIndicators>;
  /** One indicator of a unit and of the units directly below. */
  children(unitCode: string, indicator: string, period?: string | null, signal?: AbortSignal): Promise<IndicatorDrillDown>;
}

export function indicatorsApi(client: ApiClient): IndicatorsApi {
  const base = '/api/reporting/indicators';
  const query = (period: string | null | undefined) => (period ? { period } : undefined);
  return {
    ofUnit: (unitCode, period, signal) =>
      client.get<UnitIndicators>(`${base}/${encodeURIComponent(unitCode)}`, { query: query(period), signal }),
    children: (unitCode, indicator, period, signal) =>
      client.get<IndicatorDrillDown>(
        `${base}/${encodeURIComponent(unitCode)}/${encodeURIComponent(indicator)}/children`,
        { query: query(period), signal },
      ),
  };
}

/*
 * The versions of the administrative hierarchy (issue #12, reporting-service's HierarchyController):
 * the three-tier one of 2025-03-01 (province, district, commune; units by official code, "21550") and
 * the two-tier one from 2025-07-01 (province, commune; units by code and suffix, "21553@2025-07-01").
 * Every rollup and indicator endpoint takes ids of both.
 */

/** A version of the hierarchy, as units of it are suffixed. */
export type HierarchyVersion = '2025-03-01' | '2025-07-01';

/** One version of the hierarchy and the provinces of it this deployment serves. */
export interface HierarchyVersionInfo {
  version: HierarchyVersion;
  /** what people call it, in Vietnamese */
  name: string;
  /** the first day it is in force, null for the baseline */
  validFrom: string | null;
  /** the first day it is no longer in force, null while it is */
  validUntil: string | null;
  provinces: UnitRef[];
}

/** GET /api/reporting/hierarchies[?period=…] */
export interface Hierarchies {
  period: string | null;
  /** the version in force on the period's last day (today without a period): the default roll-up */
  inForce: HierarchyVersion;
  /** oldest first */
  versions: HierarchyVersionInfo[];
  /** rows of the reorganisation mapping that did not resolve */
  unresolved: string[];
}

/** A unit of the other version, and into how many new communes the old commune went (1: whole). */
export interface UnitShare {
  unit: UnitRef;
  shares: number;
}

/** GET /api/reporting/hierarchies/units/{unitId}: a unit beside the other version's units. */
export interface UnitLineage {
  unit: UnitRef;
  hierarchy: HierarchyVersion;
  /** for a unit of the two-tier hierarchy: the old units it was formed from */
  formedFrom: UnitShare[];
  /** for a unit of the three-tier hierarchy: the new units it went into */
  wentInto: UnitShare[];
}

export interface HierarchiesApi {
  /** The versions, and the one in force for a period ("2025", "2025-Q2", "2025-06") or today. */
  versions(period?: string | null, signal?: AbortSignal): Promise<Hierarchies>;
  /** What a unit (of either version) was formed from, or went into. */
  unit(unitId: string, signal?: AbortSignal): Promise<UnitLineage>;
}

export function hierarchiesApi(client: ApiClient): HierarchiesApi {
  const base = '/api/reporting/hierarchies';
  return {
    versions: (period, signal) => client.get<Hierarchies>(base, { query: period ? { period } : undefined, signal }),
    unit: (unitId, signal) => client.get<UnitLineage>(`${base}/units/${encodeURIComponent(unitId)}`, { signal }),
  };
}

/*
 * The plan (Kế hoạch 123/KH-UBND) through the gateway: its tasks, units' progress reports, districts'
 * annual reports, funding and inspections (reporting-service's plan/ package).
 */

export type PlanUnitLevel = 'PROVINCE' | 'DISTRICT' | 'COMMUNE';

export interface PlanUnit {
  code: string;
  name: string;
  level: PlanUnitLevel;
}

export interface PlanPart {
  code: string;
  title: string;
  lead: string[];
  coordinating: string[];
  timeFrame: string;
}

export interface PlanTask {
  code: string;
  title: string;
  contents?: string[] | null;
  lead?: string[] | null;
  coordinating?: string[] | null;
  timeFrame?: string | null;
  parts?: PlanPart[] | null;
}

/** GET /api/reporting/plan/tasks */
export interface Plan {
  plan: string;
  title: string;
  tasks: PlanTask[];
}

export const PROGRESS_STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'BEHIND_SCHEDULE', 'COMPLETED'] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

/** A unit's progress report on a task for a period; `version` is also its ETag. */
export interface ProgressReport {
  id: string;
  unitCode: string;
  task: string;
  taskTitle: string;
  period: string;
  status: ProgressStatus;
  percent: number;
  narrative: string | null;
  evidence: string[];
  submittedAt: string;
  submittedBy: string;
  version: number;
}

/** POST /api/reporting/plan/reports; what the user typed, so the server names the faults. */
export interface SubmitProgress {
  unitCode: string;
  task: string | null;
  period: string;
  status: ProgressStatus | null;
  percent: number | null;
  narrative: string | null;
  evidence: string[];
}

export type AnnualStatus = 'NOT_SUBMITTED' | 'SUBMITTED' | 'APPROVED' | 'RETURNED';

export interface AnnualStep {
  status: AnnualStatus;
  by: string;
  at: string;
  reason: string | null;
}

/** A district's annual report; version 0 when never submitted. */
export interface AnnualReport {
  district: PlanUnit;
  year: number;
  status: AnnualStatus;
  dueDate: string;
  late: boolean;
  summary: string | null;
  firstSubmittedAt: string | null;
  submittedAt: string | null;
  submittedBy: string | null;
  decidedAt: string | null;
  decidedBy: string | null;
  returnReason: string | null;
  history: AnnualStep[];
  version: number;
}

export interface Completeness {
  period: string;
  province: PlanUnit;
  dueDate: string;
  asOf: string;
  submitted: number;
  notSubmitted: number;
  late: number;
  districts: {
    district: PlanUnit;
    status: AnnualStatus;
    submitted: boolean;
    firstSubmittedAt: string | null;
    late: boolean;
    returnReason: string | null;
  }[];
}

export const FUNDING_SOURCES = ['REGULAR_BUDGET', 'INTEGRATED_PROGRAMMES', 'MOBILISED'] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

export interface SourceAmounts {
  source: FundingSource;
  label: string;
  planned: number;
  spent: number;
  overspent: boolean;
}

/** A unit's funding of a year; version 0 when never recorded. */
export interface Funding {
  unit: PlanUnit;
  year: number;
  sources: SourceAmounts[];
  planned: number;
  spent: number;
  overspent: boolean;
  warnings: string[];
  note: string | null;
  updatedBy: string | null;
  updatedAt: string | null;
  locked: boolean;
  version: number;
}

export interface FundingRollup {
  unit: PlanUnit;
  year: number;
  totals: SourceAmounts[];
  planned: number;
  spent: number;
  units: {
    unit: PlanUnit;
    sources: SourceAmounts[];
    planned: number;
    spent: number;
    note: string | null;
    updatedBy: string | null;
    updatedAt: string | null;
    version: number;
  }[];
}

/** PUT /api/reporting/plan/funding/{unit}/{year}; amounts in whole đồng, null where left empty. */
export interface RecordFunding {
  sources: { source: FundingSource; planned: number | null; spent: number | null }[];
  note: string | null;
}

export const INSPECTION_KINDS = ['INSPECTION', 'SURVEY', 'SUPERVISION'] as const;
export type InspectionKind = (typeof INSPECTION_KINDS)[number];

export const FOLLOW_UP_STATUSES = ['OPEN', 'IN_PROGRESS', 'DONE'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

export interface Recommendation {
  number: number;
  text: string;
  status: FollowUpStatus;
  note: string | null;
  date: string | null;
  updatedBy: string | null;
  updatedAt: string | null;
}

export interface Inspection {
  id: string;
  inspectedUnit: PlanUnit;
  inspectingUnit: PlanUnit;
  date: string;
  year: number;
  kind: InspectionKind;
  findings: string;
  recommendations: Recommendation[];
  recordedBy: string;
  recordedAt: string;
  version: number;
}

export interface RecordInspection {
  inspectedUnitCode: string;
  inspectingUnitCode: string;
  date: string | null;
  kind: string | null;
  findings: string;
  recommendations: string[];
}

export interface FollowUp {
  status: string | null;
  note: string | null;
  date: string | null;
}

export interface PlanApi {
  tasks(signal?: AbortSignal): Promise<Plan>;
  /** The reports of a unit and the units below it, in a period and the periods inside it. */
  reports(unitCode: string, period: string, signal?: AbortSignal): Promise<ProgressReport[]>;
  /** Submits (or replaces) a report; with `version`, only onto that version (412 otherwise). */
  submitProgress(request: SubmitProgress, version?: number): Promise<ProgressReport>;
  annual(district: string, year: number, signal?: AbortSignal): Promise<AnnualReport>;
  submitAnnual(district: string, year: number, version: number, summary: string): Promise<AnnualReport>;
  approveAnnual(district: string, year: number, version: number): Promise<AnnualReport>;
  returnAnnual(district: string, year: number, version: number, reason: string): Promise<AnnualReport>;
  completeness(year: number, signal?: AbortSignal): Promise<Completeness>;
  /** The annual report workbook (.xlsx) of a district or the province. */
  workbook(unitCode: string, year: number): Promise<DownloadedFile>;
  funding(unitCode: string, year: number, signal?: AbortSignal): Promise<Funding>;
  recordFunding(unitCode: string, year: number, version: number, request: RecordFunding): Promise<Funding>;
  fundingRollup(underCode: string, year: number, signal?: AbortSignal): Promise<FundingRollup>;
  inspections(unitCode: string, year: number | null, signal?: AbortSignal): Promise<Inspection[]>;
  recordInspection(request: RecordInspection): Promise<Inspection>;
  followUp(id: string, number: number, version: number, request: FollowUp): Promise<Inspection>;
}

export function planApi(client: ApiClient): PlanApi {
  const base = '/api/reporting/plan';
  const etag = (version: number) => ({ 'If-Match': `"${version}"` });
  const annual = (district: string, year: number) =>
    `${base}/annual-reports/${encodeURIComponent(district)}/${year}`;
  const funding = (unit: string, year: number) => `${base}/funding/${encodeURIComponent(unit)}/${year}`;
  return {
    tasks: (signal) => client.get<Plan>(`${base}/tasks`, { signal }),
    reports: (unit, period, signal) =>
      client.get<ProgressReport[]>(`${base}/reports`, { query: { unit, period }, signal }),
    submitProgress: (request, version) =>
      client.request<ProgressReport>('POST', `${base}/reports`, {
        body: request,
        headers: version === undefined ? undefined : etag(version),
      }),
    annual: (district, year, signal) => client.get<AnnualReport>(annual(district, year), { signal }),
    submitAnnual: (district, year, version, summary) =>
      client.request<AnnualReport>('POST', `${annual(district, year)}/submission`, {
        body: { summary: summary.trim() || null },
        headers: etag(version),
      }),
    approveAnnual: (district, year, version) =>
      client.request<AnnualReport>('POST', `${annual(district, year)}/approval`, { headers: etag(version) }),
    returnAnnual: (district, year, version, reason) =>
      client.request<AnnualReport>('POST', `${annual(district, year)}/return`, {
        body: { reason },
        headers: etag(version),
      }),
    completeness: (year, signal) =>
      client.get<Completeness>(`${base}/completeness`, { query: { period: year }, signal }),
    workbook: (unit, year) => client.download(`${annual(unit, year)}/workbook`),
    funding: (unit, year, signal) => client.get<Funding>(funding(unit, year), { signal }),
    recordFunding: (unit, year, version, request) =>
      client.request<Funding>('PUT', funding(unit, year), { body: request, headers: etag(version) }),
    fundingRollup: (under, year, signal) =>
      client.get<FundingRollup>(`${base}/funding`, { query: { year, under }, signal }),
    inspections: (unit, year, signal) =>
      client.get<Inspection[]>(`${base}/inspections`, { query: { unit, year }, signal }),
    recordInspection: (request) => client.post<Inspection>(`${base}/inspections`, request),
    followUp: (id, number, version, request) =>
      client.request<Inspection>('PUT', `${base}/inspections/${encodeURIComponent(id)}/recommendations/${number}`, {
        body: request,
        headers: etag(version),
      }),
  };
}

/** For pages (and their tests) that do not use the plan: every call fails. */
export const unavailablePlan: PlanApi = new Proxy({} as PlanApi, {
  get: () => () => Promise.reject(new Error('no plan API')),
});
