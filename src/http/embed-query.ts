// Validates the queries of the embed cards (/embed/:id, /embed/sets/:id) and of oEmbed (/oembed).
// The oEmbed `url` must be a brief or set page of this very service; anything else is a 404, as
// oEmbed asks.
import * as v from 'valibot';
import type { EmbedView } from '../render/html/embed-card';
import type { Theme } from '../render/html/layout';
import type { CanonicalParams } from './cache/cache-key';
import type { RouteContract } from './contract/routes';
import { Problem } from './problem';
import { AsOfSchema, echo, readQuery } from './query';

export const ThemeSchema = v.pipe(
  v.picklist(['light', 'dark', 'auto'], 'must be light, dark or auto'),
  v.description('Colour theme of the card; auto follows the reader’s system setting.'),
);
export const ViewSchema = v.pipe(
  v.picklist(['compact', 'full'], 'must be compact or full'),
  v.description('compact: bottom line, band, confidence, top indicators; full adds what would change the judgment.'),
);
const Dimension = v.pipe(
  v.string(),
  v.regex(/^[1-9]\d{0,4}$/, 'must be a whole number of pixels from 1 to 99999'),
  v.description('Maximum size in pixels the consumer can show.'),
);
export const MaxWidthSchema = Dimension;
export const MaxHeightSchema = Dimension;
export const FormatSchema = v.pipe(v.string(), v.maxLength(20), v.description('json; xml is not supported (501).'));
export const EmbeddedUrlSchema = v.pipe(
  v.string(),
  v.maxLength(2000, 'must be at most 2000 characters'),
  v.description('The brief page to embed, e.g. https://<this host>/briefs/csto-non-response.'),
);

export interface EmbedQuery {
  asOf?: string;
  theme: Theme;
  view: EmbedView;
  canonical: CanonicalParams;
}

/** The embed card's query, by its route's parameters; theme and view always in the key. */
export function parseEmbedQuery(route: Pick<RouteContract, 'parameters'>, params: URLSearchParams): EmbedQuery {
  const { asOf, values } = readQuery(route, params);
  const theme = (values.theme ?? 'auto') as Theme;
  const view = (values.view ?? 'compact') as EmbedView;
  return {
    ...(asOf ? { asOf } : {}),
    theme,
    view,
    canonical: [['theme', theme], ['view', view], ...(asOf ? [['asOf', asOf] as const] : [])],
  };
}

export interface OEmbedQuery {
  url: string;
  /** What the URL shows: a scenario's brief, or a question set. */
  kind: 'brief' | 'set';
  /** The scenario's or the set's id. */
  id: string;
  asOf?: string;
  maxwidth?: number;
  maxheight?: number;
  format: string;
  canonical: CanonicalParams;
}

/** What one of our brief or set page URLs (or their embed cards) shows, and its `asOf`; else a 404 problem. */
function ourPage(raw: string, origin: string): { kind: 'brief' | 'set'; id: string; asOf?: string } {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Problem('not-found', `${echo(raw)} is not a URL of this service.`);
  }
  const ours = new URL(origin);
  const brief = /^\/(?:briefs|embed)\/([a-z][a-z0-9-]*)\/?$/.exec(url.pathname);
  const set = /^\/(?:sets|embed\/sets)\/([a-z][a-z0-9-]*)\/?$/.exec(url.pathname);
  const id = brief?.[1] ?? set?.[1];
  if (url.host !== ours.host || !['http:', 'https:'].includes(url.protocol) || !id) {
    throw new Problem(
      'not-found',
      `${echo(raw)} is not a brief or set page of this service (${ours.host}/briefs/<id> or /sets/<id>).`,
    );
  }
  const asOf = url.searchParams.get('asOf');
  return { kind: brief ? 'brief' : 'set', id, ...(asOf && v.is(AsOfSchema, asOf) ? { asOf } : {}) };
}

/** The oEmbed query, by its route's parameters; the URL must be one of our brief pages. */
export function parseOEmbedQuery(
  route: Pick<RouteContract, 'parameters'>,
  params: URLSearchParams,
  origin: string,
): OEmbedQuery {
  const { values } = readQuery(route, params);
  const { url, maxwidth, maxheight } = values;
  if (url === undefined) throw new Error('the oEmbed route declares url as required');
  const page = ourPage(url, origin);
  const canonical: [string, string][] = [[page.kind === 'brief' ? 'scenario' : 'set', page.id]];
  if (page.asOf) canonical.push(['asOf', page.asOf]);
  if (maxwidth) canonical.push(['maxwidth', maxwidth]);
  if (maxheight) canonical.push(['maxheight', maxheight]);
  return {
    url,
    ...page,
    ...(maxwidth ? { maxwidth: Number(maxwidth) } : {}),
    ...(maxheight ? { maxheight: Number(maxheight) } : {}),
    format: values.format ?? 'json',
    canonical,
  };
}
