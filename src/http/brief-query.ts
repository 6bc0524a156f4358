// Validates the query of a brief request: `asOf` and repeatable `assume.<factId>=<value>`.
// Every issue is collected, so a 400 lists them all at once.
import * as v from 'valibot';
import { readAssumedValue } from '../facts/assumed-value';
import type { Assumptions } from '../facts/fact-base';
import type { FactType } from '../facts/fact-record';
import { isFullDate } from '../facts/partial-date';
import { Problem, type QueryIssue } from './problem';

/** At most this many `assume.*` parameters per request. */
export const MAX_ASSUMPTIONS = 32;
export const ASSUME_PREFIX = 'assume.';

export const AsOfSchema = v.pipe(v.string(), v.check(isFullDate, 'must be a real calendar date written YYYY-MM-DD'));

/** Input shown back in a message: quoted and cut short, never whole. */
export function echo(raw: string): string {
  return JSON.stringify(raw.length > 40 ? `${raw.slice(0, 40)}…` : raw);
}

export interface BriefQuery {
  asOf?: string;
  assumptions: Assumptions;
}

/** The single value of a parameter, or an issue if it is repeated. */
export function singleParam(params: URLSearchParams, name: string, issues: QueryIssue[]): string | undefined {
  const values = params.getAll(name);
  if (values.length > 1) issues.push({ parameter: name, message: 'must be given at most once' });
  return values[0];
}

export function readAsOf(params: URLSearchParams, issues: QueryIssue[]): string | undefined {
  const raw = singleParam(params, 'asOf', issues);
  if (raw === undefined) return undefined;
  const parsed = v.safeParse(AsOfSchema, raw);
  if (parsed.success) return parsed.output;
  issues.push({ parameter: 'asOf', message: `${parsed.issues[0]?.message ?? 'is invalid'} (got ${echo(raw)})` });
  return undefined;
}

function readAssumptions(
  params: URLSearchParams,
  types: ReadonlyMap<string, FactType>,
  issues: QueryIssue[],
): Assumptions {
  const assumptions = new Map<string, string | number | boolean | null>();
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
    const raw = singleParam(params, name, issues) ?? '';
    if (!type) {
      issues.push({ parameter: name, message: `no fact has the id ${echo(factId)}` });
    } else if (type.derived) {
      issues.push({ parameter: name, message: `"${factId}" is derived from other facts: assume its inputs instead` });
    } else {
      const read = readAssumedValue(type, raw);
      if (read.ok) assumptions.set(factId, read.value);
      else issues.push({ parameter: name, message: `value ${read.message}` });
    }
  }
  return assumptions;
}

export function parseBriefQuery(params: URLSearchParams, types: ReadonlyMap<string, FactType>): BriefQuery {
  const issues: QueryIssue[] = [];
  const asOf = readAsOf(params, issues);
  const assumptions = readAssumptions(params, types, issues);
  if (issues.length > 0) {
    throw new Problem('invalid-query', `The query has ${issues.length} invalid parameter(s); see issues.`, { issues });
  }
  return { ...(asOf ? { asOf } : {}), assumptions };
}
