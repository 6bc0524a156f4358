// GET /v1/sources and /v1/sources/:id: the texts citations point into (the article, sources
// analysts registered, and the quotes of observations that describe their own source); and
// POST /v1/sources, which registers one. Registrations and observations add sources, so the reads
// follow the content version and the `live` lifetime.
import * as v from 'valibot';
import { isObservationSource } from '../../facts/observation';
import { periodEnd } from '../../facts/partial-date';
import { SourceInputSchema, sourceOf } from '../../facts/registered-source';
import { sameDocument } from '../../facts/source-identity';
import { utcDay } from '../../lib/dates';
import { STORAGE_WRITE_TIMEOUT_MS } from '../../lib/timeout';
import { invalidateLiveCatalog, liveCatalog } from '../../observations/live-catalog';
import { insertSource } from '../../observations/source-store';
import { sourceResource, sourceSummary } from '../../render/resources';
import { requireWriter } from '../auth';
import { serveCached } from '../cache/edge-cache';
import { fromDatabase } from '../database-call';
import { jsonBody, MAX_SOURCE_BODY_BYTES } from '../json-body';
import { jsonResponse, safeJson } from '../json-response';
import { findSource } from '../lookup';
import { pathOf, pathParam, type RouteHandlers } from '../mount-routes';
import { Problem, type QueryIssue } from '../problem';

function invalid(issues: QueryIssue[]): never {
  throw new Problem('invalid-body', `The body has ${issues.length} invalid field(s); see issues.`, { issues });
}

export const sourceHandlers: RouteHandlers<'listSources' | 'getSource' | 'registerSource'> = {
  listSources: (c, route) =>
    serveCached(c, route, { path: route.path, params: [] }, () =>
      jsonResponse(c, { sources: [...c.get('catalog').facts.sources.values()].map(sourceSummary) }),
    ),
  getSource: (c, route) => {
    const catalog = c.get('catalog');
    const source = findSource(catalog, pathParam(c, 'id'));
    return serveCached(c, route, { path: pathOf(route, { id: source.meta.id }), params: [] }, () =>
      jsonResponse(c, sourceResource(source, catalog.citingFacts.get(source.meta.id) ?? [])),
    );
  },
  registerSource: async (c) => {
    const writer = await requireWriter(c);
    const parsed = v.safeParse(SourceInputSchema, await jsonBody(c, MAX_SOURCE_BODY_BYTES));
    if (!parsed.success) {
      invalid(parsed.issues.map((i) => ({ parameter: v.getDotPath(i) ?? '', message: i.message })));
    }
    const input = parsed.output;
    // A source reports what has happened, and its text is fixed now: its publication is over by
    // today (read here, at the edge), so it cannot be taken to report anything later.
    const today = utcDay(new Date());
    if (periodEnd(input.published) > today) {
      invalid([{ parameter: 'published', message: `must be over by today (${today}): give the day or month` }]);
    }
    const current = await fromDatabase(
      'read',
      () => liveCatalog(c.get('baseCatalog'), c.env, { fresh: true, strict: true }),
      STORAGE_WRITE_TIMEOUT_MS,
    );
    const taken = () =>
      new Problem('conflict', `A source has the id "${input.id}" already; sources are immutable: choose another id.`);
    if (current.facts.sources.has(input.id) || isObservationSource(input.id)) throw taken();
    // One document, one registration: a copy under another id would be a second, invented text.
    const same = [...current.facts.sources.values()].find(
      (s) => !isObservationSource(s.meta.id) && sameDocument(s.meta, input),
    );
    if (same) {
      throw new Problem(
        'conflict',
        `This document is registered already, as "${same.meta.id}" (same address, or same title and publisher).`,
      );
    }
    const registered = { ...input, createdAt: new Date().toISOString(), createdBy: writer.name };
    const stored = await fromDatabase(
      'insert',
      () => insertSource(c.env.DB, input, registered.createdAt, registered.createdBy),
      STORAGE_WRITE_TIMEOUT_MS,
    );
    // Two registrations racing for one id: the primary key decides.
    if (!stored) throw taken();
    invalidateLiveCatalog();
    // Answered from what was stored: no second read, so a stored source never answers 503.
    return c.body(safeJson(sourceResource(sourceOf(registered), [])), 201, {
      'Content-Type': 'application/json; charset=UTF-8',
      Location: `/v1/sources/${input.id}`,
      'Cache-Control': 'no-store',
    });
  },
};
