// Recording an observation, for the API (POST /v1/observations) and the authoring page alike:
// checked in full against the facts and sources as they are now (observation-request.ts), then
// stored once. Problems are thrown; the caller answers them as problem+json or as a page.
import type { Context } from 'hono';
import * as v from 'valibot';
import { type Observation, ObservationRequestSchema } from '../facts/observation';
import { utcDay } from '../lib/dates';
import { STORAGE_WRITE_TIMEOUT_MS } from '../lib/timeout';
import { invalidateLiveCatalog } from '../observations/live-catalog';
import { insertObservation } from '../observations/store';
import type { AppBindings } from './app-bindings';
import type { Writer } from './auth';
import { fromDatabase } from './database-call';
import { freshCatalog } from './fresh-catalog';
import { checkObservationRequest } from './observation-request';
import { invalidBody, Problem } from './problem';

/** Records an observation from a request body, or throws the problem that says why not. */
export async function recordObservation(c: Context<AppBindings>, body: unknown, writer: Writer): Promise<Observation> {
  // The schema first: a malformed body costs no database read (its issues name the fact's too).
  if (!v.is(ObservationRequestSchema, body)) {
    const shape = checkObservationRequest(body, c.get('catalog').facts, writer, utcDay(new Date()));
    if (!shape.ok) invalidBody(shape.issues);
  }
  // Checked against the observations and sources as they are now, not the request's snapshot.
  const current = await freshCatalog(c);
  const checked = checkObservationRequest(body, current.facts, writer, utcDay(new Date()));
  // A definition of a fact that exists conflicts with what is stored: 409, as for a race lost.
  if (!checked.ok && checked.conflict) throw new Problem('conflict', checked.conflict);
  if (!checked.ok) invalidBody(checked.issues);
  const input = checked.input;
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
  return result.observation;
}
