import type { ApiClient, DownloadedFile } from './client';
import type { Course, PlanCourse } from './types';

/*
 * The training service through the gateway (training-service/TRAINING.md): courses with their
 * sessions, enrolments and attendance, certificates, and the materials library. Shapes follow the
 * services' *View records.
 */

/** A session as a course shows it, with how many mediators attended it. */
export interface CourseSession {
  id: string;
  date: string;
  title: string;
  attended: number;
}

/** GET /api/training/courses/{id}: the course with everything the service added to it. */
export interface CourseDetail extends Course {
  place?: string | null;
  onlineLink?: string | null;
  topics?: string[];
  trainerIds?: string[];
  capacity?: number | null;
  minimumSessions?: number | null;
  requiredSessions?: number;
  sessions?: CourseSession[];
  enrolled?: number;
}

/** POST /api/training/courses/{id}/sessions; null where the user left a field empty. */
export interface AddSession {
  date: string | null;
  title: string;
}

export type CourseMove = 'OPEN' | 'HELD' | 'CANCELLED';

export type ParticipationStatus = 'ENROLLED' | 'COMPLETED' | 'CANCELLED';

/** A participant: ids and figures, no names (the service keeps none). */
export interface Participant {
  mediatorId: string;
  communeCode: string;
  status: ParticipationStatus;
  sessionsAttended: number;
  sessionsRequired: number;
  completedOn: string | null;
  certificateCode: string | null;
}

/** GET /api/training/mediators/{id}: what the service learnt of a mediator from the registry's events. */
export interface KnownMediator {
  mediatorId: string;
  teamId: string;
  communeCode: string;
  serving: boolean;
  teamVersion: number;
}

export type AttendanceMethod = 'MANUAL' | 'QR_CODE' | 'SIGN_IN_SHEET';

export interface SessionAttendance {
  sessionId: string;
  date: string;
  title: string;
  attendees: { mediatorId: string; method: AttendanceMethod; recordedAt: string }[];
}

export interface AttendanceResult {
  sessionId: string;
  recorded: number;
  alreadyRecorded: number;
  attended: number;
}

/** A session's QR token and when it stops being accepted (15 minutes by default). */
export interface CheckInToken {
  token: string;
  expiresAt: string;
}

export interface CheckedIn {
  courseId: string;
  sessionId: string;
  mediatorId: string;
  alreadyRecorded: boolean;
}

export interface SheetProblem {
  row: number;
  column: string;
  message: string;
}

/** What importing a sign-in sheet did, or would do (dry run). */
export interface ImportReport {
  dryRun: boolean;
  rows: number;
  recorded: number;
  alreadyRecorded: number;
  problems: SheetProblem[];
}

/** GET /api/training/certificates/{code}: a genuine certificate (an unknown code is a 404). */
export interface CertificateCheck {
  code: string;
  genuine: boolean;
  mediatorId: string;
  communeName: string;
  courseId: string;
  courseTitle: string;
  organiserName: string;
  startDate: string;
  endDate: string;
  completedOn: string;
}

export const MATERIAL_KINDS = ['METHODOLOGY_GUIDE', 'SAMPLE_LECTURE', 'LEGAL_HANDBOOK', 'SKILLS_HANDBOOK', 'VIDEO', 'OTHER'] as const;
export type MaterialKind = (typeof MATERIAL_KINDS)[number];

export const MATERIAL_AUDIENCES = ['TRAINERS', 'MEDIATORS', 'COMMUNE_LEADERS_AND_JUSTICE_OFFICIALS', 'EVERYONE'] as const;
export type MaterialAudience = (typeof MATERIAL_AUDIENCES)[number];

export const PUBLICATION_CHANNELS = ['PROVINCIAL_PORTAL', 'DISTRICT_PORTAL', 'SOCIAL_NETWORK', 'OTHER'] as const;
export type PublicationChannel = (typeof PUBLICATION_CHANNELS)[number];

export interface MaterialFileVersion {
  number: number;
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedAt: string;
}

export interface MaterialPublication {
  channel: PublicationChannel;
  url: string;
  publishedOn: string | null;
}

/** A material of the library; `version` is also its ETag. */
export interface Material {
  id: string;
  title: string;
  kind: MaterialKind;
  audience: MaterialAudience;
  publisherUnitCode: string;
  currentVersion: number;
  versions: MaterialFileVersion[];
  downloads: number;
  changedAt: string;
  videoUrl: string | null;
  digitised: boolean;
  publications: MaterialPublication[];
  withdrawn: boolean;
  withdrawnAt: string | null;
  withdrawalReason: string | null;
  version: number;
}

