// PUT /v1/sets/:id publishes a version of a question set (creating the set if it is new), checked
// as the build checks the files in scenarios/sets/; GET /v1/sets/:id/versions lists every version,
// who published it, when and why, and which is served; DELETE /v1/sets/:id/versions/:n retires one.
// A seed set's file is its version 1, recorded the first time the set is written to. Versions are
// never changed otherwise or deleted.
import type { Context } from 'hono';
import * as v from 'valibot';
import { retirementRefusal } from '../../catalog/served-versions';
import { type SetVersion, servedSets } from '../../catalog/set-versions';
import { safeText } from '../../facts/safe-text';
import { STORAGE_WRITE_TIMEOUT_MS } from '../../lib/timeout';
import { invalidateLiveCatalog } from '../../observations/live-catalog';
import { insertSetVersion, listSetVersions, type NewSetVersion, retireSetVersion } from '../../observations/set-store';
import { checkSetDocument } from '../../sets/check-set';
import type { CompiledSet } from '../../sets/compile-set';
import { setHash } from '../../sets/set-brief';
import type { AppBindings } from '../app-bindings';
import { requireWriter } from '../auth';
import { fromDatabase } from '../database-call';
import { refreshDigestAfterChange } from '../digest-after-change';
import { freshCatalog } from '../fresh-catalog';
import { jsonBody, MAX_SCENARIO_BODY_BYTES, optionalObjectBody } from '../json-body';
import { safeJson } from '../json-response';
import { pathParam, type RouteHandlers } from '../mount-routes';
import { invalidBody, Problem } from '../problem';
import { echo, readQuery } from '../query';
import { requestUrl } from '../request-url';

type Ctx = Context<AppBindings>;

const NOT_RETIRED = { retiredAt: null, retiredBy: null, retiredReason: null } as const;

const RetirementSchema = v.strictObject({
  reason: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(2000), safeText(true))),
});

/** A set document as stored: without its editor hint. */
function documentOf(set: CompiledSet): unknown {
  const { $schema: _hint, ...document } = set.definition;
  return document;
}

function resource(v: SetVersion, served: number | undefined) {
  const id = encodeURIComponent(v.setId);
  return {
    setId: v.setId,
    version: v.version,
    hash: v.hash,
    createdAt: v.createdAt,
    createdBy: v.createdBy,
    reason: v.reason,
    retiredAt: v.retiredAt,
    retiredBy: v.retiredBy,
    retiredReason: v.retiredReason,
    served: v.version === served,
    links: {
      self: `/v1/sets/${id}/versions/${v.version}`,
      set: `/v1/sets/${id}`,
      page: `/sets/${id}`,
      versions: `/v1/sets/${id}/versions`,
    },
  };
}

function written(c: Ctx, body: unknown, status: 200, headers: Record<string, string> = {}) {
  return c.body(safeJson(body), status, {
    'Content-Type': 'application/json; charset=UTF-8',
    'Cache-Control': 'no-store',
    ...headers,
  });
}

/** Every version of a set: those stored, and its seed's version 1 if that is not stored yet. */
async function versionsOf(c: Ctx, id: string) {
  const stored = await fromDatabase('read', () => listSetVersions(c.env.DB, id));
  const seed = c.get('baseCatalog').sets.get(id);
  const seedRecord = (at: string): NewSetVersion | undefined =>
    seed && !stored.some((s) => s.version === 1)
      ? {
          setId: id,
          version: 1,
          document: documentOf(seed),
          hash: setHash(seed),
          createdAt: at,
          createdBy: 'seed',
          reason: `the file ${seed.file}, as deployed`,
        }
      : undefined;
  return { stored, seed, seedRecord };
}

/** The version number a path names: a whole number from 1, or a 404. */
function versionNumber(c: Ctx): number {
  const raw = pathParam(c, 'version');
  if (!/^[1-9]\d{0,5}$/.test(raw)) throw new Problem('not-found', `No version is numbered ${echo(raw)}.`);
  return Number(raw);
}

export const setVersionHandlers: RouteHandlers<
  'publishSetVersion' | 'listSetVersions' | 'retireSetVersion' | 'getSetVersion'
