// The observations API: POST /v1/observations and DELETE /v1/observations/:id for analysts with
// the admin token; GET /v1/observations (filters factId, since; paged) and /v1/observations/:id
// for all. Writes are validated in full before anything is stored, a citation of a registered
// source against its text; reads are never cached at the edge, since an audit trail must be current.
import * as v from 'valibot';
import { boundedStore } from '../../digest/bounded-store';
import { refreshLatestDigest } from '../../digest/latest-digest';
import { logDigestFailure } from '../../digest/run';
import {
  checkObservation,
  checkObservedValue,
  type Observation,
  ObservationInputSchema,
  ObservationRequestSchema,
} from '../../facts/observation';
import { resolveCitation } from '../../facts/observation-citation';
import { periodStart } from '../../facts/partial-date';
import { Line, safeText } from '../../facts/safe-text';
import { FactId } from '../../facts/schema';
import { utcDay } from '../../lib/dates';
import { STORAGE_WRITE_TIMEOUT_MS } from '../../lib/timeout';
import { invalidateLiveCatalog, liveCatalog } from '../../observations/live-catalog';
import { getObservation, insertObservation, listObservations, retractObservation } from '../../observations/store';
import { cursorOf, positionOf } from '../audit-cursor';
import { requireAdmin } from '../auth';
import { fromDatabase } from '../database-call';
import { jsonBody } from '../json-body';
import { jsonResponse, safeJson } from '../json-response';
import { pathParam, type RouteHandlers } from '../mount-routes';
import { Problem, type QueryIssue } from '../problem';
import { DEFAULT_PAGE_SIZE, echo, readQuery } from '../query';

const RetractionSchema = v.strictObject({
  by: v.optional(Line(100)),
  reason: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(2000), safeText(true))),
});

function resource(observation: Observation) {
  return {
    ...observation,
    links: { self: `/v1/observations/${observation.id}`, fact: `/v1/facts/${observation.factId}` },
  };
}

function invalid(issues: QueryIssue[]): never {
  throw new Problem('invalid-body', `The body has ${issues.length} invalid field(s); see issues.`, { issues });
}

export const observationHandlers: RouteHandlers<
  'createObservation' | 'retractObservation' | 'listObservations' | 'getObservation'
