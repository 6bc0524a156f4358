// Registered sources (POST /v1/sources) and observations that cite them: the server finds the
// quote in the source's text, and no observation can pass a quote off as a registered source's.
import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { Brief } from '../../src/brief/brief-schema';
import { AGREED, postObservation, TEST_ADMIN_TOKEN } from '../observation-fixtures';

const BASE = 'http://briefs.test';
const get = (path: string, init?: RequestInit) => SELF.fetch(`${BASE}${path}`, init);
const ARTICLE = 'diplomat-2021-07-csto-afghan-border';

const TEXT = [
  'DUSHANBE, October 20 (A news agency) — Members of the Collective Security Treaty Organization',
  'agreed on Wednesday to send assistance to secure the Tajik-Afghan border, the bloc’s secretary-general said.',
  '',
  'The “package of measures” includes equipment and joint exercises, he told reporters.',
].join('\n');

const SOURCE = {
  id: 'agency-2021-10-20-csto-agrees',
  title: 'CSTO agrees to help secure the Tajik-Afghan border',
  publisher: 'A news agency',
  genre: 'wire-report',
  published: '2021-10-20',
  url: 'https://news.example/2021/10/20/csto-agrees',
  reliability: {
    grade: 'B',
    rationale: 'An established wire service with a record of accurate reporting on the region.',
  },
  text: TEXT,
};

/** POSTs an observation as it is, a described source included (postObservation would register it). */
function postDescribed(body: unknown): Promise<Response> {
  return get('/v1/observations', {
    method: 'POST',
    headers: { Authorization: `Bearer ${TEST_ADMIN_TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

function register(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return get('/v1/sources', {
    method: 'POST',
    headers: { Authorization: `Bearer ${TEST_ADMIN_TOKEN}`, 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

const { source: _inline, ...agreedWithoutSource } = AGREED;

/** Another document with SOURCE's text: its own id, address and title (one document registers once). */
const doc = (id: string) => ({ ...SOURCE, id, url: `https://news.example/${id}`, title: `${SOURCE.title} (${id})` });

describe('registering a source', () => {
  it('answers 201 with Location, and the source with its full text is served from then on', async () => {
    const res = await register(SOURCE);
    expect(res.status).toBe(201);
    expect(res.headers.get('Location')).toBe(`/v1/sources/${SOURCE.id}`);
    const one = (await (await get(`/v1/sources/${SOURCE.id}`)).json()) as { text: string; publisher: string };
    expect(one).toMatchObject({ text: TEXT, publisher: 'A news agency', genre: 'wire-report' });
    const list = (await (await get('/v1/sources')).json()) as { sources: { id: string }[] };
    expect(list.sources.map((s) => s.id)).toEqual(expect.arrayContaining([ARTICLE, SOURCE.id]));
  });

  it('is immutable: an id that is taken, the article’s included, is a 409', async () => {
    expect((await register(doc('agency-taken'))).status).toBe(201);
    expect((await register({ ...doc('agency-taken'), title: 'Another title' })).status).toBe(409);
    expect((await register({ ...SOURCE, id: ARTICLE })).status).toBe(409);
  });

  it('refuses what is not a source, naming every field, and needs the token', async () => {
    const res = await register({ ...SOURCE, id: 'Bad Id', genre: 'rumour', text: 'short', url: 'ftp://x' });
    expect(res.status).toBe(400);
    const problem = (await res.json()) as { issues: { parameter: string }[] };
    expect(problem.issues.map((i) => i.parameter).sort()).toEqual(['genre', 'id', 'text', 'url']);
    expect((await register({ ...SOURCE, id: 'agency-future', published: '2999-01-01' })).status).toBe(400);
    expect((await register({ ...SOURCE, id: 'agency-no-token' }, { Authorization: 'Bearer wrong' })).status).toBe(401);
  });

  it('has a size limit with a clear 413', async () => {
    const res = await register({ ...SOURCE, id: 'agency-huge', text: 'x'.repeat(1100 * 1024) });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { type: string }).type).toBe('/problems/payload-too-large');
  });
});

describe('an observation citing a registered source', () => {
  it('is stored with the source’s own words at the offsets the server found', async () => {
    expect((await register(doc('agency-cited'))).status).toBe(201);
    // Straight quotes and one space where the text has typographic quotes and a line break.
    const given = 'Members of the Collective Security Treaty Organization agreed on Wednesday';
    const res = await postObservation({ ...agreedWithoutSource, citation: { sourceId: 'agency-cited', quote: given } });
    expect(res.status).toBe(201);
    const stored = (await res.json()) as { citation: { sourceId: string; quote: string; start: number; end: number } };
    expect(stored.citation.sourceId).toBe('agency-cited');
    expect(TEXT.slice(stored.citation.start, stored.citation.end)).toBe(stored.citation.quote);
    expect(stored.citation.quote).toBe('Members of the Collective Security Treaty Organization\nagreed on Wednesday');
    // The brief cites the registered source, verbatim, at those offsets.
    const brief = (await (await get('/v1/briefs/csto-non-response?asOf=2021-11-01')).json()) as Brief;
    const citation = brief.citations.find((c) => c.sourceId === 'agency-cited');
    expect(citation).toMatchObject({ start: stored.citation.start, end: stored.citation.end });
  });

  it('finds a quote whose typographic quotes are written straight', async () => {
    expect((await register(doc('agency-typographic'))).status).toBe(201);
    const res = await postObservation({
      ...agreedWithoutSource,
      date: '2021-10-19',
      citation: { sourceId: 'agency-typographic', quote: 'The "package of measures" includes equipment' },
    });
    expect(res.status).toBe(201);
    expect(((await res.json()) as { citation: { quote: string } }).citation.quote).toBe(
      'The “package of measures” includes equipment',
    );
  });

  it('refuses a quote that is not in the source, or a source that is not registered, naming the field', async () => {
    expect((await register(doc('agency-strict'))).status).toBe(201);
    const notThere = await postObservation({
      ...agreedWithoutSource,
      citation: { sourceId: 'agency-strict', quote: 'Members of the CSTO refused to send anything at all.' },
    });
    expect(notThere.status).toBe(400);
    expect(((await notThere.json()) as { issues: { parameter: string }[] }).issues[0]?.parameter).toBe(
      'citation.quote',
    );
    const unknown = await postObservation({
      ...agreedWithoutSource,
      citation: { sourceId: 'no-such-source', quote: 'Members of the Collective Security Treaty Organization' },
    });
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { issues: { parameter: string }[] }).issues[0]?.parameter).toBe(
      'citation.sourceId',
    );
    const neither = await postObservation(agreedWithoutSource);
    expect(neither.status).toBe(400);
  });
});

