// GET /v1/briefs/:id — a scenario's brief as of a date, with optional what-if assumptions — and
// its history.
import { briefFor } from '../../catalog/brief-for';
import { historyAsOf } from '../../catalog/history-for';
import { serveCached } from '../cache/edge-cache';
import { today } from '../clock';
import { jsonResponse } from '../json-response';
import { findScenario } from '../lookup';
import { pathOf, pathParam, type RouteHandlers } from '../mount-routes';
import { readQuery } from '../query';
import { requestUrl } from '../request-url';

/** The Link header of a brief: its question's entry on the track-record page, and the record as data. */
export const trackRecordLinks = (id: string) =>
  `</track-record#${encodeURIComponent(id)}>; rel="related"; type="text/html"; title="track record", </v1/track-record>; rel="related"; type="application/json"; title="track record"`;

export const briefHandlers: RouteHandlers<'getBrief' | 'getBriefHistory'> = {
  getBriefHistory: (c, route) => {
    const catalog = c.get('catalog');
    const scenario = findScenario(catalog, pathParam(c, 'id'));
    const query = readQuery(route, requestUrl(c).searchParams);
    // From the earliest fact to today, or to an earlier asOf: the clock is read here, at the edge.
    const day = today();
    const until = query.asOf && query.asOf < day ? query.asOf : day;
    const spec = { path: pathOf(route, { id: scenario.definition.id }), params: [['until', until]] as const };
    return serveCached(c, route, spec, () =>
      jsonResponse(c, {
        scenario: { id: scenario.definition.id, title: scenario.definition.title },
        until,
        points: historyAsOf(catalog, scenario, until, day),
      }),
    );
  },
  getBrief: async (c, route) => {
    const catalog = c.get('catalog');
    const scenario = findScenario(catalog, pathParam(c, 'id'));
    const query = readQuery(route, requestUrl(c).searchParams, catalog.facts.types);
    // Without asOf the brief is as known today: the day is part of its key.
    const day = today();
    const spec = {
      path: pathOf(route, { id: scenario.definition.id }),
      params: query.asOf ? query.canonical : [...query.canonical, ['day', day] as const],
    };
    const res = await serveCached(c, route, spec, () => jsonResponse(c, briefFor(catalog, scenario, query, day)));
    // Every brief links to its question's track record (RFC 8288), the page entry and the data.
    res.headers.set('Link', trackRecordLinks(scenario.definition.id));
    return res;
  },
};
