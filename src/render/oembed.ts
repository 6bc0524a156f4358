// oEmbed 1.0 "rich" responses (oembed.com, section 2.3.4) for brief and set pages: the embed card
// as an iframe, sized to the consumer's maxwidth/maxheight.
import * as v from 'valibot';
import { iframeHtml } from './html/embed-iframe';

/** The compact card at 480 px wide: every scenario's fits in 860 px of height. */
export const OEMBED_DEFAULT = { width: 480, height: 860 } as const;

/**
 * The height the compact card needs at a width: the tallest card of any scenario wraps like
 * a + b / width (fitted to its heights measured in Chromium from 280 to 480 px wide, a closed
 * question's being the tallest), plus 40 px to spare. A browser test holds every card to it.
 */
export function cardHeightAt(width: number): number {
  return Math.ceil(185 + 320_000 / Math.max(200, width));
}
/**
 * The height the set card needs at a width: its text wraps like a brief card's did when both were
 * fitted (160 + 219,000 / width, plus 60 px for the hypotheses' bars). Kept apart from the brief
 * card's since that card grew; a browser test holds the set card to it at its default width.
 */
export function setCardHeightAt(width: number): number {
  return Math.ceil(220 + 219_000 / Math.max(200, width));
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

/** The set card at 560 px wide: the compact card of the seed set fits (a browser test measures it). */
export const OEMBED_SET_DEFAULT = { width: 560, height: 640 } as const;

export interface OEmbedRequest {
  origin: string;
  /** A scenario's brief card, or a question set's. */
  kind?: 'brief' | 'set';
  /** The scenario's or the set's id. */
  id: string;
  title: string;
  asOf?: string;
  maxwidth?: number;
  maxheight?: number;
}

/** The oEmbed answer for a brief or set page, no wider or taller than the consumer's maximum. */
export function oembedResponse(request: OEmbedRequest): v.InferOutput<typeof OEmbedSchema> {
  const set = request.kind === 'set';
  const width = Math.min(
    (set ? OEMBED_SET_DEFAULT : OEMBED_DEFAULT).width,
    request.maxwidth ?? Number.POSITIVE_INFINITY,
  );
  const needed = set
    ? Math.max(OEMBED_SET_DEFAULT.height, setCardHeightAt(width))
    : Math.max(OEMBED_DEFAULT.height, cardHeightAt(width));
  const height = Math.min(needed, request.maxheight ?? Number.POSITIVE_INFINITY);
  const src = new URL(set ? `/embed/sets/${request.id}` : `/embed/${request.id}`, request.origin);
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
    html: iframeHtml({
      src: src.href,
      width,
      height,
      title: `${set ? 'Competing hypotheses' : 'Scenario brief'}: ${request.title}`,
    }),
  };
}
