// GET / — what the service is, and where to go next. GET /problems/:type — what a problem means.
import type { Catalog } from '../../catalog/catalog';
import { perCatalog } from '../../catalog/per-catalog';
import { HomePage } from '../../render/html/home-page';
import { scenarioSummary } from '../../render/resources';
import { serveCached } from '../cache/edge-cache';
import { today } from '../clock';
import { CSP, htmlResponse } from '../html-response';
import { jsonResponse } from '../json-response';
import { pathOf, pathParam, type RouteHandlers } from '../mount-routes';
import { prefersJson } from '../negotiation';
import { PROBLEM_TYPES, Problem, type ProblemType, problemTypeUri } from '../problem';
import { echo } from '../query';

const PROBLEM_HELP: Record<ProblemType, string> = {
  'not-found': 'The path names no route, scenario, fact or source. The detail lists what exists.',
  'invalid-query': 'One or more query parameters are invalid; `issues` names each parameter and what is wrong with it.',
  'method-not-allowed': 'The route exists but not for this method; the Allow header lists the methods it accepts.',
  'invalid-body':
    'The JSON body is malformed or invalid; `issues` names each field (as a dotted path) and what is wrong.',
  unauthorized:
    'Writing needs Authorization: Bearer <token> with an analyst’s own token (or the service’s admin token, the bootstrap).',
  'writes-disabled':
    'The service has no analyst registered and no admin token configured, so it accepts no writes at all.',
  forbidden:
    'A form of the authoring page came from another site, or from a page of an earlier session: it is refused. Reload /authoring and submit from there.',
  conflict:
    'What the write would create exists already (the same observation, a source id, a scenario id), another writer got there first, or the record was retracted or retired already. The detail says which.',
  'payload-too-large':
    'The request body is larger than the route accepts (16 KiB for an observation, 64 KiB for a scenario, 1 MiB for a source).',
  'unsupported-media-type': 'The request body must be application/json.',
  'invalid-scenario':
    'The scenario document fails a check the build runs on the files in scenarios/: its schema, the facts it names, the authored-text lint, labels over assessments, double counting or reachability. `issues` lists every problem with its path in the document.',
  'invalid-set':
    'The question-set document fails a check the build runs on the files in scenarios/sets/: its schema (one default, priors that sum to 1), the facts it names, the authored-text lint, labels over assessments, or its coherence links. `issues` lists every problem with its path in the document.',
  'uri-too-long': 'The path and query together are longer than the service accepts (16384 characters).',
  'not-implemented': 'The request asks for something the service does not offer, such as oEmbed in XML.',
  'internal-error': 'The service failed. This is a bug: please report it with the instance path and the time.',
  unavailable:
    'A storage the request needs (the observations database or the digest store) failed or did not answer in time; nothing was stored. Retry after the Retry-After seconds.',
};

/** The home page's content, for one catalog, as known on a day (kept for the last day asked). */
const homeOf = perCatalog(() => {
  let kept: { day: string; content: ReturnType<typeof homeContent> } | undefined;
  return (catalog: Catalog, day: string) => {
    if (kept?.day !== day) kept = { day, content: homeContent(catalog, day) };
    return kept.content;
  };
});

function homeContent(catalog: Catalog, day: string) {
  const summaries = [...catalog.scenarios].flatMap(([id, s]) => {
    const brief = catalog.on(day).brief(id);
    return brief ? [scenarioSummary(s, brief)] : [];
  });
  const sourceTitle = [...catalog.facts.sources.values()][0]?.meta.title ?? '';
  const home = {
    name: 'scenario-briefs',
    description:
      'Rule-based scenario briefs computed from typed facts of a news analysis; every statement cites a verbatim quote of its source.',
    source: [...catalog.facts.sources.values()].map((s) => ({
      id: s.meta.id,
      title: s.meta.title,
      publisher: s.meta.publisher,
    })),
    asOf: day,
    version: catalog.version,
    links: {
      scenarios: '/v1/scenarios',
      // RFC 6570 URI templates; assume.{factId}={value} may be added to a brief's query.
      brief: '/v1/briefs/{scenarioId}{?asOf}',
      facts: '/v1/facts{?actor,tag,asOf}',
      fact: '/v1/facts/{factId}{?asOf}',
      sources: '/v1/sources',
      openapi: '/openapi.json',
      docs: '/docs',
      schemas: '/v1/schemas/{brief,fact,scenario}.json',
    },
  };
  return { summaries, sourceTitle, home };
}

export const homeHandlers: RouteHandlers<'getService' | 'getProblemType'> = {
  // The one negotiated route: the scenario list as a page for people, the service as JSON for
  // programs that ask for it. Each representation is its own cache entry; Vary says so.
  getService: (c, route) => {
    const catalog = c.get('catalog');
    const day = today();
    const { summaries, sourceTitle, home } = homeOf(catalog)(catalog, day);
    const json = prefersJson(c.req.header('Accept'));
    const spec = {
      path: route.path,
      params: [
        ['representation', json ? 'json' : 'html'],
        ['day', day],
      ] as const,
    };
    return serveCached(c, route, spec, () => {
      const res = json
        ? jsonResponse(c, home)
        : htmlResponse(
            c,
            (<HomePage scenarios={summaries} asOf={day} sourceTitle={sourceTitle} />).toString(),
            CSP.page,
          );
      res.headers.set('Vary', 'Accept');
      return res;
    });
  },
  getProblemType: (c, route) => {
    const type = pathParam(c, 'type');
    if (!Object.hasOwn(PROBLEM_TYPES, type)) throw new Problem('not-found', `No problem type is called ${echo(type)}.`);
    const kind = type as ProblemType;
    return serveCached(c, route, { path: pathOf(route, { type: kind }), params: [] }, () =>
      jsonResponse(c, { type: problemTypeUri(kind), ...PROBLEM_TYPES[kind], description: PROBLEM_HELP[kind] }),
    );
  },
};
