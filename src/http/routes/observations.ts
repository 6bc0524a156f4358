// The observations API: POST /v1/observations and DELETE /v1/observations/:id for analysts with
// the admin token; GET /v1/observations (filters factId, since) and /v1/observations/:id for all.
// Writes are validated in full before anything is stored; reads are never cached at the edge,
// since an audit trail must be current.
import { type Context, Hono } from 'hono';
import * as v from 'valibot';
import type { AppBindings } from '../../env';
import { checkObservation, type Observation, ObservationInputSchema } from '../../facts/observation';
import { periodStart } from '../../facts/partial-date';
import { FactId } from '../../facts/schema';
import { invalidateLiveCatalog, liveCatalog } from '../../observations/live-catalog';
import { getObservation, insertObservation, listObservations, retractObservation } from '../../observations/store';
import { STORAGE_READ_TIMEOUT_MS, STORAGE_WRITE_TIMEOUT_MS, withTimeout } from '../../timeout';
import { requireAdmin } from '../auth';
import { jsonResponse, safeJson } from '../json-response';
import { Problem, type QueryIssue } from '../problem';
import { AsOfSchema, echo, fail, readParam } from '../query';

/** The largest body accepted, in bytes. */
export const MAX_BODY_BYTES = 16 * 1024;

const RetractionSchema = v.strictObject({
  by: v.optional(v.pipe(v.string(), v.trim(), v.nonEmpty(), v.maxLength(100))),
  reason: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(2000))),
});

const SinceSchema = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d{3})?Z)?$/, 'must be a date or an ISO 8601 UTC time'),
  // A real day with a year from 1000 to 9999, and a real time of day: no 2021-02-30, no 25:00.
  v.check(
    (s) => v.is(AsOfSchema, s.slice(0, 10)) && (s.length === 10 || !Number.isNaN(Date.parse(s))),
    'must be a real calendar date (and time) with a year from 1000 to 9999',
  ),
);

/** Seconds a client should wait before retrying when the database is unavailable. */
const RETRY_AFTER_SECONDS = 30;

/**
 * A call to the observations database. If D1 throws or does not answer in time, the request
 * gets a 503 that says so (never a 500), and the failure is logged with its step.
 */
async function fromStore<T>(step: string, work: () => Promise<T>, ms = STORAGE_READ_TIMEOUT_MS): Promise<T> {
  try {
    return await withTimeout(Promise.resolve().then(work), ms, `D1 ${step}`);
  } catch (error) {
    if (error instanceof Problem) throw error;
    console.error(JSON.stringify({ event: 'observations-store-failure', step, error: String(error) }));
    throw new Problem(
      'unavailable',
      'The observations database failed or did not answer in time. Retry later: a write that did land answers 409 naming it.',
      { retryAfter: RETRY_AFTER_SECONDS },
    );
  }
}

function resource(observation: Observation) {
  return {
    ...observation,
    links: { self: `/v1/observations/${observation.id}`, fact: `/v1/facts/${observation.factId}` },
  };
}

/** The request's JSON body, within the size limit, or the problem that says why not. */
async function jsonBody(c: Context<AppBindings>): Promise<unknown> {
  const type = c.req.header('Content-Type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new Problem('unsupported-media-type', `The body must be application/json, not ${echo(type || 'none')}.`);
  }
  const declared = Number(c.req.header('Content-Length') ?? '0');
  if (declared > MAX_BODY_BYTES) {
    throw new Problem('payload-too-large', `The body is ${declared} bytes; at most ${MAX_BODY_BYTES} are accepted.`);
  }
  const bytes = await c.req.arrayBuffer();
  if (bytes.byteLength > MAX_BODY_BYTES) {
    throw new Problem(
      'payload-too-large',
      `The body is ${bytes.byteLength} bytes; at most ${MAX_BODY_BYTES} are accepted.`,
    );
  }
  const text = new TextDecoder().decode(bytes);
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Problem('invalid-body', `The body is not JSON: ${String(error).slice(0, 120)}.`, {
      issues: [{ parameter: '', message: 'must be JSON' }],
    });
  }
}

function invalid(issues: QueryIssue[]): never {
  throw new Problem('invalid-body', `The body has ${issues.length} invalid field(s); see issues.`, { issues });
}