> = {
  createObservation: async (c) => {
    await requireAdmin(c);
    const body = await jsonBody(c);
    const parsed = v.safeParse(ObservationRequestSchema, body);
    if (!parsed.success) {
      const issues = parsed.issues.map((i) => ({ parameter: v.getDotPath(i) ?? '', message: i.message }));
      // List what is wrong with the fact too, when the rest of the body is what failed.
      const partial = v.safeParse(v.looseObject({ factId: FactId, value: ObservationInputSchema.entries.value }), body);
      if (partial.success && (body as { definition?: unknown }).definition === undefined) {
        for (const i of checkObservedValue(c.get('catalog').facts, partial.output)) {
          if (!issues.some((x) => x.parameter === i.path)) issues.push({ parameter: i.path, message: i.message });
        }
      }
      invalid(issues);
    }
    // Checked against the observations and sources as they are now, not the request's snapshot.
    const current = await fromDatabase(
      'read',
      () => liveCatalog(c.get('baseCatalog'), c.env, { fresh: true, strict: true }),
      STORAGE_WRITE_TIMEOUT_MS,
    );
    // The citation: a registered source's quote found in its text, or a source described (which
    // may not pass for a registered one).
    const resolved = resolveCitation(parsed.output, current.facts.sources);
    if (!resolved.ok) invalid(resolved.issues.map((i) => ({ parameter: i.path, message: i.message })));
    const input = resolved.input;
    // A definition of a fact that exists conflicts with what is stored: 409, as for a race lost.
    if (input.definition && current.facts.types.has(input.factId)) {
      throw new Problem(
        'conflict',
        `${input.factId} exists already: give a value of it, not a definition (retract its definition first to redefine it).`,
      );
    }
    const issues = checkObservation(current.facts, input);
    // What happened next, not what will: nothing dated after today (read here, at the edge).
    const today = utcDay(new Date());
    if (periodStart(input.date) > today) issues.push({ path: 'date', message: `must not be after today (${today})` });
    if (periodStart(input.source.published) > today) {
      issues.push({ path: 'source.published', message: `must not be after today (${today})` });
    }
    if (issues.length > 0) invalid(issues.map((i) => ({ parameter: i.path, message: i.message })));
    const result = await fromDatabase(
      'insert',
      () => insertObservation(c.env.DB, input, crypto.randomUUID(), new Date().toISOString()),
      STORAGE_WRITE_TIMEOUT_MS,
    );
    if ('definedBy' in result) {
      throw new Problem(
        'conflict',
        `${input.factId} was defined meanwhile by observation ${result.definedBy}: give a value of it, not a definition.`,
      );
    }
    if (!result.ok) {
      throw new Problem('conflict', `The same observation is stored already as ${result.duplicateOf}.`);
    }
    invalidateLiveCatalog();
    const location = `/v1/observations/${result.observation.id}`;
    return c.body(safeJson(resource(result.observation)), 201, {
      'Content-Type': 'application/json; charset=UTF-8',
      Location: location,
      'Cache-Control': 'no-store',
    });
  },
  retractObservation: async (c) => {
    await requireAdmin(c);
    const id = pathParam(c, 'id');
    const existing = await fromDatabase('read', () => getObservation(c.env.DB, id));
    if (!existing) throw new Problem('not-found', `No observation has the id ${echo(id)}.`);
    if (existing.definition && !existing.retractedAt) {
      // Later observations of a fact it defined rest on its definition: they go first.
      const others = await fromDatabase('read', () =>
        listObservations(c.env.DB, { factId: existing.factId, activeOnly: true }),
      );
      if (others.some((o) => o.id !== existing.id)) {
        throw new Problem(
          'conflict',
          `Observation ${id} defines ${existing.factId}, which later observations still use: retract those first.`,
        );
      }
    }
    const body = await (c.req.header('Content-Type') ? jsonBody(c) : Promise.resolve(undefined));
    // No body means `{}`; a body must be a JSON object (valibot's object schemas take arrays too).
    if (body !== undefined && (body === null || typeof body !== 'object' || Array.isArray(body))) {
      invalid([{ parameter: '', message: 'must be a JSON object, or no body at all' }]);
    }
    const parsed = v.safeParse(RetractionSchema, body ?? {});
    if (!parsed.success) invalid(parsed.issues.map((i) => ({ parameter: v.getDotPath(i) ?? '', message: i.message })));
    const at = new Date().toISOString();
    const retracted = await fromDatabase(
      'retract',
      () =>
        retractObservation(c.env.DB, id, {
          by: parsed.output.by ?? 'admin',
          at,
          reason: parsed.output.reason ?? null,
        }),
      STORAGE_WRITE_TIMEOUT_MS,
    );
    if (!retracted)
      throw new Problem('conflict', `Observation ${id} was retracted already, at ${existing.retractedAt}.`);
    invalidateLiveCatalog();
    // The latest digest and the feeds drop what was withdrawn now, not at the next cron run. The
    // retraction stands whatever happens here; a failure is logged and the next run repairs it.
    try {
      await refreshLatestDigest(
        boundedStore(c.env.DIGESTS, { readMs: STORAGE_WRITE_TIMEOUT_MS, writeMs: STORAGE_WRITE_TIMEOUT_MS }),
        c.env,
        c.get('baseCatalog'),
        new Date(),
      );
    } catch (error) {
      logDigestFailure(utcDay(new Date()), error);
    }
    const updated = (await fromDatabase('read', () => getObservation(c.env.DB, id))) as Observation;
    return c.body(safeJson(resource(updated)), 200, {
      'Content-Type': 'application/json; charset=UTF-8',
      'Cache-Control': 'no-store',
    });
  },
  listObservations: async (c, route) => {
    const { values } = readQuery(route, new URL(c.req.url).searchParams);
    const { factId, since } = values;
    const limit = Number(values.limit ?? DEFAULT_PAGE_SIZE);
    const after = values.cursor === undefined ? undefined : positionOf(values.cursor);
    // One more than the page: whether it exists says whether a next page does.
    const rows = await fromDatabase('read', () =>
      listObservations(c.env.DB, {
        ...(factId ? { factId } : {}),
        ...(since ? { since } : {}),
        ...(after ? { after } : {}),
        limit: limit + 1,
      }),
    );
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    const next = new URLSearchParams({
      ...(factId ? { factId } : {}),
      ...(since ? { since } : {}),
      limit: String(limit),
      ...(last ? { cursor: cursorOf(last) } : {}),
    });
    const res = jsonResponse(c, {
      count: page.length,
      observations: page.map(resource),
      links: rows.length > limit && last ? { next: `${route.path}?${next}` } : {},
    });
    res.headers.set('Cache-Control', 'no-store');
    return res;
  },
  getObservation: async (c) => {
    const id = pathParam(c, 'id');
    const observation = await fromDatabase('read', () => getObservation(c.env.DB, id));
    if (!observation) throw new Problem('not-found', `No observation has the id ${echo(id)}.`);
    const res = jsonResponse(c, resource(observation));
    res.headers.set('Cache-Control', 'no-store');
    return res;
  },
};
