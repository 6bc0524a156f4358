// The human surfaces: brief pages, the embed card other sites may frame, the widget page, and
// oEmbed (the home page is in home.tsx; the widget script and the stylesheet are static assets,
// static.ts). All go through the edge cache; each HTML page carries its own strict
// Content-Security-Policy.
import { briefFor } from '../../catalog/brief-for';
import { historyAsOf } from '../../catalog/history-for';
import { factsAsOf } from '../../facts/fact-base';
import { BriefPage } from '../../render/html/brief-page';
import { EmbedCard } from '../../render/html/embed-card';
import { whatIfFields } from '../../render/html/whatif-fields';
import { WidgetPage } from '../../render/html/widget-page';
import { oembedResponse } from '../../render/oembed';
import { serveCached } from '../cache/edge-cache';
import { today } from '../clock';
import { parseEmbedQuery, parseOEmbedQuery } from '../embed-query';
import { CSP, htmlResponse } from '../html-response';
import { jsonResponse } from '../json-response';
import { findScenario } from '../lookup';
import { pathOf, pathParam, type RouteHandlers } from '../mount-routes';
import { Problem } from '../problem';
import { echo, readQuery, withoutEmptyFields } from '../query';
import { pointerWrittenAt, questionRecordOf } from '../question-record-of';
import { requestUrl } from '../request-url';

export const pageHandlers: RouteHandlers<'getBriefPage' | 'getEmbedCard' | 'getWidgetPage' | 'getOEmbed'> = {
  getBriefPage: async (c, route) => {
    const catalog = c.get('catalog');
    const scenario = findScenario(catalog, pathParam(c, 'id'));
    const query = readQuery(route, withoutEmptyFields(c.req.url), catalog.facts.types);
    const id = scenario.definition.id;
    // Without asOf the page, its history included, is as known today: today is part of its key.
    const day = today();
    // Its track-record section changes when the cron records the day's calls, just before the
    // digest pointer moves: the pointer is part of its key.
    const recordedAt = await pointerWrittenAt(c);
    const spec = {
      path: pathOf(route, { id }),
      params: [...query.canonical, ['until', day] as const, ['record', recordedAt] as const],
    };
    return serveCached(c, route, spec, async () => {
      const origin = requestUrl(c).origin;
      const asOf = query.asOf ?? day;
      const brief = briefFor(catalog, scenario, query, day);
      const reported = factsAsOf(catalog.facts, asOf, new Map());
      const fields = whatIfFields(scenario, catalog.facts, reported, query.assumptions);
      const record = await questionRecordOf(c, catalog, scenario, day);
      const canonical = new URLSearchParams(query.canonical.map(([k, val]) => [k, val])).toString();
      const suffix = canonical ? `?${canonical}` : '';
      const page = (
        <BriefPage
          brief={brief}
          fields={fields}
          pageUrl={`${origin}/briefs/${id}${query.asOf ? `?asOf=${query.asOf}` : ''}`}
          origin={origin}
          today={day}
          jsonPath={`/v1/briefs/${id}${suffix}`}
          asOfRequested={query.asOf !== undefined}
          history={historyAsOf(catalog, scenario, asOf, day)}
          record={record}
        />
      );
      const response = htmlResponse(c, page.toString(), CSP.page);
      // A page whose record could not be read is right now, and must not be kept.
      if (!record) response.headers.set('Cache-Control', 'no-store');
      return response;
    });
  },
  getEmbedCard: (c, route) => {
    const catalog = c.get('catalog');
    const scenario = findScenario(catalog, pathParam(c, 'id'));
    const params = requestUrl(c).searchParams;
    const embed = parseEmbedQuery(route, params);
    const id = scenario.definition.id;
    // A card without asOf is as known today, and so is the full view's history for a date from
    // today on; for an earlier date the history ends on that date (history-for.ts).
    const day = today();
    const asOfToday = !embed.asOf || (embed.view === 'full' && embed.asOf >= day);
    const spec = {
      path: pathOf(route, { id }),
      params: asOfToday ? [...embed.canonical, ['until', day] as const] : embed.canonical,
    };
    return serveCached(c, route, spec, () => {
      const brief = briefFor(catalog, scenario, embed.asOf ? { asOf: embed.asOf } : {}, day);
      const briefUrl = `${requestUrl(c).origin}/briefs/${id}${embed.asOf ? `?asOf=${embed.asOf}` : ''}`;
      const history = embed.view === 'full' ? historyAsOf(catalog, scenario, embed.asOf ?? day, day) : [];
      const card = (
        <EmbedCard brief={brief} theme={embed.theme} view={embed.view} briefUrl={briefUrl} history={history} />
      );
      return htmlResponse(c, card.toString(), CSP.embed);
    });
  },
  getWidgetPage: (c, route) =>
    serveCached(c, route, { path: route.path, params: [] }, () => {
      const catalog = c.get('catalog');
      const origin = requestUrl(c).origin;
      const page = (
        <WidgetPage origin={origin} scenarioId="csto-non-response" scenarioIds={[...catalog.scenarios.keys()]} />
      );
      return htmlResponse(c, page.toString(), CSP.widgetPage);
    }),
  getOEmbed: (c, route) => {
    const catalog = c.get('catalog');
    const origin = requestUrl(c).origin;
    const query = parseOEmbedQuery(route, requestUrl(c).searchParams, origin);
    if (query.format !== 'json') {
      throw new Problem(
        'not-implemented',
        `The oEmbed format ${echo(query.format)} is not supported; use format=json.`,
      );
    }
    const title =
      query.kind === 'brief'
        ? catalog.scenarios.get(query.id)?.definition.title
        : catalog.sets.get(query.id)?.definition.title;
    if (title === undefined) {
      throw new Problem('not-found', `${echo(query.url)} is not a ${query.kind} page of this service.`);
    }
    return serveCached(c, route, { path: route.path, params: query.canonical }, () =>
      jsonResponse(
        c,
        oembedResponse({
          origin,
          kind: query.kind,
          id: query.id,
          title,
          ...(query.asOf ? { asOf: query.asOf } : {}),
          ...(query.maxwidth ? { maxwidth: query.maxwidth } : {}),
          ...(query.maxheight ? { maxheight: query.maxheight } : {}),
        }),
      ),
    );
  },
};
