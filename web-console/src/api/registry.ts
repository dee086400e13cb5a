import type { ApiClient, DownloadedFile } from './client';
import type { Compliance, Gender, NewMediator, RegisterTeam, Unit, UnitLevel } from './types';

/*
 * The registry service through the gateway: administrative units, mediation teams and their mediators,
 * imports and exports of teams, trainers, legal supporters and pilot communes. The shapes below are
 * the service's *View records (registry-service, packages team/ and people/).
 */

/**
 * A mediator as the API shows them. Birth year and ethnicity are sensitive personal data: only the
 * province and the team's own commune see them; everyone else gets null.
 */
export interface MediatorView {
  id: string;
  fullName: string;
  gender: Gender;
  birthYear: number | null;
  ethnicity: string | null;
  ethnicMinority: boolean | null;
  leader: boolean;
  background: string[];
  recognitionNumber: string | null;
  /** A calendar date, "2024-03-15". */
  recognitionDate: string | null;
  dismissalGround: DismissalGround | null;
  /** When they stopped serving (dismissed or transferred). */
  dismissalDate: string | null;
  /** The team they moved to, if they did. */
  transferredTo: string | null;
  /** The team they came from, if they came by transfer. */
  transferredFrom: string | null;
}

/** A mediation team (tổ hòa giải) as the API shows it; `version` is also its ETag. */
export interface TeamView {
  id: string;
  communeCode: string;
  villageName: string;
  name: string;
  manyEthnicMinorityResidents: boolean;
  active: boolean;
  mediators: MediatorView[];
  formerMediators: MediatorView[];
  compliance: Compliance;
  version: number;
  changedAt: string;
}

/** The grounds of Art. 11.1 of the Law on Grassroots Mediation on which a mediator stops serving. */
export const DISMISSAL_GROUNDS = ['OWN_REQUEST', 'NO_LONGER_MEETS_STANDARDS', 'PROHIBITED_CONDUCT'] as const;
export type DismissalGround = (typeof DISMISSAL_GROUNDS)[number];

/**
 * POST /teams/{id}/mediators and PUT /teams/{id}/mediators/{mediatorId}. Empty optional fields go as
 * null; a birth year that is not a number goes as typed, so that the server names the field.
 */
export interface MediatorDetails extends NewMediator {
  background: string[] | null;
  recognitionNumber: string | null;
  recognitionDate: string | null;
}

/** POST /teams/{id}/mediators/{mediatorId}/dismissal */
export interface Dismissal {
  decisionNumber: string;
  decisionDate: string | null;
  ground: DismissalGround | null;
}

/** POST /teams/{id}/mediators/{mediatorId}/transfer */
export interface Transfer {
  toTeamId: string;
  date: string | null;
  decisionNumber: string | null;
}

/** One field of a change, before and after, as text (enums by name, dates "2024-03-15"). */
export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

export type TeamAction =
  | 'TEAM_REGISTERED'
  | 'MEDIATOR_RECOGNISED'
  | 'MEDIATOR_CORRECTED'
  | 'MEDIATOR_DISMISSED'
  | 'MEDIATOR_TRANSFERRED_OUT'
  | 'MEDIATOR_TRANSFERRED_IN';

/** GET /teams/{id}/history: who, when, what, each field before and after (province only). */
export interface TeamHistoryEntry {
  at: string;
  by: string;
  role: string | null;
  action: TeamAction;
  /** In Vietnamese, as the server words it. */
  description: string;
  mediatorId: string | null;
  fields: FieldChange[];
}

/** One problem of a file to import, at its row (0: the whole file) and column (its heading). */
export interface ImportProblem {
  /** Where, in words: "Dòng 5, cột Giới tính", or "file". */
  field: string;
  row: number;
  column: string;
  message: string;
}

export interface NonCompliantTeam {
  row: number;
  communeCode: string;
  villageName: string;
  name: string;
  reasons: string[];
}

/** POST /imports?dryRun=true: what the import would do, and every problem that stops it. */
export interface ImportReport {
  fileName: string;
  rows: number;
  teams: number;
  mediators: number;
  compliantTeams: number;
  nonCompliantTeams: NonCompliantTeam[];
  problems: ImportProblem[];
  valid: boolean;
}

