// Validates query parameters at the edge. Every issue is collected, so a 400 lists them all at
// once, and each validated query has a canonical form: the parameters that reach the cache key.
import * as v from 'valibot';
import { readAssumedValue } from '../facts/assumed-value';
import type { Assumptions } from '../facts/fact-base';
import type { FactType, FactValue } from '../facts/fact-record';
import { isFullDate } from '../facts/partial-date';
import { FACT_ID_PATTERN } from '../facts/schema';
import type { CanonicalParams } from './cache/cache-key';
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

export interface BriefQuery {
  asOf?: string;
  assumptions: Assumptions;
  /** The parameters that identify this brief, in canonical form (`5e3` and `5000` are one). */
  canonical: CanonicalParams;
}

export function parseBriefQuery(params: URLSearchParams, types: ReadonlyMap<string, FactType>): BriefQuery {
  const issues: QueryIssue[] = [];
  const asOf = readParam(params, 'asOf', AsOfSchema, issues);
  const assumptions = readAssumptions(params, types, issues);
  if (issues.length > 0) fail(issues);
  const canonical: [string, string][] = [...assumptions].map(([id, value]) => [
    `${ASSUME_PREFIX}${id}`,
    canonicalValue(value),
  ]);
  if (asOf) canonical.push(['asOf', asOf]);
  return { ...(asOf ? { asOf } : {}), assumptions, canonical };
}

export interface FactQuery {
  asOf?: string;
  actor?: string;
  tag?: string;
  canonical: CanonicalParams;
}

export function parseFactQuery(params: URLSearchParams, filters: boolean): FactQuery {
  const issues: QueryIssue[] = [];
  const asOf = readParam(params, 'asOf', AsOfSchema, issues);
  const actor = filters ? readParam(params, 'actor', ActorSchema, issues) : undefined;
  const tag = filters ? readParam(params, 'tag', TagSchema, issues) : undefined;
  if (issues.length > 0) fail(issues);
  const query = { ...(asOf ? { asOf } : {}), ...(actor ? { actor } : {}), ...(tag ? { tag } : {}) };
  return { ...query, canonical: Object.entries(query) };
}
