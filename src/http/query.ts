// Validates query parameters at the edge. Every issue is collected, so a 400 lists them all at
// once, and each validated query has a canonical form: the parameters that reach the cache key.
import * as v from 'valibot';
import { readAssumedValue } from '../facts/assumed-value';
import type { Assumptions } from '../facts/fact-base';
import type { FactType, FactValue } from '../facts/fact-record';
import { isFullDate } from '../facts/partial-date';
import { safeText } from '../facts/safe-text';
import { FACT_ID_PATTERN } from '../facts/schema';
import type { CanonicalParams } from './cache/cache-key';
import type { RouteContract } from './contract/routes';
import { Problem, type QueryIssue } from './problem';

/** At most this many `assume.*` parameters per request. */
export const MAX_ASSUMPTIONS = 32;
export const ASSUME_PREFIX = 'assume.';
/** A what-if parameter name: `assume.` and a fact id. */
export const ASSUME_NAME = new RegExp(`^assume\\.${FACT_ID_PATTERN.source.slice(1)}`);

export const AsOfSchema = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'),
  v.check(isFullDate, 'must be a real calendar date with a year from 1000 to 9999'),
  v.description('As known on this day: only what was known by then counts. Default: today (UTC).'),
);

/** `since` of the audit list: a day, or a UTC time to the millisecond. */
export const SinceSchema = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d{3})?Z)?$/, 'must be a date or an ISO 8601 UTC time'),
  // A real day with a year from 1000 to 9999, and a real time of day: no 2021-02-30, no 25:00.
  v.check(
    (s) => v.is(AsOfSchema, s.slice(0, 10)) && (s.length === 10 || !Number.isNaN(Date.parse(s))),
    'must be a real calendar date (and time) with a year from 1000 to 9999',
  ),
);

/** The most observations one page of the audit list holds, and how many it holds by default. */
export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 100;

export const LimitSchema = v.pipe(
  v.string(),
  v.regex(/^[1-9]\d{0,2}$/, `must be a whole number from 1 to ${MAX_PAGE_SIZE}`),
  v.check((s) => Number(s) <= MAX_PAGE_SIZE, `must be a whole number from 1 to ${MAX_PAGE_SIZE}`),
  v.description(`Page size, 1 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).`),
);

/** An audit-list cursor: where the previous page ended, as `links.next` gives it. */
export const CursorSchema = v.pipe(
  v.string(),
  v.maxLength(200, 'is not a cursor this service gave'),
  v.regex(/^[A-Za-z0-9_-]+$/, 'is not a cursor this service gave'),
  v.description('Opaque: the `links.next` of the previous page carries it.'),
);

/** Why a scenario version is published: one line of plain text, for the record. */
export const ReasonSchema = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(3, 'must say why, in at least 3 characters'),
  v.maxLength(400, 'must be at most 400 characters'),
  safeText(),
);

const FilterSchema = v.pipe(
  v.string(),
  v.regex(/^[a-z][a-z0-9-]*$/, 'must be lower-case words joined by hyphens'),
  v.maxLength(60, 'must be at most 60 characters'),
);
export const ActorSchema = v.pipe(FilterSchema, v.description('Only facts naming this actor, e.g. russia.'));
export const TagSchema = v.pipe(FilterSchema, v.description('Only facts with this tag, e.g. funding.'));

/** Input shown back in a message: quoted and cut short, never whole. */
export function echo(raw: string): string {
  return JSON.stringify(raw.length > 40 ? `${raw.slice(0, 40)}…` : raw);
}

/** A parameter name as an issue reports it: cut short, so a huge key is not reflected whole. */
function parameterName(name: string): string {
  return name.length > 100 ? `${name.slice(0, 100)}…` : name;
}

/** Throws the 400 of a query with invalid parameters, listing every one. */
export function fail(issues: QueryIssue[]): never {
  throw new Problem('invalid-query', `The query has ${issues.length} invalid parameter(s); see issues.`, { issues });
}

/** The single value of a parameter, validated by `schema`; issues for repeats and bad values. */
export function readParam(
  params: URLSearchParams,
  name: string,
  schema: v.GenericSchema<string>,
  issues: QueryIssue[],
): string | undefined {
  const values = params.getAll(name);
  if (values.length > 1) issues.push({ parameter: name, message: 'must be given at most once' });
  const raw = values[0];
  if (raw === undefined) return undefined;
  const parsed = v.safeParse(schema, raw);
  if (parsed.success) return parsed.output;
  issues.push({ parameter: name, message: `${parsed.issues[0]?.message ?? 'is invalid'} (got ${echo(raw)})` });
  return undefined;
}