> = {
  getSetVersion: async (c) => {
    const id = pathParam(c, 'id');
    const number = versionNumber(c);
    const { stored, seedRecord } = await versionsOf(c, id);
    const record = number === 1 ? seedRecord('') : undefined;
    const one = stored.find((s) => s.version === number) ?? (record && { ...record, ...NOT_RETIRED });
    if (!one) throw new Problem('not-found', `Set ${echo(id)} has no version ${number}.`);
    const served = c.get('catalog').sets.get(id)?.version;
    return written(c, { ...resource(one, served), document: one.document }, 200);
  },
  retireSetVersion: async (c) => {
    const writer = await requireWriter(c);
    const id = pathParam(c, 'id');
    const number = versionNumber(c);
    const { stored, seedRecord } = await versionsOf(c, id);
    const one = stored.find((s) => s.version === number);
    const at = new Date().toISOString();
    const seedToRecord = number === 1 ? seedRecord(at) : undefined;
    if (!one && !seedToRecord) throw new Problem('not-found', `Set ${echo(id)} has no version ${number}.`);
    if (one?.retiredAt)
      throw new Problem('conflict', `Version ${number} of ${id} was retired already, at ${one.retiredAt}.`);
    const parsed = v.safeParse(RetirementSchema, await optionalObjectBody(c));
    if (!parsed.success) {
      invalidBody(parsed.issues.map((i) => ({ parameter: v.getDotPath(i) ?? '', message: i.message })));
    }
    // Retiring the served version falls back to the one before: refused if that one no longer compiles.
    const current = await freshCatalog(c);
    const retiredAfter = stored.map((s) => (s.version === number ? { ...s, retiredAt: at } : s));
    if (seedToRecord) retiredAfter.push({ ...seedToRecord, ...NOT_RETIRED, retiredAt: at });
    const { sets, unserved } = servedSets(c.get('baseCatalog').sets, current.facts, retiredAfter);
    const refusal = retirementRefusal(
      id,
      number,
      sets.has(id),
      unserved.filter((u) => u.setId === id),
    );
    if (refusal) throw new Problem('conflict', refusal);
    const retirement = { by: writer.name, at, reason: parsed.output.reason ?? null };
    const retired = await fromDatabase(
      'retire',
      () => retireSetVersion(c.env.DB, { setId: id, version: number }, retirement, seedToRecord),
      STORAGE_WRITE_TIMEOUT_MS,
    );
    if (!retired) throw new Problem('conflict', `Version ${number} of ${id} was retired meanwhile.`);
    invalidateLiveCatalog();
    await refreshDigestAfterChange(c);
    const record = one ?? (seedToRecord as NewSetVersion);
    // The retirement is stored: a failed re-read must not answer it as failed.
    const after = await freshCatalog(c).catch(() => c.get('catalog'));
    const state = { retiredAt: at, retiredBy: writer.name, retiredReason: retirement.reason };
    return written(c, resource({ ...record, ...state }, after.sets.get(id)?.version), 200);
  },

  publishSetVersion: async (c, route) => {
    const writer = await requireWriter(c);
    const id = pathParam(c, 'id');
    const { values } = readQuery(route, requestUrl(c).searchParams);
    const body = await jsonBody(c, MAX_SCENARIO_BODY_BYTES);
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      invalidBody([
        { parameter: '', message: 'must be a set document: a JSON object, the shape of scenarios/sets/*.json' },
      ]);
    }
    // `version`, as GET /v1/sets/{id} serves it ({ number, hash }), says which version the document
    // was edited from: if another one is served now, the edit would silently replace it.
    const { version: editedFrom, ...document } = body as Record<string, unknown>;
    const basedOn = v.safeParse(v.object({ number: v.pipe(v.number(), v.integer()) }), editedFrom);
    if (editedFrom !== undefined && !basedOn.success) {
      invalidBody([
        {
          parameter: 'version',
          message:
            'is the version the document was edited from ({ number }, as set.version in GET /v1/sets/{id}), or absent',
        },
      ]);
    }
    if (document.id !== id) {
      invalidBody([
        { parameter: 'id', message: `must be ${echo(id)}, the id the path names: a set's id never changes` },
      ]);
    }
    const current = await freshCatalog(c);
    const check = checkSetDocument(document, current.facts, current.scenarios, `set ${id}`);
    if (!check.ok) {
      throw new Problem('invalid-set', `The set has ${check.problems.length} problem(s); see issues.`, {
        issues: check.problems.map((p) => ({ parameter: p.path, message: p.message })),
      });
    }
    const hash = setHash(check.set);
    const served = current.sets.get(id);
    if (basedOn.success && basedOn.output.number !== served?.version) {
      throw new Problem(
        'conflict',
        `The document was edited from version ${basedOn.output.number}, but version ${served?.version ?? 'none'} is served now: read it and edit that.`,
      );
    }
    const { stored, seed, seedRecord } = await versionsOf(c, id);
    if (served && setHash(served) === hash) {
      // The same document again: nothing to publish, and PUT stays idempotent.
      const record = seedRecord('');
      const same = stored.find((s) => s.version === served.version) ?? (record && { ...record, ...NOT_RETIRED });
      if (same) return written(c, resource(same, served.version), 200);
    }
    const number = Math.max(seed ? 1 : 0, ...stored.map((s) => s.version)) + 1;
    const at = new Date().toISOString();
    const version: NewSetVersion = {
      setId: id,
      version: number,
      document: documentOf(check.set),
      hash,
      createdAt: at,
      createdBy: writer.name,
      reason: values.reason ?? '',
    };
    const inserted = await fromDatabase(
      'insert',
      () => insertSetVersion(c.env.DB, version, seedRecord(at)),
      STORAGE_WRITE_TIMEOUT_MS,
    );
    if (!inserted) {
      throw new Problem(
        'conflict',
        `Version ${number} of ${id} was published meanwhile by another writer: read it (GET /v1/sets/${id}) and publish again.`,
      );
    }
    invalidateLiveCatalog();
    await refreshDigestAfterChange(c);
    const headers = { 'Content-Location': `/v1/sets/${encodeURIComponent(id)}/versions/${number}` };
    return written(c, resource({ ...version, ...NOT_RETIRED }, number), 200, headers);
  },

  listSetVersions: async (c) => {
    const id = pathParam(c, 'id');
    const { stored, seedRecord } = await versionsOf(c, id);
    const record = seedRecord('');
    const versions = [...(record ? [{ ...record, ...NOT_RETIRED }] : []), ...stored];
    if (versions.length === 0) throw new Problem('not-found', `No question set has the id ${echo(id)}.`);
    const served = c.get('catalog').sets.get(id)?.version;
    return written(c, { setId: id, served: served ?? null, versions: versions.map((v) => resource(v, served)) }, 200);
  },
};
