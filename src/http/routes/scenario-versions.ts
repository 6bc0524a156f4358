// Scenarios authored live: POST /v1/scenarios creates one, PUT /v1/scenarios/:id publishes a new
// version, DELETE /v1/scenarios/:id/versions/:n retires one, GET .../versions lists them, and POST
// /v1/scenario-drafts checks a document and previews its brief without storing it. Every document
// passes the checks the build runs on the files in scenarios/ (catalog/check-scenario.ts), against
// the facts as they are now, observed ones included. Writes need an analyst's token; the record
// names who wrote, from the token.

import type { Context } from 'hono';
import * as v from 'valibot';
import { buildBrief } from '../../brief/brief';
import type { Catalog } from '../../catalog/catalog';
import { checkScenarioDocument } from '../../catalog/check-scenario';
import { type ScenarioVersion, servedScenarios } from '../../catalog/scenario-versions';
import { retirementRefusal } from '../../catalog/served-versions';
import { Line, safeText } from '../../facts/safe-text';
import { STORAGE_WRITE_TIMEOUT_MS } from '../../lib/timeout';
import { invalidateLiveCatalog } from '../../observations/live-catalog';
import {
  insertScenarioVersion,
  listScenarioVersions,
  type NewScenarioVersion,
  retireScenarioVersion,
} from '../../observations/scenario-store';
import { type ServedState, scenarioVersionResource } from '../../render/scenario-versions';
import { type CompiledScenario, scenarioDocument, scenarioHash } from '../../rules/compile-scenario';
import type { AppBindings } from '../app-bindings';
import { requireWriter, type Writer } from '../auth';
import { today } from '../clock';
import { fromDatabase } from '../database-call';
import { refreshDigestAfterChange } from '../digest-after-change';
import { freshCatalog } from '../fresh-catalog';
import { jsonBody, MAX_SCENARIO_BODY_BYTES, optionalObjectBody } from '../json-body';
import { jsonResponse, safeJson } from '../json-response';
import { pathParam, type RouteHandlers } from '../mount-routes';
import { invalidBody, Problem } from '../problem';
import { echo, readQuery } from '../query';
import { requestUrl } from '../request-url';

const RetirementSchema = v.strictObject({
  reason: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(2000), safeText(true))),
  by: v.optional(Line(100)),
});

/** The served-version fields GET /v1/scenarios/{id} adds, which a document taken back may carry. */
const ServedFieldsSchema = v.object({
  version: v.optional(v.object({ number: v.pipe(v.number(), v.integer()) })),
});

type Ctx = Context<AppBindings>;

function invalidField(parameter: string, message: string): never {
  invalidBody([{ parameter, message }]);
}

/**
 * The scenario document of a body: a JSON object, without the `links` and `version` that GET
 * /v1/scenarios/{id} adds, and the version number it says it was edited from, if it kept that.
 */
async function documentOf(c: Ctx): Promise<{ document: Record<string, unknown>; basedOn?: number }> {
  const body = await jsonBody(c, MAX_SCENARIO_BODY_BYTES);
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    invalidField('', 'must be a scenario document: a JSON object, the shape of scenarios/*.json');
  }
  const { links: _links, version, ...document } = body as Record<string, unknown>;
  if (version === undefined) return { document };
  const served = v.safeParse(ServedFieldsSchema, { version });
  if (!served.success || !served.output.version) {
    invalidField('version', 'is the version GET /v1/scenarios/{id} served ({ number, hash }), or absent');
  }
  return { document, basedOn: served.output.version.number };
}

/** The document checked in full against the facts, or a 422 listing every problem with its path. */
function checked(document: unknown, catalog: Catalog, label: string): CompiledScenario {
  const check = checkScenarioDocument(document, catalog.facts, label);
  if (check.ok) return check.scenario;
  throw new Problem('invalid-scenario', `The scenario has ${check.problems.length} problem(s); see issues.`, {
    issues: check.problems.map((p) => ({ parameter: p.path, message: p.message })),
  });
}

