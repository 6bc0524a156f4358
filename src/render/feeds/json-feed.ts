// The change feed as JSON Feed 1.1 (jsonfeed.org/version/1.1).
import * as v from 'valibot';
import { FEED_DESCRIPTION, FEED_TITLE, type FeedItem } from './feed-model';

export const JsonFeedSchema = v.object({
  version: v.literal('https://jsonfeed.org/version/1.1'),
  title: v.string(),
  description: v.string(),
  home_page_url: v.string(),
  feed_url: v.string(),
  language: v.string(),
  authors: v.array(v.object({ name: v.string(), url: v.string() })),
  items: v.array(
    v.object({
      id: v.string(),
      url: v.string(),
      title: v.string(),
      summary: v.string(),
      content_text: v.string(),
      date_published: v.string(),
      date_modified: v.string(),
      tags: v.array(v.string()),
    }),
  ),
});

/** The JSON Feed document of the items, with its feed and home page URLs on `origin`. */
export function jsonFeed(origin: string, items: readonly FeedItem[]): v.InferOutput<typeof JsonFeedSchema> {
  return {
    version: 'https://jsonfeed.org/version/1.1' as const,
    title: FEED_TITLE,
    description: FEED_DESCRIPTION,
    home_page_url: `${origin}/`,
    feed_url: `${origin}/feeds/digest.json`,
    language: 'en',
    authors: [{ name: 'scenario-briefs', url: `${origin}/` }],
    items: items.map((item) => ({
      id: item.id,
      url: item.url,
      title: item.title,
      summary: item.summary,
      // The summary has its own field: the content is what the summary does not say.
      content_text: [item.bluf, ...item.flips].join('\n\n'),
      date_published: item.updated,
      date_modified: item.updated,
      tags: item.tags,
    })),
  };
}