describe('forged citations', () => {
  // Reported: an observation with the article's title, publisher and URL and a quote that is not
  // in the article replaced the real citation at the article's own date, with no warning (the
  // brief moved from 85% to 66%).
  it('refuses a described source that is the article, and a quote of the article that is not in it', async () => {
    const before = await (await get('/v1/briefs/csto-non-response?asOf=2021-07-31')).text();
    const article = (await (await get(`/v1/sources/${ARTICLE}`)).json()) as {
      title: string;
      publisher: string;
      url: string;
    };
    const forged = {
      factId: 'tj.csto_request',
      value: 'pending',
      date: '2021-07',
      source: {
        title: article.title,
        publisher: article.publisher,
        url: article.url,
        published: '2021-07',
        quote: 'Tajikistan has not asked the CSTO for anything at all.',
      },
    };
    // A source described in the observation is refused outright: it has no text to check a quote against.
    for (const variant of [
      forged,
      { ...forged, source: { ...forged.source, url: 'https://elsewhere.example/copy' } },
    ]) {
      const res = await postDescribed(variant);
      expect(res.status).toBe(400);
      const problem = (await res.json()) as { issues: { parameter: string; message: string }[] };
      expect(problem.issues[0]).toMatchObject({ parameter: 'source' });
      // Nor can the forged document be registered to cite: it is the article.
      const { quote, ...meta } = variant.source;
      const registered = await register({ ...SOURCE, ...meta, id: 'forged-article', text: quote });
      expect(registered.status).toBe(409);
      expect(((await registered.json()) as { detail: string }).detail).toContain(ARTICLE);
    }
    const byId = await postObservation({
      ...forged,
      source: undefined,
      citation: { sourceId: ARTICLE, quote: forged.source.quote },
    });
    expect(byId.status).toBe(400);
    expect(await (await get('/v1/briefs/csto-non-response?asOf=2021-07-31')).text()).toBe(before);
  });
});

