// The documented limits fit together: the longest brief query the query limits allow, over the
// facts the service ships, is inside the URL limit, so a valid what-if is never refused as 414.
import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/catalog/catalog';
import { MAX_ASSUMED_VALUE_LENGTH } from '../../src/facts/assumed-value';
import { STATUSES } from '../../src/facts/vocabulary';
import { MAX_ASSUMPTIONS } from '../../src/http/query';
import { MAX_URL_LENGTH, requestTarget } from '../../src/http/url-limit';

/** The longest valid value of a fact of this type, as a query writes it. */
function longestValue(type: string): string {
  switch (type) {
    case 'text':
      // A character whose UTF-8 takes three bytes: nine characters once percent-encoded.
      return encodeURIComponent('€'.repeat(MAX_ASSUMED_VALUE_LENGTH));
    case 'number':
      return `1${'0'.repeat(MAX_ASSUMED_VALUE_LENGTH - 1)}`;
    case 'status':
      return [...STATUSES, 'unknown'].sort((a, b) => b.length - a.length)[0] ?? '';
    case 'date':
      return '2021-07-09';
    default:
      return 'unknown';
  }
}

describe('the limits', () => {
  it('let the longest valid brief query through, and it is a brief', async () => {
    const params = [...catalog.facts.types]
      .filter(([, t]) => !t.derived)
      .map(([id, t]) => `assume.${id}=${longestValue(t.type)}`)
      .sort((a, b) => b.length - a.length)
      .slice(0, MAX_ASSUMPTIONS);
    expect(params).toHaveLength(MAX_ASSUMPTIONS);
    const longestId = [...catalog.scenarios.keys()].sort((a, b) => b.length - a.length)[0];
    const url = `http://briefs.test/v1/briefs/${longestId}?asOf=2021-07-09&${params.join('&')}`;
    expect(requestTarget(url).length).toBeLessThanOrEqual(MAX_URL_LENGTH);
    const res = await SELF.fetch(url);
    expect(res.status, (await res.clone().text()).slice(0, 300)).toBe(200);
    expect(((await res.json()) as { assumptions: unknown[] }).assumptions).toHaveLength(MAX_ASSUMPTIONS);
  });

  it('refuse an over-long URL with 414 for every method, preflights included, readable cross-origin', async () => {
    const url = `http://briefs.test/v1/briefs/csto-non-response?pad=${'x'.repeat(MAX_URL_LENGTH)}`;
    for (const [method, headers] of [
      ['GET', {}],
      ['HEAD', {}],
      ['OPTIONS', { Origin: 'https://news.example', 'Access-Control-Request-Method': 'GET' }],
      ['POST', { 'Content-Type': 'application/json' }],
    ] as const) {
      const res = await SELF.fetch(url, { method, headers });
      expect(res.status, method).toBe(414);
      expect(res.headers.get('Access-Control-Allow-Origin'), method).toBe('*');
      await res.arrayBuffer();
    }
  });
});
