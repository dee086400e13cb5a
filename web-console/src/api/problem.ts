import { t } from '../i18n';

/** One field's problem, as the services list it: `field` is the request path, e.g. `mediators[0].birthYear`. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** An RFC 9457 problem-details body, with the services' `errors` extension. */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  errors?: FieldProblem[];
  [extension: string]: unknown;
}

/** Any failed call: the HTTP status (0 when the server was never reached) and a message to show. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ApiError';
  }
}

/** The server could not be reached (network down, gateway stopped, CORS...). */
export class NetworkError extends ApiError {
  constructor(cause?: unknown) {
    super(t.errors.network, 0, { cause });
    this.name = 'NetworkError';
  }
}

/** The server answered with problem details; `fieldErrors` lists the fields at fault, if any. */
export class ProblemError extends ApiError {
  readonly fieldErrors: FieldProblem[];

  constructor(
    status: number,
    readonly problem: ProblemDetails,
  ) {
    super(problem.detail || problem.title || t.errors.status(status), status);
    this.name = 'ProblemError';
    this.fieldErrors = Array.isArray(problem.errors)
      ? problem.errors.filter(
          (e): e is FieldProblem => !!e && typeof e.field === 'string' && typeof e.message === 'string',
        )
      : [];
  }

  /** The title, the best heading for the problem ("Dữ liệu không hợp lệ"). */
  get title(): string {
    return this.problem.title || this.message;
  }
}

/** Is this JSON body problem details (RFC 9457)? */
export function isProblemDetails(body: unknown): body is ProblemDetails {
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    return false;
  }
  const b = body as Record<string, unknown>;
  return typeof b.title === 'string' || typeof b.detail === 'string' || Array.isArray(b.errors);
}
