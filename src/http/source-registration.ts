// Registering a source, for the API (POST /v1/sources) and the authoring page alike: validated in
// full, refused if its id is taken or it is a registered document under another spelling, stored
// once. Problems are thrown; the caller answers them as problem+json or as a page.
import type { Context } from 'hono';
import * as v from 'valibot';
import { isObservationSource } from '../facts/observation';
import { periodEnd } from '../facts/partial-date';
import { type RegisteredSource, SourceInputSchema } from '../facts/registered-source';
import { sameDocument } from '../facts/source-identity';
import { utcDay } from '../lib/dates';
import { STORAGE_WRITE_TIMEOUT_MS } from '../lib/timeout';
import { invalidateLiveCatalog } from '../observations/live-catalog';
import { insertSource } from '../observations/source-store';
import type { AppBindings } from './app-bindings';
import type { Writer } from './auth';
import { fromDatabase } from './database-call';
import { freshCatalog } from './fresh-catalog';
import { invalidBody, Problem } from './problem';

/** Registers a source from a request body, or throws the problem that says why not. */
export async function registerSource(
  c: Context<AppBindings>,
  body: unknown,
  writer: Writer,
): Promise<RegisteredSource> {
  const parsed = v.safeParse(SourceInputSchema, body);
  if (!parsed.success) {
    invalidBody(parsed.issues.map((i) => ({ parameter: v.getDotPath(i) ?? '', message: i.message })));
  }
  const input = parsed.output;
  // A source reports what has happened, and its text is fixed now: its publication is over by
  // today (read here, at the edge), so it cannot be taken to report anything later.
  const today = utcDay(new Date());
  if (periodEnd(input.published) > today) {
    invalidBody([{ parameter: 'published', message: `must be over by today (${today}): give the day or month` }]);
  }
  const current = await freshCatalog(c);
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
  return registered;
}