export type ImportStatus = 'WRITING' | 'COMMITTING' | 'COMPLETED' | 'FAILED';

/** POST /imports (202) and GET /imports/{id}: an import and how far it got. */
export interface ImportJob {
  id: string;
  fileName: string;
  status: ImportStatus;
  rows: number;
  teams: number;
  mediators: number;
  compliantTeams: number;
  teamsWritten: number;
  /** 0 to 100. */
  percent: number;
  failure: string | null;
  createdAt: string;
  finishedAt: string | null;
}

export const TRAINER_LEVELS = ['PROVINCIAL', 'DISTRICT'] as const;
export type TrainerLevel = (typeof TRAINER_LEVELS)[number];

/** Where a trainer or a legal supporter comes from (tasks 2a and 7 of the plan). */
export const SOURCE_CATEGORIES = [
  'JUDGE',
  'PROSECUTOR',
  'PEOPLES_ASSESSOR',
  'JURIST',
  'LAWYER',
  'POLICE',
  'BORDER_GUARD',
  'LEGAL_OFFICIAL',
  'FORMER_JUDGE_PROSECUTOR_INVESTIGATOR',
  'OTHER',
] as const;
export type SourceCategory = (typeof SOURCE_CATEGORIES)[number];

/** A trainer (tập huấn viên) as the API shows them. */
export interface TrainerView {
  id: string;
  level: TrainerLevel;
  levelLabel: string;
  unitCode: string;
  unitName: string;
  source: SourceCategory;
  sourceLabel: string;
  fullName: string;
  gender: Gender;
  appointmentNumber: string;
  appointmentDate: string;
  trained: boolean;
  trainedOn: string | null;
  materialsGiven: boolean;
  materialsGivenOn: string | null;
  status: 'ACTIVE' | 'RETIRED';
  statusLabel: string;
  retirementDate: string | null;
  retirementReason: string | null;
  version: number;
  changedAt: string;
}

/** POST /trainers and PUT /trainers/{id}: empty fields go as null, so the server names them. */
export interface TrainerDetails {
  level: TrainerLevel | null;
  unitCode: string;
  source: SourceCategory | null;
  fullName: string;
  gender: Gender | null;
  appointmentNumber: string;
  appointmentDate: string | null;
  trainedOn: string | null;
  materialsGivenOn: string | null;
}

/** POST /trainers/{id}/retirement */
export interface Retirement {
  date: string | null;
  reason: string;
}

export interface TrainerFilter {
  unit?: string | null;
  level?: TrainerLevel | null;
  status?: 'ACTIVE' | 'RETIRED' | null;
}

/** A legal supporter's assignment to a team (người hỗ trợ pháp lý). */
export interface LegalSupportView {
  id: string;
  teamId: string;
  communeCode: string;
  fullName: string;
  category: SourceCategory;
  categoryLabel: string;
  organisation: string | null;
  assignedOn: string;
  decisionNumber: string | null;
  active: boolean;
  endedOn: string | null;
  endReason: string | null;
  version: number;
  changedAt: string;
}

/** POST /legal-supporters */
export interface AssignSupporter {
  teamId: string;
  fullName: string;
  category: SourceCategory | null;
  organisation: string | null;
  assignedOn: string | null;
  decisionNumber: string | null;
}

/** POST /legal-supporters/{id}/end */
export interface EndSupport {
  endedOn: string | null;
  reason: string | null;
}

/** A pilot commune (xã điểm) as the API shows it; withdrawn designations have `active: false`. */
export interface PilotCommuneView {
  communeCode: string;
  communeName: string;
  from: string;
  until: string | null;
  decisionNumber: string;
  active: boolean;
  version: number;
  changedAt: string;
}

/** PUT /pilot-communes/{communeCode}: designates, changes or withdraws. */
export interface PilotDesignation {
  from: string | null;
  until: string | null;
  decisionNumber: string;
  withdrawn: boolean;
}

/** GET /mediators?status=…: serving, former (dismissed or transferred away), or both. */
export const MEDIATOR_STATUSES = ['SERVING', 'FORMER', 'ALL'] as const;
export type MediatorStatus = (typeof MEDIATOR_STATUSES)[number];

