// POST /v1/observation-imports: a chronology back-filled in one request, as NDJSON (one
// observation per line, the body POST /v1/observations takes). All or nothing: every line is
// checked as a single observation would be, in order (a line may give a value of a fact an
// earlier line defines), and either every line is stored, in one transaction, or none is and the
// answer lists every line's problems.
import type { FactBase } from '../../facts/fact-base';
import type { ObservationInput } from '../../facts/observation';
import { utcDay } from '../../lib/dates';
import { STORAGE_WRITE_TIMEOUT_MS } from '../../lib/timeout';
import { invalidateLiveCatalog } from '../../observations/live-catalog';
import { activeByKeys, dedupeKey, insertObservations } from '../../observations/store';
import { observationResource } from '../../render/resources';
import { requireWriter } from '../auth';
import { fromDatabase } from '../database-call';
import { freshCatalog } from '../fresh-catalog';
import { ndjsonBody } from '../json-body';
import { safeJson } from '../json-response';
import type { RouteHandlers } from '../mount-routes';
import { checkObservationRequest } from '../observation-request';
import { Problem, type QueryIssue } from '../problem';

/** The line an issue names (`line 3: date` is 3). */
function lineOf(issue: QueryIssue): number {
  return Number(/^line (\d+)/.exec(issue.parameter)?.[1] ?? 0);
}

/** The facts with a definition an earlier line made: a later line may give a value of it. */
function withDefinition(facts: FactBase, input: ObservationInput): FactBase {
  if (!input.definition) return facts;
  const { type, unit } = input.definition;
  const types = new Map(facts.types);
  types.set(input.factId, { type, unit: type === 'number' ? (unit ?? null) : null, derived: false });
  return { ...facts, types };
}

/**
 * Ids that sort in line order (the audit order is time, then id, and all lines share one time):
 * one random UUID for the import, its last four hex digits replaced by the line's index.
 */
function lineIds(count: number): string[] {
  const batch = crypto.randomUUID();
  return Array.from({ length: count }, (_, i) => `${batch.slice(0, -4)}${i.toString(16).padStart(4, '0')}`);
}

export const observationImportHandlers: RouteHandlers<'importObservations'> = {
  importObservations: async (c) => {
    const writer = await requireWriter(c);
    const lines = await ndjsonBody(c);
    if (lines.length === 0) {
      throw new Problem('invalid-body', 'The body has no observations: one JSON object per line.', {
        issues: [{ parameter: 'line 1', message: 'must be an observation' }],
      });
    }
    const current = await freshCatalog(c);
    const today = utcDay(new Date());
    const issues: QueryIssue[] = [];
    const accepted: ObservationInput[] = [];
    const keys = new Map<string, number>();
    let facts = current.facts;
    for (const { line, value, error } of lines) {
      const at = (path: string) => `line ${line}${path ? `: ${path}` : ''}`;
      if (error) {
        issues.push({ parameter: at(''), message: error });
        continue;
      }
      const checked = checkObservationRequest(value, facts, writer, today);
      if (!checked.ok) {
        issues.push(...checked.issues.map((i) => ({ parameter: at(i.parameter), message: i.message })));
        continue;
      }
      const key = dedupeKey(checked.input);
      const twin = keys.get(key);
      if (twin !== undefined) {
        issues.push({ parameter: at(''), message: `is the same observation as line ${twin}` });
        continue;
      }
      keys.set(key, line);
      accepted.push(checked.input);
      facts = withDefinition(facts, checked.input);
    }
    // Lines the store holds already (active): problems of their own lines, not a bare conflict.
    const stored = await fromDatabase('read', () => activeByKeys(c.env.DB, [...keys.keys()]));
    for (const [key, line] of keys) {
      const id = stored.get(key);
      if (id) issues.push({ parameter: `line ${line}`, message: `is stored already, as observation ${id}` });
    }
    issues.sort((a, b) => lineOf(a) - lineOf(b));
    if (issues.length > 0) {
      throw new Problem(
        'invalid-body',
        `${issues.length} problem(s) in ${new Set(issues.map((i) => i.parameter.split(':')[0])).size} line(s); nothing was stored. See issues.`,
        { issues },
      );
    }
    const ids = lineIds(accepted.length);
    const inserted = await fromDatabase(
      'insert',
      () =>
        insertObservations(
          c.env.DB,
          accepted.map((input, i) => ({ input, id: ids[i] as string })),
          new Date().toISOString(),
        ),
      STORAGE_WRITE_TIMEOUT_MS,
    );
    if (!inserted.ok) {
      throw new Problem(
        'conflict',
        'Another writer stored one of these observations, or defined a fact the import defines, while it was checked; nothing was stored. GET /v1/observations shows what is there.',
      );
    }
    invalidateLiveCatalog();
    const observations = inserted.observations.map(observationResource);
    return c.body(safeJson({ count: observations.length, observations }), 201, {
      'Content-Type': 'application/json; charset=UTF-8',
      'Cache-Control': 'no-store',
    });
  },
};
