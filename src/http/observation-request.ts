// What an observation a writer sends must pass before it is stored, one body or one line of an
// import: the schema, a citation found in its registered source (or a source described that does
// not pass for a registered one), the fact and its value, dates not after today, and a writer
// the token names. Checked against the facts as they are now (a fresh, strict read).
import * as v from 'valibot';
import type { FactBase } from '../facts/fact-base';
import {
  attributionIssues,
  checkObservation,
  checkObservedValue,
  type ObservationInput,
  ObservationInputSchema,
  ObservationRequestSchema,
} from '../facts/observation';
import { resolveCitation } from '../facts/observation-citation';
import { periodStart } from '../facts/partial-date';
import { FactId } from '../facts/schema';
import type { Writer } from './auth';
import type { QueryIssue } from './problem';

export type CheckedRequest =
  | { ok: true; input: ObservationInput }
  | { ok: false; issues: QueryIssue[]; conflict?: string };

/** A body that names a writer other than the token's: the audit trail records who wrote, not a claim. */
export function namedByToken(field: string, writer: Writer): QueryIssue {
  return {
    parameter: field,
    message: `is who the bearer token names ("${writer.name}"), recorded by the service: leave it out`,
  };
}

/** A source described in the body has no text its quote could be checked against. */
const DESCRIBED_SOURCE: QueryIssue = {
  parameter: 'source',
  message:
    'a source is cited, not described: register it with its full text (POST /v1/sources), then give citation { sourceId, quote }',
};

const issuesOf = (issues: readonly { path: string; message: string }[]): QueryIssue[] =>
  issues.map((i) => ({ parameter: i.path, message: i.message }));

/**
 * An observation request checked in full against `facts`, the writer and today: the input to
 * store, or every issue (and, for a definition of a fact that exists, the conflict).
 */
export function checkObservationRequest(body: unknown, facts: FactBase, writer: Writer, today: string): CheckedRequest {
  const described = body !== null && typeof body === 'object' && 'source' in body;
  const { source: _described, ...rest } = described ? (body as Record<string, unknown>) : {};
  const parsed = v.safeParse(ObservationRequestSchema, described ? rest : body);
  if (!parsed.success || described) {
    const issues = [
      ...(described ? [DESCRIBED_SOURCE] : []),
      ...(parsed.issues ?? []).map((i) => ({ parameter: v.getDotPath(i) ?? '', message: i.message })),
    ];
    // List what is wrong with the fact too, when the rest of the body is what failed.
    const partial = v.safeParse(v.looseObject({ factId: FactId, value: ObservationInputSchema.entries.value }), body);
    if (partial.success && (body as { definition?: unknown }).definition === undefined) {
      for (const i of checkObservedValue(facts, partial.output)) {
        if (!issues.some((x) => x.parameter === i.path)) issues.push({ parameter: i.path, message: i.message });
      }
    }
    return { ok: false, issues };
  }
  // The citation: a registered source's quote found in its text, or a source described (which
  // may not pass for a registered one).
  const resolved = resolveCitation(parsed.output, facts.sources);
  if (!resolved.ok) {
    // The citation is wrong: say what else is, as far as the fact and value tell without it.
    const { factId, value, qualifier, definition } = parsed.output;
    const more = definition ? [] : checkObservedValue(facts, { factId, value, ...(qualifier ? { qualifier } : {}) });
    return { ok: false, issues: issuesOf([...resolved.issues, ...more]) };
  }
  const claimed = parsed.output.analyst;
  if (claimed !== undefined && claimed !== writer.name) return { ok: false, issues: [namedByToken('analyst', writer)] };
  // Who records it is who the token names.
  const input = { ...resolved.input, analyst: writer.name };
  if (input.definition && facts.types.has(input.factId)) {
    return {
      ok: false,
      issues: [{ parameter: 'definition', message: `${input.factId} exists already: give a value, not a definition` }],
      conflict: `${input.factId} exists already: give a value of it, not a definition (retract its definition first to redefine it).`,
    };
  }
  const issues = checkObservation(facts, input);
  // Checked where it is written, not where it is read (checkObservation): a stored one stays.
  issues.push(...attributionIssues(input));
  // What happened next, not what will: nothing dated after today (read at the edge).
  if (periodStart(input.date) > today) issues.push({ path: 'date', message: `must not be after today (${today})` });
  if (periodStart(input.source.published) > today) {
    issues.push({ path: 'source.published', message: `must not be after today (${today})` });
  }
  return issues.length > 0 ? { ok: false, issues: issuesOf(issues) } : { ok: true, input };
}