/** GET /mediators?sort=…: by name (diacritics folded), oldest first, or by commune, village and team. */
export const MEDIATOR_ORDERS = ['NAME', 'BIRTH_YEAR', 'TEAM'] as const;
export type MediatorOrder = (typeof MEDIATOR_ORDERS)[number];

/**
 * GET /mediators: the mediators of a unit at any level (2 to 5 digits), across its teams. The API has
 * no search by name. Filtering on ethnicity (`ethnicMinority`, `ethnicity`) is for the province and the
 * commune's own officer only (403 otherwise); empty filters are left out of the query.
 */
export interface MediatorFilter {
  unit: string;
  gender?: Gender | null;
  ethnicMinority?: boolean | null;
  /** One ethnic group, compared without diacritics by the server. */
  ethnicity?: string | null;
  /** A background category, matched as a part, without diacritics. */
  background?: string | null;
  status?: MediatorStatus | null;
  sort?: MediatorOrder | null;
}

/** One row of GET /mediators: a mediator with their team, personal data masked as in a team's answer. */
export interface MediatorRow {
  teamId: string;
  teamName: string;
  communeCode: string;
  villageName: string;
  mediator: MediatorView;
}

/** A list that comes a page at a time: a full page means there may be another. */
export interface PageRequest {
  page: number;
  size: number;
}

/** GET /units: units of one version of the hierarchy, of a level, below a unit (ids of that version). */
export interface UnitFilter {
  /** "2025-03-01" (the server's default: three tiers) or "2025-07-01" (two tiers) */
  hierarchy?: string | null;
  level?: UnitLevel | null;
  parent?: string | null;
  q?: string | null;
}

/**
 * POST /reorganisations: re-homes a province's teams from its old communes to the new communes of the
 * two-tier hierarchy (province admin only). A team of an old commune that was split goes where
 * `assignments` says (team id → new commune id), else to the first new commune, said in `assumed`.
 */
export interface ReorganisationRequest {
  /** the province of the three-tier hierarchy ("52") */
  provinceCode: string;
  assignments?: Record<string, string>;
  /** only say what would happen */
  dryRun?: boolean;
}

/** A team of a split commune placed without being told where. */
export interface AssumedMove {
  teamId: string;
  teamName: string;
  fromCommune: string;
  toCommune: string;
  /** the new communes (ids) the old one went into */
  choices: string[];
}

/** One run of the reorganisation (or what a dry run would do). */
export interface Reorganisation {
  id: string;
  provinceCode: string;
  /** the hierarchy the teams go into */
  hierarchy: string;
  by: string;
  startedAt: string;
  /** null while running, and for a dry run */
  finishedAt: string | null;
  dryRun: boolean;
  teamsToMove: number;
  teamsMoved: number;
  /** how many teams go from each old commune to each new one: { "21550>21601@2025-07-01": 3 } */
  moves: Record<string, number>;
  assumed: AssumedMove[];
  /** what could not be placed, in words */
  unresolved: string[];
}

