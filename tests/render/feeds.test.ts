// The feed renderers with hostile text: everything comes out escaped for XML (and for the HTML
// inside Atom's type="html" content), and round-trips through an independent parser unchanged.
import { parseAtomFeed, parseJsonFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import type { ChangeEvent } from '../../src/digest/digest-schema';
import { atomFeed } from '../../src/render/feeds/atom';
import { changeId, feedItem } from '../../src/render/feeds/feed-model';
import { jsonFeed } from '../../src/render/feeds/json-feed';

const HOSTILE = `<script>alert("x")</script> & ]]> <![CDATA[ 'quoted'`;

const event: ChangeEvent = {
  id: 'hostile@2021-07-10',
  scenarioId: 'hostile',
  title: `Title ${HOSTILE}`,
  status: 'open',
  resolvedOn: null,
  basis: null,
  band: 'likely',
  term: 'likely',
  probability: 0.6,
  confidence: 'moderate',
  bluf: `Bottom line ${HOSTILE}`,
  changed: true,
  trend: 'up',
  bandBefore: 'unlikely',
  probabilityBefore: 0.3,
  confidenceBefore: 'low',
  indicators: [{ id: 'i', status: 'met' }],
  flipped: [
    { indicatorId: 'i', label: `Label ${HOSTILE}`, before: 'unknown', after: 'met', explanation: `Why ${HOSTILE}` },
  ],
  summary: `Summary ${HOSTILE}`,
  score: null,
  date: '2021-07-10',
  previousDate: '2021-07-06',
  computedAt: '2021-07-10T06:00:00.000Z',
};

describe('Atom', () => {
  const xml = atomFeed('https://briefs.test', [feedItem('https://briefs.test', event)], event.computedAt);

  it('escapes hostile text: no element or CDATA section comes from it', () => {
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('<![CDATA[');
    expect(xml).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; ]]&gt;');
  });

  it('round-trips the text through an independent parser', () => {
    const feed = parseAtomFeed(xml);
    const entry = feed.entries?.[0] as NonNullable<typeof feed.entries>[number];
    expect((entry.title as unknown as { value: string }).value).toBe(
      `Title ${HOSTILE} ↑ likely (60%) (digest of 10 July 2021)`,
    );
    expect((entry.summary as unknown as { value: string }).value).toBe(`Summary ${HOSTILE}`);
    // type="html" content is HTML whose text is escaped once more.
    const content = (entry.content as unknown as { value: string }).value;
    // The content is the bottom line and the flips, not the summary again.
    expect(content).toContain('<p>Bottom line &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(content).not.toContain('Summary');
    expect(content).not.toContain('<script>');
    expect(entry.id).toBe(changeId('hostile', '2021-07-10'));
    expect(entry.links?.[0]?.href).toBe('https://briefs.test/briefs/hostile?asOf=2021-07-10');
    expect(entry.updated).toBe('2021-07-10T06:00:00.000Z');
  });
});

describe('JSON Feed', () => {
  it('carries the required members and the text unchanged', () => {
    const feed = parseJsonFeed(jsonFeed('https://briefs.test', [feedItem('https://briefs.test', event)]));
    expect(feed.title).toBeTruthy();
    expect(feed.items?.[0]).toMatchObject({
      id: changeId('hostile', '2021-07-10'),
      url: 'https://briefs.test/briefs/hostile?asOf=2021-07-10',
      date_modified: '2021-07-10T06:00:00.000Z',
    });
    expect(feed.items?.[0]?.content_text).toContain(`Why ${HOSTILE}`);
  });
});
