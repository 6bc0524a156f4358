// The observations API: POST /v1/observations and DELETE /v1/observations/:id for analysts with
// a token (http/auth.ts); GET /v1/observations (filters factId, since; paged) and /v1/observations/:id
// for all. Writes are validated in full before anything is stored, a citation of a registered
// source against its text; reads are never cached at the edge, since an audit trail must be current.
import * as v from 'valibot';
import { versionsReading } from '../../catalog/scenario-versions';
import { setVersionsReading } from '../../catalog/set-versions';
import type { Observation } from '../../facts/observation';
import { Line, safeText } from '../../facts/safe-text';
import { STORAGE_WRITE_TIMEOUT_MS } from '../../lib/timeout';
import { invalidateLiveCatalog } from '../../observations/live-catalog';
import { listScenarioVersions } from '../../observations/scenario-store';
import { listSetVersions } from '../../observations/set-store';
import { getObservation, listObservations, retractObservation } from '../../observations/store';
import { observationResource } from '../../render/resources';
import { cursorOf, positionOf } from '../audit-cursor';
import { requireWriter } from '../auth';
import { fromDatabase } from '../database-call';
import { refreshDigestAfterChange } from '../digest-after-change';
import { freshCatalog } from '../fresh-catalog';
import { jsonBody, optionalObjectBody } from '../json-body';
import { jsonResponse, safeJson } from '../json-response';
import { pathParam, type RouteHandlers } from '../mount-routes';
import { recordObservation } from '../observation-recording';
import { namedByToken } from '../observation-request';
import { invalidBody, Problem } from '../problem';
import { DEFAULT_PAGE_SIZE, echo, readQuery } from '../query';
import { requestUrl } from '../request-url';

const RetractionSchema = v.strictObject({
  by: v.optional(Line(100)),
  reason: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(2000), safeText(true))),
});

export const observationHandlers: RouteHandlers<
  'createObservation' | 'retractObservation' | 'listObservations' | 'getObservation'
> = {
  createObservation: async (c) => {
    const writer = await requireWriter(c);
    const observation = await recordObservation(c, await jsonBody(c), writer);
    const location = `/v1/observations/${observation.id}`;
    return c.body(safeJson(observationResource(observation)), 201, {
      'Content-Type': 'application/json; charset=UTF-8',
      Location: location,
      'Cache-Control': 'no-store',
    });
  },
  retractObservation: async (c) => {
    const writer = await requireWriter(c);
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
      // A scenario or set version not retired whose indicators or resolution read the fact would stop
      // compiling (and come back to life if the fact were defined again): it goes first.
      const current = await freshCatalog(c);
      const versions = await fromDatabase('read', () => listScenarioVersions(c.env.DB));
      const setVersions = await fromDatabase('read', () => listSetVersions(c.env.DB));
      const readers = [
        ...versionsReading(existing.factId, versions, current.facts).map((r) => `${r.scenarioId} version ${r.version}`),
        ...setVersionsReading(existing.factId, setVersions, current.facts).map(
          (r) => `set ${r.setId} version ${r.version}`,
        ),
      ];
      if (readers.length > 0) {
        const named = readers.join(', ');
        throw new Problem(
          'conflict',
          `Observation ${id} defines ${existing.factId}, which ${named} reads: publish a version that does not read it and retire ${readers.length === 1 ? 'that one' : 'those'} first.`,
        );
      }
    }
    const parsed = v.safeParse(RetractionSchema, await optionalObjectBody(c));
    if (!parsed.success)
      invalidBody(parsed.issues.map((i) => ({ parameter: v.getDotPath(i) ?? '', message: i.message })));
    if (parsed.output.by !== undefined && parsed.output.by !== writer.name) invalidBody([namedByToken('by', writer)]);
    const at = new Date().toISOString();
    const retracted = await fromDatabase(
      'retract',
      () =>
        retractObservation(c.env.DB, id, {
          by: writer.name,
          at,
          reason: parsed.output.reason ?? null,
        }),
      STORAGE_WRITE_TIMEOUT_MS,
    );
    if (!retracted)
      throw new Problem('conflict', `Observation ${id} was retracted already, at ${existing.retractedAt}.`);
    invalidateLiveCatalog();
    await refreshDigestAfterChange(c);
    const updated = (await fromDatabase('read', () => getObservation(c.env.DB, id))) as Observation;
    return c.body(safeJson(observationResource(updated)), 200, {
      'Content-Type': 'application/json; charset=UTF-8',
      'Cache-Control': 'no-store',
    });
  },
  listObservations: async (c, route) => {
    const { values } = readQuery(route, requestUrl(c).searchParams);
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
      observations: page.map(observationResource),
      links: rows.length > limit && last ? { next: `${route.path}?${next}` } : {},
    });
    res.headers.set('Cache-Control', 'no-store');
    return res;
  },
  getObservation: async (c) => {
    const id = pathParam(c, 'id');
    const observation = await fromDatabase('read', () => getObservation(c.env.DB, id));
    if (!observation) throw new Problem('not-found', `No observation has the id ${echo(id)}.`);
    const res = jsonResponse(c, observationResource(observation));
    res.headers.set('Cache-Control', 'no-store');
    return res;
  },
};