/** The registry service: administrative units, mediation teams and the people around them. */
export interface RegistryApi {
  /** Units whose name matches `q`, with or without diacritics (the server folds them). */
  searchUnits(q: string, level?: UnitLevel, signal?: AbortSignal): Promise<Unit[]>;
  unit(code: string, signal?: AbortSignal): Promise<Unit>;
  /** The units directly below a unit, of a level if given (the 11 districts of the province, say). */
  childUnits(parentCode: string, level?: UnitLevel, signal?: AbortSignal): Promise<Unit[]>;
  /** Units of a version of the hierarchy (up to 500): the new communes of a province, say. */
  units(filter: UnitFilter, signal?: AbortSignal): Promise<Unit[]>;
  /** Re-homes a province's teams to the new communes, or (dryRun) says how it would; 422 for a bad assignment. */
  reorganise(request: ReorganisationRequest): Promise<Reorganisation>;
  /** The runs of the reorganisation, newest first. */
  reorganisations(signal?: AbortSignal): Promise<Reorganisation[]>;
  /** A commune's teams, a page at a time. */
  teams(communeCode: string, page: number, size: number, signal?: AbortSignal): Promise<TeamView[]>;
  /** Registers a team with its mediators; field errors come back as a ProblemError. */
  registerTeam(request: RegisterTeam): Promise<TeamView>;
  /** One team (GET /teams/{id}); 404 when it does not exist or lies outside the caller's scope. */
  team(id: string, signal?: AbortSignal): Promise<TeamView>;
  /** Changes to a team name the version read (If-Match); a team changed meanwhile is answered 412. */
  admitMediator(team: TeamVersion, request: MediatorDetails): Promise<TeamView>;
  correctMediator(team: TeamVersion, mediatorId: string, request: MediatorDetails): Promise<TeamView>;
  dismissMediator(team: TeamVersion, mediatorId: string, request: Dismissal): Promise<TeamView>;
  /** Moves a mediator to another team of the commune; answers with the team they left. */
  transferMediator(team: TeamVersion, mediatorId: string, request: Transfer): Promise<TeamView>;
  teamHistory(teamId: string, signal?: AbortSignal): Promise<TeamHistoryEntry[]>;
  /** The teams of a unit as an Excel workbook, optionally only those that do (or do not) meet Art. 12. */
  exportTeams(unitCode: string, compliant?: boolean | null): Promise<DownloadedFile>;
  importTemplate(format: 'xlsx' | 'csv'): Promise<DownloadedFile>;
  /** Checks a file without writing anything. */
  dryRunImport(file: File): Promise<ImportReport>;
  /** Starts importing a file with no problem (422 listing every problem otherwise; 409 if imported already). */
  startImport(file: File): Promise<ImportJob>;
  importJob(id: string, signal?: AbortSignal): Promise<ImportJob>;
  trainers(filter: TrainerFilter, page: PageRequest, signal?: AbortSignal): Promise<TrainerView[]>;
  registerTrainer(request: TrainerDetails): Promise<TrainerView>;
  correctTrainer(trainer: Versioned, request: TrainerDetails): Promise<TrainerView>;
  retireTrainer(trainer: Versioned, request: Retirement): Promise<TrainerView>;
  legalSupporters(unit: string | null, page: PageRequest, signal?: AbortSignal, teamId?: string): Promise<LegalSupportView[]>;
  assignSupporter(request: AssignSupporter): Promise<LegalSupportView>;
  endSupport(support: Versioned, request: EndSupport): Promise<LegalSupportView>;
  pilotCommunes(unit: string | null, signal?: AbortSignal): Promise<PilotCommuneView[]>;
  /** Designates a commune (no `version`), or changes or withdraws its designation (with the version read). */
  designatePilotCommune(communeCode: string, version: number | null, request: PilotDesignation): Promise<PilotCommuneView>;
  /** The mediators of a unit across its teams, filtered and sorted, a page at a time (at most 200). */
  mediators(filter: MediatorFilter, page: PageRequest, signal?: AbortSignal): Promise<MediatorRow[]>;
}

/** What a change needs of the record it changes: which one, and the version read (sent as If-Match). */
export interface Versioned {
  id: string;
  version: number;
}

export type TeamVersion = Versioned;

const BASE = '/api/registry';

function ifMatch(version: number): Record<string, string> {
  return { 'If-Match': `"${version}"` };
}

function fileForm(file: File): FormData {
  const form = new FormData();
  form.append('file', file, file.name);
  return form;
}

