// The digest reports each question set's ranking, and a change in it: another hypothesis in the
// lead is news, and the feeds carry it with a link to the set page.
// Records written before sets existed keep their hashes.

import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/catalog/catalog';
import { contentHash } from '../../src/catalog/content-hash';
import { composeDigest } from '../../src/digest/compose';
import { ChangeLogSchema, DigestSchema } from '../../src/digest/digest-schema';
import { changesHash, digestHash, mergeChanges } from '../../src/digest/store';
import { changeItems } from '../../src/render/feeds/feed-model';

// Time alone moves the set: Russia leads at the start of August 2021, and by mid-October, with
// nothing recorded since July, the default does.
const first = composeDigest(catalog, '2021-08-09', null, '2021-08-09T06:00:00.000Z');
const second = composeDigest(catalog, '2021-10-15', first, '2021-10-15T06:00:00.000Z');
const third = composeDigest(catalog, '2021-10-16', second, '2021-10-16T06:00:00.000Z');
const entry = (d: typeof first) => d.sets.find((s) => s.setId === 'tajik-border-security');

describe('set entries in the digest', () => {
  it('start as a first assessment, the ranking most probable first', () => {
    const e = entry(first);
    expect(e).toMatchObject({ id: 'set:tajik-border-security@2021-08-09', changed: true, rankingBefore: null });
    const probabilities = e?.ranking.map((r) => r.probability) ?? [];
    expect(probabilities).toEqual([...probabilities].sort((a, b) => b - a));
    expect(e?.summary).toMatch(/^First assessment of the hypotheses: “Russia acts first, on its own” \d+%, /);
  });

  it('report a change in the lead, naming both leaders', () => {
    const e = entry(second);
    expect(e?.ranking[0]?.hypothesisId).toBe('none-by-horizon');
    expect(e?.rankingBefore?.[0]).toBe('russia-first');
    expect(e?.changed).toBe(true);
    expect(e?.summary).toMatch(
      /^The leading hypothesis changed since 9 August 2021: “None of them by the end of 2021” now leads, where “Russia acts first, on its own” did\. The order: /,
    );
  });

  it('are not news when the order holds', () => {
    expect(entry(third)?.changed).toBe(false);
    expect(entry(third)?.summary).toMatch(/^No change in the order since 15 October 2021: /);
  });

  it('reach the feeds, one item per change, linking to the set page as of the digest date', () => {
    const log = mergeChanges(mergeChanges(null, first), second);
    expect(log.setEvents.map((e) => e.date)).toEqual(['2021-10-15', '2021-08-09']);
    const items = changeItems('https://briefs.example', mergeChanges(log, third));
    const set = items.filter((i) => i.tags.includes('set:tajik-border-security'));
    expect(set).toHaveLength(2);
    expect(set[0]?.url).toBe('https://briefs.example/sets/tajik-border-security?asOf=2021-10-15');
    expect(set[0]?.title).toMatch(/: “None of them by the end of 2021” leads at \d+% \(digest of 15 October 2021\)$/);
    expect(set[0]?.tags).toContain('ranking-change');
    // Newest digest first, across both kinds of change.
    const dates = items.map((i) => i.url.match(/asOf=([\d-]+)/)?.[1]);
    expect(dates).toEqual([...dates].sort().reverse());
  });
});

describe('records written before sets existed', () => {
  it('read back with empty set lists and keep their hashes', () => {
    const { sets: _sets, ...older } = composeDigest(catalog, '2021-08-09', null, '2021-08-09T06:00:00.000Z');
    const read = v.parse(DigestSchema, JSON.parse(JSON.stringify(older)));
    expect(read.sets).toEqual([]);
    expect(digestHash(read)).toBe(contentHash(older));
    const log = v.parse(ChangeLogSchema, { events: [] });
    expect(log.setEvents).toEqual([]);
    expect(changesHash(log)).toBe(contentHash({ events: [] }));
  });
});
