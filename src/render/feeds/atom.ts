// The change feed as Atom 1.0 (RFC 4287). Written through hono/html's template, which escapes
// every interpolated value for XML; the item content is HTML, escaped once more as the text of a
// type="html" element, as RFC 4287 §3.1.1.2 requires.
import { html } from 'hono/html';
import { FEED_DESCRIPTION, FEED_ID, FEED_TITLE, type FeedItem, feedUpdated } from './feed-model';

function contentHtml(item: FeedItem): string {
  const flips = item.flips.map((f) => html`<li>${f}</li>`);
  // The summary has its own element: the content is what the summary does not say.
  return html`<p>${item.bluf}</p>${item.flips.length > 0 ? html`<ul>${flips}</ul>` : ''}`.toString();
}

/** The Atom document; `fallbackUpdated` is its `<updated>` when there are no items. */
export function atomFeed(origin: string, items: readonly FeedItem[], fallbackUpdated: string): string {
  const entries = items.map(
    (item) => html`
  <entry>
    <id>${item.id}</id>
    <title type="text">${item.title}</title>
    <updated>${item.updated}</updated>
    <link rel="alternate" type="text/html" href="${item.url}"/>
    <summary type="text">${item.summary}</summary>
    <content type="html">${contentHtml(item)}</content>
    ${item.tags.map((t) => html`<category term="${t}"/>`)}
  </entry>`,
  );
  return html`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${FEED_ID}</id>
  <title type="text">${FEED_TITLE}</title>
  <subtitle type="text">${FEED_DESCRIPTION}</subtitle>
  <updated>${feedUpdated(items, fallbackUpdated)}</updated>
  <link rel="self" type="application/atom+xml" href="${origin}/feeds/digest.atom"/>
  <link rel="alternate" type="text/html" href="${origin}/"/>
  <author><name>scenario-briefs</name><uri>${origin}/</uri></author>
  <generator>scenario-briefs</generator>${entries}
</feed>
`.toString();
}