export function observationRoutes() {
  return new Hono<AppBindings>()
    .post('/v1/observations', async (c) => {
      await requireAdmin(c);
      const body = await jsonBody(c);
      const parsed = v.safeParse(ObservationInputSchema, body);
      if (!parsed.success) {
        const issues = parsed.issues.map((i) => ({ parameter: v.getDotPath(i) ?? '', message: i.message }));
        // List what is wrong with the fact too, when the rest of the body is what failed.
        const partial = v.safeParse(
          v.looseObject({ factId: FactId, value: ObservationInputSchema.entries.value }),
          body,
        );
        if (partial.success && (body as { definition?: unknown }).definition === undefined) {
          const probe = {
            ...partial.output,
            date: '1000',
            source: { title: '', publisher: '', url: '', published: '1000', quote: '' },
          };
          for (const i of checkObservation(c.get('catalog').facts, probe as never)) {
            if (!issues.some((x) => x.parameter === i.path)) issues.push({ parameter: i.path, message: i.message });
          }
        }
        invalid(issues);
      }
      const input = parsed.output;
      // Checked against the observations as they are now, not the request's snapshot of them.
      const current = await fromStore(
        'read',
        () => liveCatalog(c.get('baseCatalog'), c.env, { fresh: true, strict: true }),
        STORAGE_WRITE_TIMEOUT_MS,
      );
      const issues = checkObservation(current.facts, input);
      // What happened next, not what will: nothing dated after today (read here, at the edge).
      const today = new Date().toISOString().slice(0, 10);
      if (periodStart(input.date) > today) issues.push({ path: 'date', message: `must not be after today (${today})` });
      if (periodStart(input.source.published) > today) {
        issues.push({ path: 'source.published', message: `must not be after today (${today})` });
      }
      if (issues.length > 0) invalid(issues.map((i) => ({ parameter: i.path, message: i.message })));
      const result = await fromStore(
        'insert',
        () => insertObservation(c.env.DB, input, crypto.randomUUID(), new Date().toISOString()),
        STORAGE_WRITE_TIMEOUT_MS,
      );
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
    })
    .delete('/v1/observations/:id', async (c) => {
      await requireAdmin(c);
      const id = c.req.param('id');
      const existing = await fromStore('read', () => getObservation(c.env.DB, id));
      if (!existing) throw new Problem('not-found', `No observation has the id ${echo(id)}.`);
      if (existing.definition && !existing.retractedAt) {
        // Later observations of a fact it defined rest on its definition: they go first.
        const others = await fromStore('read', () =>
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
      const parsed = v.safeParse(RetractionSchema, body ?? {});
      if (!parsed.success)
        invalid(parsed.issues.map((i) => ({ parameter: v.getDotPath(i) ?? '', message: i.message })));
      const at = new Date().toISOString();
      const retracted = await fromStore(
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
      const updated = (await fromStore('read', () => getObservation(c.env.DB, id))) as Observation;
      return c.body(safeJson(resource(updated)), 200, {
        'Content-Type': 'application/json; charset=UTF-8',
        'Cache-Control': 'no-store',
      });
    })
    .get('/v1/observations', async (c) => {
      const params = new URL(c.req.url).searchParams;
      const issues: QueryIssue[] = [];
      const factId = readParam(params, 'factId', FactId, issues);
      const since = readParam(params, 'since', SinceSchema, issues);
      if (issues.length > 0) fail(issues);
      const observations = await fromStore('read', () =>
        listObservations(c.env.DB, { ...(factId ? { factId } : {}), ...(since ? { since } : {}) }),
      );
      const res = jsonResponse(c, { count: observations.length, observations: observations.map(resource) });
      res.headers.set('Cache-Control', 'no-store');
      return res;
    })
    .get('/v1/observations/:id', async (c) => {
      const id = c.req.param('id');
      const observation = await fromStore('read', () => getObservation(c.env.DB, id));
      if (!observation) throw new Problem('not-found', `No observation has the id ${echo(id)}.`);
      const res = jsonResponse(c, resource(observation));
      res.headers.set('Cache-Control', 'no-store');
      return res;
    });
}