describe('what a hostile review of the first version found', () => {
  it('refuses a forged citation however the article’s address and publisher are spelt', async () => {
    const article = (await (await get(`/v1/sources/${ARTICLE}`)).json()) as { title: string; url: string };
    for (const source of [
      { title: article.title, publisher: 'The Diplomat\u200b', url: article.url.replace('https:', 'http:') },
      { title: 'Another title', publisher: 'Someone', url: `${article.url.replace(/\/$/, '')}?utm=1` },
      { title: 'Another title', publisher: 'Someone', url: article.url.replace('://', '://www.') },
    ]) {
      const res = await postDescribed({
        factId: 'tj.csto_request',
        value: 'pending',
        date: '2021-07',
        source: { ...source, published: '2021-07', quote: 'Tajikistan has not asked the CSTO for anything at all.' },
      });
      expect(res.status, source.url).toBe(400);
      expect(((await res.json()) as { issues: { parameter: string }[] }).issues[0]?.parameter).toBe('source');
      // Registered under its own id, however it is spelt, it is the article: a 409 naming it.
      const registered = await register({
        ...SOURCE,
        ...source,
        id: 'forged-spelling',
        published: '2021-07',
        text: 'Tajikistan has not asked the CSTO for anything at all.',
      });
      expect(registered.status, source.url).toBe(409);
      expect(((await registered.json()) as { detail: string }).detail).toContain(ARTICLE);
    }
  });

  it('refuses a second registration of a registered document under another id', async () => {
    const article = (await (await get(`/v1/sources/${ARTICLE}`)).json()) as { title: string; url: string };
    const copy = await register({
      ...SOURCE,
      id: 'diplomat-copy',
      url: article.url,
      text: `${TEXT} An invented sentence.`,
    });
    expect(copy.status).toBe(409);
    expect(((await copy.json()) as { detail: string }).detail).toContain(ARTICLE);
  });

  it('refuses a publication that is a range, or not over by today', async () => {
    const range = await register({ ...doc('agency-range'), published: '2021-07/2026-12' });
    expect(range.status).toBe(400);
    const year = String(
      new Date().getUTCFullYear() + (new Date().getUTCMonth() === 11 && new Date().getUTCDate() === 31 ? 1 : 0),
    );
    const open = await register({ ...doc('agency-this-year'), published: year });
    expect(open.status).toBe(400);
    expect(((await open.json()) as { issues: { parameter: string }[] }).issues[0]?.parameter).toBe('published');
    const described = await postDescribed({ ...AGREED, source: { ...AGREED.source, published: '2021-07/2026-12' } });
    expect(described.status).toBe(400);
  });

  it('counts a quote’s length with its whitespace runs as one, and bounds what it spans', async () => {
    const spaced = `Members${' '.repeat(400)}of the Collective Security Treaty Organization`;
    expect(
      (
        await register({
          ...SOURCE,
          id: 'agency-spaced',
          url: 'https://news.example/spaced',
          title: 'Spaced',
          text: `${spaced} ${'x '.repeat(30)}`,
        })
      ).status,
    ).toBe(201);
    const short = await postObservation({
      ...agreedWithoutSource,
      citation: { sourceId: 'agency-spaced', quote: 'M         e' },
    });
    expect(short.status).toBe(400);
    const wide = `Members${' '.repeat(2100)}of the Collective`;
    expect(
      (
        await register({
          ...SOURCE,
          id: 'agency-wide',
          url: 'https://news.example/wide',
          title: 'Wide',
          text: `${wide} ${'y '.repeat(30)}`,
        })
      ).status,
    ).toBe(201);
    const long = await postObservation({
      ...agreedWithoutSource,
      citation: { sourceId: 'agency-wide', quote: 'Members of the Collective' },
    });
    expect(long.status).toBe(400);
    expect(((await long.json()) as { issues: { message: string }[] }).issues[0]?.message).toMatch(/spans more than/);
  });
});

describe('a quote found more than once', () => {
  // Reported by a review of the authoring page: the citation pointed at the first passage,
  // whichever the writer had selected.
  it('is refused, naming how often it is there, until it quotes enough to be found once', async () => {
    const twice = {
      ...doc('agency-twice'),
      text: 'The minister denied the report. Later that day a second source confirmed it. In the evening the minister denied the report.',
    };
    expect((await register(twice)).status).toBe(201);
    const ambiguous = await postObservation({
      ...agreedWithoutSource,
      citation: { sourceId: 'agency-twice', quote: 'minister denied the report' },
    });
    expect(ambiguous.status).toBe(400);
    const problem = (await ambiguous.json()) as { issues: { parameter: string; message: string }[] };
    expect(problem.issues[0]).toMatchObject({ parameter: 'citation.quote', message: expect.stringMatching(/2 times/) });
    const once = await postObservation({
      ...agreedWithoutSource,
      date: '2021-10-20',
      citation: { sourceId: 'agency-twice', quote: 'In the evening the minister denied the report.' },
    });
    expect(once.status).toBe(201);
    const stored = (await once.json()) as { citation: { start: number } };
    expect(stored.citation.start).toBe(twice.text.indexOf('In the evening'));
  });
});