export interface MaterialQuery {
  q?: string;
  kind?: MaterialKind | '';
  audience?: MaterialAudience | '';
  publisherUnitCode?: string;
  includeWithdrawn?: boolean;
}

/** The form fields of POST /api/training/materials: a file, or a video's https link. */
export interface PublishMaterial {
  title: string;
  kind: string;
  audience: string;
  publisherUnitCode: string;
  file: File | null;
  videoUrl: string;
}

/** PUT /api/training/materials/{id}/publication; what the user typed, so the server names the faults. */
export interface PublicationDetails {
  digitised: boolean | null;
  publications: { channel: string | null; url: string; publishedOn: string | null }[];
}

export interface ReadingLink {
  token: string;
  /** A path on the gateway (no login needed); prefix the gateway's origin to send it. */
  url: string;
  expiresOn: string;
}

export interface HandoutResult {
  recorded: number;
  alreadyReached: number;
}

export interface MaterialReach {
  materialId: string;
  reached: number;
  byReadingLink: number;
  byHandout: number;
  communes: { communeCode: string; communeName: string; reached: number; mediatorIds: string[] }[];
}

export interface TrainingApi {
  /** Plans a course; field errors come back as a ProblemError. */
  planCourse(request: PlanCourse): Promise<Course>;
  /** One course (GET /api/training/courses/{id}); 404 when there is none. */
  course(id: string, signal?: AbortSignal): Promise<CourseDetail>;
  addSession(courseId: string, request: AddSession): Promise<CourseSession>;
  /** Opens, closes (HELD) or cancels a course. */
  changeStatus(courseId: string, status: CourseMove): Promise<CourseDetail>;
  /** A mediator the registry's events made known (404 when unknown or outside the caller's area). */
  knownMediator(mediatorId: string, signal?: AbortSignal): Promise<KnownMediator>;
  enrol(courseId: string, mediatorId: string): Promise<Participant>;
  participants(courseId: string, signal?: AbortSignal): Promise<Participant[]>;
  recordAttendance(courseId: string, sessionId: string, mediatorIds: string[]): Promise<AttendanceResult>;
  sessionAttendance(courseId: string, sessionId: string, signal?: AbortSignal): Promise<SessionAttendance>;
  checkInToken(courseId: string, sessionId: string, signal?: AbortSignal): Promise<CheckInToken>;
  /** A phone's check-in, without login: the QR token is the permission. */
  checkIn(token: string, mediatorId: string): Promise<CheckedIn>;
  /** A sign-in sheet (CSV or .xlsx): a dry run reports row by row, a real run records it whole or not at all. */
  importSheet(courseId: string, file: File | null, dryRun: boolean): Promise<ImportReport>;
  certificate(courseId: string, mediatorId: string): Promise<DownloadedFile>;
  /** The public check of a certificate's code, without login. */
  checkCertificate(code: string, signal?: AbortSignal): Promise<CertificateCheck>;

  materials(query: MaterialQuery, signal?: AbortSignal): Promise<Material[]>;
  material(id: string, signal?: AbortSignal): Promise<Material>;
  publishMaterial(request: PublishMaterial): Promise<Material>;
  /** A new file version, or a video's new link; only onto `version` (412 when it changed meanwhile). */
  addMaterialVersion(id: string, version: number, file: File | null, videoUrl: string): Promise<Material>;
  describePublication(id: string, version: number, details: PublicationDetails): Promise<Material>;
  withdrawMaterial(id: string, version: number, reason: string): Promise<Material>;
  materialFile(id: string, fileVersion?: number): Promise<DownloadedFile>;
  readingLink(id: string, mediatorId: string): Promise<ReadingLink>;
  handOut(id: string, mediatorIds: string[]): Promise<HandoutResult>;
  reach(id: string, signal?: AbortSignal): Promise<MaterialReach>;
}

const etag = (version: number) => ({ 'If-Match': `"${version}"` });

