// RFC 9457 problem details: the one error type the HTTP layer throws, its stable types, and the
// single place that turns it into a response. Each `type` is a relative URI under /problems/,
// which serves a page describing it.
import { HTTPException } from 'hono/http-exception';
import * as v from 'valibot';
import { safeJson } from './json-response';

/** Every problem the API can answer with. Adding one here is what makes it exist. */
export const PROBLEM_TYPES = {
  'not-found': { status: 404, title: 'Not found' },
  'invalid-query': { status: 400, title: 'Invalid query parameters' },
  'method-not-allowed': { status: 405, title: 'Method not allowed' },
  'invalid-body': { status: 400, title: 'Invalid request body' },
  unauthorized: { status: 401, title: 'Unauthorized' },
  'writes-disabled': { status: 403, title: 'Writes disabled' },
  forbidden: { status: 403, title: 'Forbidden' },
  conflict: { status: 409, title: 'Conflict' },
  'payload-too-large': { status: 413, title: 'Payload too large' },
  'unsupported-media-type': { status: 415, title: 'Unsupported media type' },
  'invalid-scenario': { status: 422, title: 'Invalid scenario' },
  'invalid-set': { status: 422, title: 'Invalid question set' },
  'uri-too-long': { status: 414, title: 'URI too long' },
  'not-implemented': { status: 501, title: 'Not implemented' },
  'internal-error': { status: 500, title: 'Internal error' },
  unavailable: { status: 503, title: 'Service unavailable' },
} as const;

export type ProblemType = keyof typeof PROBLEM_TYPES;

/** What GET /problems/{type} says of a problem type. */
export const ProblemTypeDocSchema = v.object({
  type: v.string(),
  status: v.number(),
  title: v.string(),
  description: v.string(),
});

export interface QueryIssue {
  /** The parameter (or, for a body, the dotted path) at fault, e.g. `asOf` or `source.quote`. */
  parameter: string;
  message: string;
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  issues?: QueryIssue[];
  allow?: string[];
}

/**
 * The one error the HTTP layer throws: a Hono HTTPException whose status comes from its type, so
 * Hono and middleware see a status; the app's error handler (app.tsx) answers it as problem+json,
 * or as a page for page paths.
 */
export class Problem extends HTTPException {
  readonly kind: ProblemType;
  readonly detail: string;
  readonly issues: QueryIssue[] | undefined;
  readonly allow: string[] | undefined;
  /** For 401: the WWW-Authenticate challenge. */
  readonly authenticate: string | undefined;
  /** For 503: seconds after which a retry may succeed (Retry-After). */
  readonly retryAfter: number | undefined;

  constructor(
    kind: ProblemType,
    detail: string,
    extra: { issues?: QueryIssue[]; allow?: string[]; authenticate?: string; retryAfter?: number } = {},
  ) {
    super(PROBLEM_TYPES[kind].status, { message: detail });
    this.name = 'Problem';
    this.kind = kind;
    this.detail = detail;
    this.issues = extra.issues;
    this.allow = extra.allow;
    this.authenticate = extra.authenticate;
    this.retryAfter = extra.retryAfter;
  }

  /** As HTTPException answers, should anything outside the app's error handler ask. */
  override getResponse(): Response {
    return problemResponse(this);
  }
}

/** The problem type's URI, a path on this service that documents it. */
export function problemTypeUri(kind: ProblemType): string {
  return `/problems/${kind}`;
}

/** The problem as RFC 9457 JSON; `instance` is the request path it answers, when known. */
export function problemBody(problem: Problem, instance?: string): ProblemBody {
  const { status, title } = PROBLEM_TYPES[problem.kind];
  return {
    type: problemTypeUri(problem.kind),
    title,
    status,
    detail: problem.detail,
    ...(instance === undefined ? {} : { instance }),
    ...(problem.issues ? { issues: problem.issues } : {}),
    ...(problem.allow ? { allow: problem.allow } : {}),
  };
}

/** Pages answer problems as pages: a person who mistypes a what-if value gets words, not JSON. */
const PAGE_PATHS = /^\/(briefs|embed)\/|^\/(widget|track-record)$|^\/authoring(\/|$)/;

/** Whether a problem on this path is answered as an HTML page rather than JSON. */
export function isPagePath(path: string): boolean {
  return PAGE_PATHS.test(path);
}

/** The 400 of a body with invalid fields, listing every one. */
export function invalidBody(issues: QueryIssue[]): never {
  throw new Problem('invalid-body', `The body has ${issues.length} invalid field(s); see issues.`, { issues });
}

/** The problem as a problem+json response, never cached. */
export function problemResponse(problem: Problem, instance?: string): Response {
  const body = problemBody(problem, instance);
  // Errors are never stored, by our edge cache or anyone downstream.
  const headers = new Headers({ 'Content-Type': 'application/problem+json', 'Cache-Control': 'no-store' });
  if (problem.allow) headers.set('Allow', problem.allow.join(', '));
  if (problem.authenticate) headers.set('WWW-Authenticate', problem.authenticate);
  if (problem.retryAfter !== undefined) headers.set('Retry-After', String(problem.retryAfter));
  return new Response(safeJson(body), { status: body.status, headers });
}