function canonicalValue(value: FactValue | null): string {
  return value === null ? 'unknown' : String(value);
}

function readAssumptions(
  params: URLSearchParams,
  types: ReadonlyMap<string, FactType>,
  issues: QueryIssue[],
): Map<string, FactValue | null> {
  const assumptions = new Map<string, FactValue | null>();
  const names = [...new Set([...params.keys()].filter((k) => k.startsWith(ASSUME_PREFIX)))];
  if (names.length > MAX_ASSUMPTIONS) {
    issues.push({
      parameter: ASSUME_PREFIX,
      message: `at most ${MAX_ASSUMPTIONS} assumptions per request, got ${names.length}`,
    });
    return assumptions;
  }
  for (const name of names) {
    const factId = name.slice(ASSUME_PREFIX.length);
    const type = types.get(factId);
    const values = params.getAll(name);
    const parameter = parameterName(name);
    if (values.length > 1) issues.push({ parameter, message: 'must be given at most once' });
    if (!type) {
      issues.push({ parameter, message: `no fact has the id ${echo(factId)}` });
    } else if (type.derived) {
      issues.push({ parameter, message: `"${factId}" is derived from other facts: assume its inputs instead` });
    } else {
      const read = readAssumedValue(type, values[0] ?? '');
      if (read.ok) assumptions.set(factId, read.value);
      else issues.push({ parameter, message: `value ${read.message}` });
    }
  }
  return assumptions;
}

/** What a brief needs of its query: the day it is asked as of, and its what-if assumptions. */
export interface BriefQuery {
  asOf?: string;
  assumptions: Assumptions;
}

/** A route's query, validated against the parameters its contract entry declares. */
export interface RouteQuery extends BriefQuery {
  /** Each declared parameter that was given, validated by its schema (what-ifs apart). */
  values: Readonly<Partial<Record<string, string>>>;
  /** The parameters that identify the answer, in canonical form (`5e3` and `5000` are one). */
  canonical: CanonicalParams;
}

/** "A brief page URL." as a phrase inside a message: "a brief page URL". */
function asPhrase(description: string): string {
  return `${description.charAt(0).toLowerCase()}${description.slice(1)}`.replace(/\.$/, '');
}

/**
 * Reads the query parameters a route declares, each by the schema its contract entry gives, and
 * the what-if assumptions if it takes them (read by each fact's type from `types`). Every issue is
 * collected into one 400; parameters the route does not declare are ignored and never reach the
 * cache key.
 */
export function readQuery(
  route: Pick<RouteContract, 'parameters'>,
  params: URLSearchParams,
  types: ReadonlyMap<string, FactType> = new Map(),
): RouteQuery {
  const issues: QueryIssue[] = [];
  const values: Record<string, string> = {};
  let assumptions: Map<string, FactValue | null> = new Map();
  for (const parameter of route.parameters) {
    if (parameter.in !== 'query') continue;
    if (parameter.explode) {
      assumptions = readAssumptions(params, types, issues);
      continue;
    }
    const value = readParam(params, parameter.name, parameter.schema as v.GenericSchema<string>, issues);
    if (value !== undefined) values[parameter.name] = value;
    else if (parameter.required && !issues.some((i) => i.parameter === parameter.name)) {
      issues.push({ parameter: parameter.name, message: `is required: ${asPhrase(parameter.description)}` });
    }
  }
  if (issues.length > 0) fail(issues);
  const canonical: [string, string][] = [
    ...[...assumptions].map(([id, value]): [string, string] => [`${ASSUME_PREFIX}${id}`, canonicalValue(value)]),
    ...Object.entries(values),
  ];
  const asOf = values.asOf;
  return { ...(asOf ? { asOf } : {}), assumptions, values, canonical };
}

/** A form submits every field; an empty `asOf` or `assume.*` means "as reported", so drop it. */
export function withoutEmptyFields(url: string): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of new URL(url).searchParams) {
    if (value === '' && (key === 'asOf' || key.startsWith('assume.'))) continue;
    params.append(key, value);
  }
  return params;
}
