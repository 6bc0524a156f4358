// Shared by the tests that write observations: the test admin token (set in vitest.config.ts)
// and an observation the article does not have: the CSTO agreeing, in October 2021, to help.
import { SELF } from 'cloudflare:test';

export const TEST_ADMIN_TOKEN = 'test-admin-token-0123456789';

export const AGREED = {
  factId: 'csto.response_to_request',
  value: 'agreed',
  date: '2021-10-20',
  source: {
    title: 'CSTO agrees to reinforce the Tajik-Afghan border',
    publisher: 'A news agency',
    url: 'https://news.example/csto-agrees',
    published: '2021-10-20',
    quote: 'CSTO members agreed on October 20 to send assistance to secure the Tajik-Afghan border.',
  },
  note: 'A later report, for testing.',
};

/** A source as the tests describe one: what a registration needs, with the quote as its text. */
export interface DescribedSource {
  title: string;
  publisher: string;
  url: string;
  published: string;
  quote: string;
  genre?: string;
  authors?: string[];
  origin?: string;
}

/** FNV-1a, 32 bits, hex: a short, stable key for a described source. */
function shortKey(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * The registration of a described source: the quote is its text, and its id, address and
 * title carry a key of the description, so each description is its own document (one document
 * registers once: the same address, or the same title and publisher, is the same document).
 */
export function registrationOf(source: DescribedSource) {
  const key = shortKey(JSON.stringify([source.url, source.title, source.publisher, source.published, source.quote]));
  return {
    id: `test-${key}`,
    title: `${source.title} (${key})`,
    publisher: source.publisher,
    genre: source.genre ?? 'news-report',
    ...(source.authors ? { authors: source.authors } : {}),
    ...(source.origin ? { origin: source.origin } : {}),
    published: source.published,
    url: `${source.url.replace(/\/$/, '')}/${key}`,
    reliability: { grade: 'C', rationale: 'A test source, fairly reliable: for the tests only.' },
    // A source's text is 50 characters at least: the quote, and a line that says what this is.
    text: `${source.quote}\n\n(A test source: its text is the sentence above.)`,
  };
}

/**
 * Registers the source an observation describes (once, with the test token), so the observation
 * can cite it by id. A registration that fails (storage down, in the fault tests) is left for the
 * observation's own answer to show.
 */
export async function registerDescribed(source: DescribedSource) {
  const registration = registrationOf(source);
  const res = await SELF.fetch('http://briefs.test/v1/sources', {
    method: 'POST',
    headers: { Authorization: `Bearer ${TEST_ADMIN_TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(registration),
  });
  // A registration the service refuses as invalid is a mistake in the test's description.
  if (res.status === 400) throw new Error(`registering ${registration.id}: ${await res.text()}`);
  await res.body?.cancel();
  return registration;
}

/**
 * An observation body as the API takes it: a described `source` registered (see registrationOf)
 * and replaced by a citation of it. A body without one, or not an object, is left as it is.
 */
export async function citing(body: unknown): Promise<unknown> {
  if (body === null || typeof body !== 'object' || (body as { source?: unknown }).source === undefined) return body;
  const { source, ...rest } = body as { source: DescribedSource };
  const registered = await registerDescribed(source);
  return { ...rest, citation: { sourceId: registered.id, quote: source.quote } };
}

/**
 * The same, without registering: for requests written out ahead (the hostile-case catalog),
 * whose test registers `registrationOf(source)` first.
 */
export function citingRegistered<T extends { source: DescribedSource }>(body: T) {
  const { source, ...rest } = body;
  return { ...rest, citation: { sourceId: registrationOf(source).id, quote: source.quote } };
}

/** POSTs an observation with the test token (or other headers), its described source registered and cited. */
export async function postObservation(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  const sent = typeof body === 'string' ? body : JSON.stringify(await citing(body));
  return SELF.fetch('http://briefs.test/v1/observations', {
    method: 'POST',
    headers: { Authorization: `Bearer ${TEST_ADMIN_TOKEN}`, 'Content-Type': 'application/json', ...headers },
    body: sent,
  });
}