/** The number the next version takes: after every stored one, and after the seed's version 1. */
function nextVersion(stored: readonly ScenarioVersion[], seed: CompiledScenario | undefined): number {
  return Math.max(seed ? 1 : 0, ...stored.map((s) => s.version)) + 1;
}

/** A seed scenario's file as its version 1, recorded the first time the scenario is written to. */
function seedVersion(seed: CompiledScenario, at: string): NewScenarioVersion {
  return {
    scenarioId: seed.definition.id,
    version: 1,
    document: scenarioDocument(seed.definition),
    hash: seed.version.hash,
    createdAt: at,
    createdBy: 'seed',
    reason: `the file ${seed.file}, as deployed`,
  };
}

/** Every version of a scenario: those stored, and its seed's version 1 if that is not stored yet. */
async function versionsOf(c: Ctx, id: string) {
  const stored = await fromDatabase('read', () => listScenarioVersions(c.env.DB, id));
  const seed = c.get('baseCatalog').scenarios.get(id);
  const unrecordedSeed = seed && !stored.some((s) => s.version === 1) ? seed : undefined;
  return { stored, seed, unrecordedSeed };
}

function unrecorded(seed: CompiledScenario): ScenarioVersion {
  return { ...seedVersion(seed, ''), retiredAt: null, retiredBy: null, retiredReason: null };
}

function servedState(catalog: Catalog, id: string): ServedState {
  return { served: catalog.scenarios.get(id)?.version, unserved: catalog.unservedVersions };
}

function written(c: Ctx, body: unknown, status: 200 | 201, headers: Record<string, string> = {}) {
  return c.body(safeJson(body), status, {
    'Content-Type': 'application/json; charset=UTF-8',
    'Cache-Control': 'no-store',
    ...headers,
  });
}

/** The version number a path names: a whole number from 1, or a 404. */
function versionNumber(c: Ctx): number {
  const raw = pathParam(c, 'version');
  if (!/^[1-9]\d{0,5}$/.test(raw)) throw new Problem('not-found', `No version is numbered ${echo(raw)}.`);
  return Number(raw);
}

function conflictRaced(id: string, number: number): Problem {
  return new Problem(
    'conflict',
    `Version ${number} of ${id} was published meanwhile by another writer: read it (GET /v1/scenarios/${id}) and publish again.`,
  );
}

/** A request body that names a writer other than the token's: the record names who wrote. */
function refuseClaimedWriter(claimed: string | undefined, writer: Writer): void {
  if (claimed !== undefined && claimed !== writer.name) {
    invalidField('by', `is who the bearer token names ("${writer.name}"), recorded by the service: leave it out`);
  }
}

export const scenarioVersionHandlers: RouteHandlers<
  | 'createScenario'
  | 'publishScenarioVersion'
  | 'listScenarioVersions'
  | 'getScenarioVersion'
  | 'retireScenarioVersion'
  | 'checkScenarioDraft'
