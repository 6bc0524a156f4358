// GET /v1/sets, /v1/sets/:id, the /sets/:id page and the /embed/sets/:id card: question sets of competing hypotheses, with
// their probabilities, ACH matrix, sensitivity and coherence (src/sets). Cached like briefs: keyed
// by the canonical query, and by the day when no asOf is named.
import type { Catalog } from '../../catalog/catalog';
import { perCatalog } from '../../catalog/per-catalog';
import { setBriefFor } from '../../catalog/set-brief-for';
import { SetEmbedCard } from '../../render/html/set-embed-card';
import { SetPage } from '../../render/html/set-page';
import { serveCached } from '../cache/edge-cache';
import { today } from '../clock';
import { parseEmbedQuery } from '../embed-query';
import { CSP, htmlResponse } from '../html-response';
import { jsonResponse } from '../json-response';
import { findSet } from '../lookup';
import { pathOf, pathParam, type RouteHandlers } from '../mount-routes';
import { readQuery, withoutEmptyFields } from '../query';
import { requestUrl } from '../request-url';

/** The list as known on a day: each set with its leading hypothesis. */
function listOn(catalog: Catalog, day: string) {
  return {
    asOf: day,
    version: catalog.version,
    sets: [...catalog.sets.values()].map((set) => {
      const brief = setBriefFor(catalog, set, { asOf: day }, day);
      const lead = brief.hypotheses.find((h) => h.id === brief.leading);
      const id = encodeURIComponent(set.definition.id);
      return {
        id: set.definition.id,
        title: set.definition.title,
        question: set.definition.question,
        horizon: set.definition.horizon,
        status: brief.status.status,
        leading: {
          id: brief.leading,
          label: lead?.label ?? brief.leading,
          probability: lead?.probability ?? 0,
          term: lead?.term ?? '',
        },
        hypotheses: brief.hypotheses.map((h) => ({ id: h.id, label: h.label, probability: h.probability })),
        links: { self: `/v1/sets/${id}`, page: `/sets/${id}` },
      };
    }),
  };
}

const listOf = perCatalog(() => {
  let kept: { day: string; list: object } | undefined;
  return (catalog: Catalog, day: string) => {
    if (kept?.day !== day) kept = { day, list: listOn(catalog, day) };
    return kept.list;
  };
});

/** The Link header of a set's JSON: its page. */
const pageLink = (id: string) => `</sets/${encodeURIComponent(id)}>; rel="alternate"; type="text/html"`;

export const setHandlers: RouteHandlers<'listSets' | 'getSet' | 'getSetPage' | 'getSetEmbedCard'> = {
  getSetEmbedCard: (c, route) => {
    const catalog = c.get('catalog');
    const set = findSet(catalog, pathParam(c, 'id'));
    const embed = parseEmbedQuery(route, requestUrl(c).searchParams);
    const id = set.definition.id;
    // A card without asOf is as known today.
    const day = today();
    const spec = {
      path: pathOf(route, { id }),
      params: embed.asOf ? embed.canonical : [...embed.canonical, ['day', day] as const],
    };
    return serveCached(c, route, spec, () => {
      const brief = setBriefFor(catalog, set, embed.asOf ? { asOf: embed.asOf } : {}, day);
      const setUrl = `${requestUrl(c).origin}/sets/${id}${embed.asOf ? `?asOf=${embed.asOf}` : ''}`;
      const card = <SetEmbedCard brief={brief} theme={embed.theme} view={embed.view} setUrl={setUrl} />;
      return htmlResponse(c, card.toString(), CSP.embed);
    });
  },
  listSets: (c, route) => {
    const catalog = c.get('catalog');
    const { asOf, canonical } = readQuery(route, requestUrl(c).searchParams);
    const day = today();
    const spec = { path: route.path, params: asOf ? canonical : [['day', day] as const] };
    return serveCached(c, route, spec, () =>
      jsonResponse(c, asOf ? listOn(catalog, asOf) : listOf(catalog)(catalog, day)),
    );
  },
  getSet: async (c, route) => {
    const catalog = c.get('catalog');
    const set = findSet(catalog, pathParam(c, 'id'));
    const query = readQuery(route, requestUrl(c).searchParams, catalog.facts.types);
    const day = today();
    const spec = {
      path: pathOf(route, { id: set.definition.id }),
      params: query.asOf ? query.canonical : [...query.canonical, ['day', day] as const],
    };
    const res = await serveCached(c, route, spec, () => jsonResponse(c, setBriefFor(catalog, set, query, day)));
    res.headers.set('Link', pageLink(set.definition.id));
    return res;
  },
  getSetPage: (c, route) => {
    const catalog = c.get('catalog');
    const set = findSet(catalog, pathParam(c, 'id'));
    const query = readQuery(route, withoutEmptyFields(c.req.url), catalog.facts.types);
    const id = set.definition.id;
    const day = today();
    const spec = {
      path: pathOf(route, { id }),
      // The page prints today (the date form's default): today is part of its key, with or without asOf.
      params: [...query.canonical, ['day', day] as const],
    };
    return serveCached(c, route, spec, () => {
      const brief = setBriefFor(catalog, set, query, day);
      const canonical = new URLSearchParams(query.canonical.map(([k, val]) => [k, val])).toString();
      const page = (
        <SetPage
          brief={brief}
          jsonPath={`/v1/sets/${id}${canonical ? `?${canonical}` : ''}`}
          today={day}
          asOfRequested={query.asOf !== undefined}
        />
      );
      return htmlResponse(c, page.toString(), CSP.page);
    });
  },
};