export function trainingApi(client: ApiClient): TrainingApi {
  const base = '/api/training/courses';
  const course = (id: string) => `${base}/${encodeURIComponent(id)}`;
  const session = (id: string, sessionId: string) => `${course(id)}/sessions/${encodeURIComponent(sessionId)}`;
  const materials = '/api/training/materials';
  const material = (id: string) => `${materials}/${encodeURIComponent(id)}`;
  return {
    planCourse: (request) => client.post<Course>(base, request),
    course: (id, signal) => client.get<CourseDetail>(course(id), { signal }),
    addSession: (id, request) => client.post<CourseSession>(`${course(id)}/sessions`, request),
    changeStatus: (id, status) => client.post<CourseDetail>(`${course(id)}/status`, { status }),
    knownMediator: (mediatorId, signal) =>
      client.get<KnownMediator>(`/api/training/mediators/${encodeURIComponent(mediatorId)}`, { signal }),
    enrol: (id, mediatorId) => client.post<Participant>(`${course(id)}/enrolments`, { mediatorId }),
    participants: (id, signal) => client.get<Participant[]>(`${course(id)}/enrolments`, { signal }),
    recordAttendance: (id, sessionId, mediatorIds) =>
      client.post<AttendanceResult>(`${session(id, sessionId)}/attendance`, { mediatorIds }),
    sessionAttendance: (id, sessionId, signal) =>
      client.get<SessionAttendance>(`${session(id, sessionId)}/attendance`, { signal }),
    checkInToken: (id, sessionId, signal) =>
      client.get<CheckInToken>(`${session(id, sessionId)}/check-in-token`, { signal }),
    checkIn: (token, mediatorId) => client.post<CheckedIn>('/api/training/check-in', { token, mediatorId }),
    importSheet: (id, file, dryRun) => {
      const form = new FormData();
      if (file) {
        form.append('file', file);
      }
      return client.upload<ImportReport>('POST', `${course(id)}/attendance/import`, form, { query: { dryRun } });
    },
    certificate: (id, mediatorId) =>
      client.download(`${course(id)}/enrolments/${encodeURIComponent(mediatorId)}/certificate`, {
        headers: { Accept: 'application/pdf, application/problem+json' },
      }),
    checkCertificate: (code, signal) =>
      client.get<CertificateCheck>(`/api/training/certificates/${encodeURIComponent(code)}`, { signal }),

    materials: (query, signal) =>
      client.get<Material[]>(materials, {
        query: {
          q: query.q?.trim() || undefined,
          kind: query.kind || undefined,
          audience: query.audience || undefined,
          publisherUnitCode: query.publisherUnitCode || undefined,
          includeWithdrawn: query.includeWithdrawn || undefined,
        },
        signal,
      }),
    material: (id, signal) => client.get<Material>(material(id), { signal }),
    publishMaterial: (request) => {
      const form = new FormData();
      form.append('title', request.title);
      form.append('kind', request.kind);
      form.append('audience', request.audience);
      form.append('publisherUnitCode', request.publisherUnitCode.trim());
      if (request.kind === 'VIDEO') {
        form.append('videoUrl', request.videoUrl.trim());
      } else if (request.file) {
        form.append('file', request.file);
      }
      return client.upload<Material>('POST', materials, form);
    },
    addMaterialVersion: (id, version, file, videoUrl) => {
      const form = new FormData();
      if (file) {
        form.append('file', file);
      }
      if (videoUrl.trim()) {
        form.append('videoUrl', videoUrl.trim());
      }
      return client.upload<Material>('POST', `${material(id)}/versions`, form, { headers: etag(version) });
    },
    describePublication: (id, version, details) =>
      client.request<Material>('PUT', `${material(id)}/publication`, { body: details, headers: etag(version) }),
    withdrawMaterial: (id, version, reason) =>
      client.request<Material>('POST', `${material(id)}/withdrawal`, {
        body: { reason: reason.trim() || null },
        headers: etag(version),
      }),
    materialFile: (id, fileVersion) =>
      client.download(`${material(id)}/file`, { query: { version: fileVersion } }),
    readingLink: (id, mediatorId) => client.post<ReadingLink>(`${material(id)}/reading-links`, { mediatorId }),
    handOut: (id, mediatorIds) => client.post<HandoutResult>(`${material(id)}/handouts`, { mediatorIds }),
    reach: (id, signal) => client.get<MaterialReach>(`${material(id)}/reach`, { signal }),
  };
}

/** For pages (and their tests) that do not use training: every call fails. */
export const unavailableTraining: TrainingApi = new Proxy({} as TrainingApi, {
  get: () => () => Promise.reject(new Error('no training API')),
});