export function registryApi(client: ApiClient): RegistryApi {
  const id = encodeURIComponent;
  const team = (teamId: string) => `${BASE}/teams/${id(teamId)}`;
  const mediator = (teamId: string, mediatorId: string) => `${team(teamId)}/mediators/${id(mediatorId)}`;
  return {
    searchUnits: (q, level, signal) => client.get<Unit[]>(`${BASE}/units`, { query: { q, level, limit: 20 }, signal }),
    unit: (code, signal) => client.get<Unit>(`${BASE}/units/${id(code)}`, { signal }),
    childUnits: (parentCode, level, signal) =>
      client.get<Unit[]>(`${BASE}/units`, { query: { parent: parentCode, level, limit: 500 }, signal }),
    units: (filter, signal) =>
      client.get<Unit[]>(`${BASE}/units`, {
        query: { hierarchy: filter.hierarchy, level: filter.level, parent: filter.parent, q: filter.q, limit: 500 },
        signal,
      }),
    reorganise: (request) => client.post<Reorganisation>(`${BASE}/reorganisations`, request),
    reorganisations: (signal) => client.get<Reorganisation[]>(`${BASE}/reorganisations`, { signal }),
    teams: (communeCode, page, size, signal) =>
      client.get<TeamView[]>(`${BASE}/teams`, { query: { commune: communeCode, page, size }, signal }),
    registerTeam: (request) => client.post<TeamView>(`${BASE}/teams`, request),
    team: (teamId, signal) => client.get<TeamView>(team(teamId), { signal }),
    admitMediator: (t, request) =>
      client.request<TeamView>('POST', `${team(t.id)}/mediators`, { body: request, headers: ifMatch(t.version) }),
    correctMediator: (t, mediatorId, request) =>
      client.request<TeamView>('PUT', mediator(t.id, mediatorId), { body: request, headers: ifMatch(t.version) }),
    dismissMediator: (t, mediatorId, request) =>
      client.request<TeamView>('POST', `${mediator(t.id, mediatorId)}/dismissal`, {
        body: request,
        headers: ifMatch(t.version),
      }),
    transferMediator: (t, mediatorId, request) =>
      client.request<TeamView>('POST', `${mediator(t.id, mediatorId)}/transfer`, {
        body: request,
        headers: ifMatch(t.version),
      }),
    teamHistory: (teamId, signal) => client.get<TeamHistoryEntry[]>(`${team(teamId)}/history`, { signal }),
    exportTeams: (unitCode, compliant) =>
      client.download(`${BASE}/teams/export.xlsx`, { query: { unit: unitCode, compliant } }),
    importTemplate: (format) => client.download(`${BASE}/imports/template.${format}`),
    dryRunImport: (file) => client.upload<ImportReport>('POST', `${BASE}/imports`, fileForm(file), { query: { dryRun: true } }),
    startImport: (file) => client.upload<ImportJob>('POST', `${BASE}/imports`, fileForm(file)),
    importJob: (jobId, signal) => client.get<ImportJob>(`${BASE}/imports/${id(jobId)}`, { signal }),
    trainers: (filter, page, signal) =>
      client.get<TrainerView[]>(`${BASE}/trainers`, {
        query: { unit: filter.unit, level: filter.level, status: filter.status, page: page.page, size: page.size },
        signal,
      }),
    registerTrainer: (request) => client.post<TrainerView>(`${BASE}/trainers`, request),
    correctTrainer: (trainer, request) =>
      client.request<TrainerView>('PUT', `${BASE}/trainers/${id(trainer.id)}`, {
        body: request,
        headers: ifMatch(trainer.version),
      }),
    retireTrainer: (trainer, request) =>
      client.request<TrainerView>('POST', `${BASE}/trainers/${id(trainer.id)}/retirement`, {
        body: request,
        headers: ifMatch(trainer.version),
      }),
    legalSupporters: (unit, page, signal, teamId) =>
      client.get<LegalSupportView[]>(`${BASE}/legal-supporters`, {
        query: { unit, teamId, page: page.page, size: page.size },
        signal,
      }),
    assignSupporter: (request) => client.post<LegalSupportView>(`${BASE}/legal-supporters`, request),
    endSupport: (support, request) =>
      client.request<LegalSupportView>('POST', `${BASE}/legal-supporters/${id(support.id)}/end`, {
        body: request,
        headers: ifMatch(support.version),
      }),
    pilotCommunes: (unit, signal) =>
      client.get<PilotCommuneView[]>(`${BASE}/pilot-communes`, { query: { unit }, signal }),
    designatePilotCommune: (communeCode, version, request) =>
      client.request<PilotCommuneView>('PUT', `${BASE}/pilot-communes/${id(communeCode)}`, {
        body: request,
        headers: version === null ? {} : ifMatch(version),
      }),
    mediators: (filter, page, signal) =>
      client.get<MediatorRow[]>(`${BASE}/mediators`, {
        query: {
          unit: filter.unit,
          gender: filter.gender,
          ethnicMinority: filter.ethnicMinority,
          ethnicity: filter.ethnicity,
          background: filter.background,
          status: filter.status,
          sort: filter.sort,
          page: page.page,
          size: page.size,
        },
        signal,
      }),
  };
}
