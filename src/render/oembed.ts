// oEmbed 1.0 "rich" responses (oembed.com, section 2.3.4) for brief pages: the embed card as an
// iframe, sized to the consumer's maxwidth/maxheight.
import * as v from 'valibot';
import { iframeHtml } from './html/embed-iframe';

/** The compact card at 480 px wide: every scenario's fits in 620 px of height (measured: 508–605). */
export const OEMBED_DEFAULT = { width: 480, height: 620 } as const;

/**
 * The height the compact card needs at a width: the tallest card of any scenario wraps like
 * a + b / width (fitted to measurements from 280 to 480 px: 930 px at 280, 605 px at 480), plus
 * room to spare.
 */
export function cardHeightAt(width: number): number {
  return Math.ceil(160 + 219_000 / Math.max(200, width));
}
/** How long a consumer may cache the response, in seconds. */
export const OEMBED_CACHE_AGE = 3600;

export const OEmbedSchema = v.object({
  version: v.literal('1.0'),
  type: v.literal('rich'),
  title: v.string(),
  provider_name: v.string(),
  provider_url: v.string(),
  cache_age: v.number(),
  width: v.number(),
  height: v.number(),
  html: v.pipe(v.string(), v.description('The iframe that embeds the card.')),
});

export interface OEmbedRequest {
  origin: string;
  scenarioId: string;
  title: string;
  asOf?: string;
  maxwidth?: number;
  maxheight?: number;
}

export function oembedResponse(request: OEmbedRequest): v.InferOutput<typeof OEmbedSchema> {
  const width = Math.min(OEMBED_DEFAULT.width, request.maxwidth ?? Number.POSITIVE_INFINITY);
  const height = Math.min(
    Math.max(OEMBED_DEFAULT.height, cardHeightAt(width)),
    request.maxheight ?? Number.POSITIVE_INFINITY,
  );
  const src = new URL(`/embed/${request.scenarioId}`, request.origin);
  if (request.asOf) src.searchParams.set('asOf', request.asOf);
  return {
    version: '1.0' as const,
    type: 'rich' as const,
    title: request.title,
    provider_name: 'scenario-briefs',
    provider_url: `${request.origin}/`,
    cache_age: OEMBED_CACHE_AGE,
    width,
    height,
    html: iframeHtml({ src: src.href, width, height, title: `Scenario brief: ${request.title}` }),
  };
}
