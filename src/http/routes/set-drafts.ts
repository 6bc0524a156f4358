// POST /v1/set-drafts: an analyst checks a question-set document as the build would, against the
// facts as they are now and the scenarios served, and previews the brief it would give. Nothing is
// stored: publishing sets live, with versions, is not built yet (docs/question-sets.md).
import { linkedProbability } from '../../catalog/set-brief-for';
import { checkSetDocument } from '../../sets/check-set';
import { buildSetBrief, setHash } from '../../sets/set-brief';
import { requireWriter } from '../auth';
import { today } from '../clock';
import { freshCatalog } from '../fresh-catalog';
import { jsonBody, MAX_SCENARIO_BODY_BYTES } from '../json-body';
import { jsonResponse } from '../json-response';
import type { RouteHandlers } from '../mount-routes';
import { invalidBody, Problem } from '../problem';
import { readQuery } from '../query';
import { requestUrl } from '../request-url';

export const setDraftHandlers: RouteHandlers<'checkSetDraft'> = {
  checkSetDraft: async (c, route) => {
    await requireWriter(c);
    const { asOf } = readQuery(route, requestUrl(c).searchParams);
    const body = await jsonBody(c, MAX_SCENARIO_BODY_BYTES);
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      invalidBody([
        { parameter: '', message: 'must be a set document: a JSON object, the shape of scenarios/sets/*.json' },
      ]);
    }
    // Against the facts as they are now, as the build checks the files: a draft that passes here
    // would pass there, observed facts apart.
    const catalog = await freshCatalog(c);
    const check = checkSetDocument(body, catalog.facts, catalog.scenarios, 'the draft');
    if (!check.ok) {
      throw new Problem('invalid-set', `The set has ${check.problems.length} problem(s); see issues.`, {
        issues: check.problems.map((p) => ({ parameter: p.path, message: p.message })),
      });
    }
    const { set } = check;
    const hash = setHash(set);
    const day = today();
    const version = { rules: `draft-${hash}`, facts: catalog.version.facts };
    const brief = buildSetBrief(
      set,
      catalog.facts,
      version,
      { asOf: asOf ?? day },
      catalog.scenarios,
      linkedProbability(catalog, day),
    );
    const served = catalog.sets.get(set.definition.id);
    const res = jsonResponse(c, {
      valid: true,
      setId: set.definition.id,
      hash,
      served: served ? { hash: setHash(served) } : null,
      brief,
    });
    res.headers.set('Cache-Control', 'no-store');
    return res;
  },
};