> = {
  createScenario: async (c, route) => {
    const writer = await requireWriter(c);
    const { values } = readQuery(route, requestUrl(c).searchParams);
    const { document } = await documentOf(c);
    const current = await freshCatalog(c);
    const scenario = checked(document, current, 'the scenario');
    const id = scenario.definition.id;
    const { stored, seed } = await versionsOf(c, id);
    if (seed || stored.length > 0) {
      throw new Problem(
        'conflict',
        `A scenario has the id "${id}" already: PUT /v1/scenarios/${id} publishes a new version of it.`,
      );
    }
    const version: NewScenarioVersion = {
      scenarioId: id,
      version: 1,
      document: scenarioDocument(scenario.definition),
      hash: scenarioHash(scenario.definition),
      createdAt: new Date().toISOString(),
      createdBy: writer.name,
      reason: values.reason ?? 'first version',
    };
    const stored1 = await fromDatabase(
      'insert',
      () => insertScenarioVersion(c.env.DB, version),
      STORAGE_WRITE_TIMEOUT_MS,
    );
    if (!stored1) throw conflictRaced(id, 1);
    invalidateLiveCatalog();
    await refreshDigestAfterChange(c);
    const record = { ...version, retiredAt: null, retiredBy: null, retiredReason: null };
    const state = { served: { number: 1, hash: version.hash }, unserved: [] };
    return written(c, scenarioVersionResource(record, state), 201, { Location: `/v1/scenarios/${id}` });
  },

  publishScenarioVersion: async (c, route) => {
    const writer = await requireWriter(c);
    const id = pathParam(c, 'id');
    const { values } = readQuery(route, requestUrl(c).searchParams);
    const { document, basedOn } = await documentOf(c);
    if (typeof document.id === 'string' && document.id !== id) {
      invalidField('id', `is "${document.id}", but the path names "${id}": a scenario's id never changes`);
    }
    const { stored, seed, unrecordedSeed } = await versionsOf(c, id);
    if (!seed && stored.length === 0) {
      throw new Problem('not-found', `No scenario has the id ${echo(id)}: POST /v1/scenarios creates one.`);
    }
    const current = await freshCatalog(c);
    const scenario = checked(document, current, `scenario ${id}`);
    const served = current.scenarios.get(id)?.version;
    if (basedOn !== undefined && basedOn !== served?.number) {
      throw new Problem(
        'conflict',
        `The document was edited from version ${basedOn}, but version ${served?.number ?? 'none'} is served now: read it and edit that.`,
      );
    }
    const hash = scenarioHash(scenario.definition);
    const state = servedState(current, id);
    if (served?.hash === hash) {
      // The same document again: nothing to publish, and PUT stays idempotent.
      const same = stored.find((s) => s.version === served.number);
      const record = same ?? (seed ? unrecorded(seed) : undefined);
      if (record) return written(c, scenarioVersionResource(record, state, { recorded: same !== undefined }), 200);
    }
    const number = nextVersion(stored, seed);
    const at = new Date().toISOString();
    const version: NewScenarioVersion = {
      scenarioId: id,
      version: number,
      document: scenarioDocument(scenario.definition),
      hash,
      createdAt: at,
      createdBy: writer.name,
      reason: values.reason ?? '',
    };
    const inserted = await fromDatabase(
      'insert',
      () => insertScenarioVersion(c.env.DB, version, unrecordedSeed ? seedVersion(unrecordedSeed, at) : undefined),
      STORAGE_WRITE_TIMEOUT_MS,
    );
    if (!inserted) throw conflictRaced(id, number);
    invalidateLiveCatalog();
    await refreshDigestAfterChange(c);
    const record = { ...version, retiredAt: null, retiredBy: null, retiredReason: null };
    return written(c, scenarioVersionResource(record, { served: { number, hash }, unserved: [] }), 200, {
      'Content-Location': `/v1/scenarios/${id}/versions/${number}`,
    });
  },

  listScenarioVersions: async (c) => {
    const id = pathParam(c, 'id');
    const { stored, seed, unrecordedSeed } = await versionsOf(c, id);
    if (!seed && stored.length === 0) throw new Problem('not-found', `No scenario has the id ${echo(id)}.`);
    const state = servedState(c.get('catalog'), id);
    const versions = [
      ...(unrecordedSeed
        ? [scenarioVersionResource(unrecorded(unrecordedSeed), state, { recorded: false, seed: true })]
        : []),
      ...stored.map((s) => scenarioVersionResource(s, state, { seed: s.createdBy === 'seed' })),
    ];
    const res = jsonResponse(c, { scenarioId: id, served: state.served?.number ?? null, versions });
    res.headers.set('Cache-Control', 'no-store');
    return res;
  },

  getScenarioVersion: async (c) => {
    const id = pathParam(c, 'id');
    const number = versionNumber(c);
    const { stored, unrecordedSeed } = await versionsOf(c, id);
    const one = stored.find((s) => s.version === number);
    const record = one ?? (number === 1 && unrecordedSeed ? unrecorded(unrecordedSeed) : undefined);
    if (!record) throw new Problem('not-found', `Scenario ${echo(id)} has no version ${number}.`);
    const state = servedState(c.get('catalog'), id);
    const options = { recorded: one !== undefined, seed: record.createdBy === 'seed', withDocument: true };
    const res = jsonResponse(c, scenarioVersionResource(record, state, options));
    res.headers.set('Cache-Control', 'no-store');
    return res;
  },

  retireScenarioVersion: async (c) => {
    const writer = await requireWriter(c);
    const id = pathParam(c, 'id');
    const number = versionNumber(c);
    const { stored, unrecordedSeed } = await versionsOf(c, id);
    const one = stored.find((s) => s.version === number);
    const seedToRecord = number === 1 && unrecordedSeed ? unrecordedSeed : undefined;
    if (!one && !seedToRecord) throw new Problem('not-found', `Scenario ${echo(id)} has no version ${number}.`);
    if (one?.retiredAt) {
      throw new Problem('conflict', `Version ${number} of ${id} was retired already, at ${one.retiredAt}.`);
    }
    const parsed = v.safeParse(RetirementSchema, await optionalObjectBody(c));
    if (!parsed.success) {
      invalidBody(parsed.issues.map((i) => ({ parameter: v.getDotPath(i) ?? '', message: i.message })));
    }
    refuseClaimedWriter(parsed.output.by, writer);
    const at = new Date().toISOString();
    // Retiring the served version falls back to the one before: refused if that one no longer compiles.
    const current = await freshCatalog(c);
    const retiredAfter = stored.map((s) => (s.version === number ? { ...s, retiredAt: at } : s));
    if (seedToRecord) retiredAfter.push({ ...unrecorded(seedToRecord), createdAt: at, retiredAt: at });
    const { scenarios, unserved } = servedScenarios(c.get('baseCatalog').scenarios, current.facts, retiredAfter);
    const refusal = retirementRefusal(
      id,
      number,
      scenarios.has(id),
      unserved.filter((u) => u.scenarioId === id),
    );
    if (refusal) throw new Problem('conflict', refusal);
    const retirement = { by: writer.name, at, reason: parsed.output.reason ?? null };
    const retired = await fromDatabase(
      'retire',
      () =>
        retireScenarioVersion(
          c.env.DB,
          { scenarioId: id, version: number },
          retirement,
          seedToRecord ? seedVersion(seedToRecord, at) : undefined,
        ),
      STORAGE_WRITE_TIMEOUT_MS,
    );
    if (!retired) throw new Problem('conflict', `Version ${number} of ${id} was retired meanwhile.`);
    invalidateLiveCatalog();
    await refreshDigestAfterChange(c);
    const base = one ?? unrecorded(seedToRecord as CompiledScenario);
    const record: ScenarioVersion = {
      ...base,
      ...(seedToRecord ? { createdAt: at } : {}),
      retiredAt: at,
      retiredBy: writer.name,
      retiredReason: retirement.reason,
    };
    const now = await freshCatalog(c).catch(() => c.get('catalog'));
    return written(
      c,
      scenarioVersionResource(record, servedState(now, id), { seed: record.createdBy === 'seed' }),
      200,
    );
  },

  checkScenarioDraft: async (c, route) => {
    await requireWriter(c);
    const { asOf } = readQuery(route, requestUrl(c).searchParams);
    const { document } = await documentOf(c);
    // Against the facts as they are now, as a publication would be: a draft that passes here passes there.
    const catalog = await freshCatalog(c);
    const draft = checked(document, catalog, 'the draft');
    const hash = scenarioHash(draft.definition);
    // Numbered as the version it would be published as, if nothing else is published first.
    const { stored, seed } = await versionsOf(c, draft.definition.id);
    const number = nextVersion(stored, seed);
    const scenario = { ...draft, version: { number, hash } };
    const version = { rules: `draft-${hash}`, facts: catalog.version.facts };
    const brief = buildBrief(scenario, catalog.facts, version, { asOf: asOf ?? today() });
    const res = jsonResponse(c, { valid: true, scenarioId: draft.definition.id, hash, brief });
    res.headers.set('Cache-Control', 'no-store');
    return res;
  },
};
