// The start-up probe's module: the worker's code (the whole app and the content loader), nothing
// loaded yet. Importing it is what a fresh isolate pays for code; `run` then does what the
// isolate does for its first brief request: build the app (the worker entry does it at import),
// then answer GET /v1/briefs/:id through it: read the checked content (handed over as the bytes
// a Static Assets read gives), parse and compile it, read what is stored (an empty stand-in for
// D1, answering at once), compute the brief, serialise it and tag it. Node has no edge cache: a
// stand-in that always misses takes its place, so the request computes and stores, as a miss does.
import { contentLoader } from '../../src/catalog/content-asset';
import type { Env } from '../../src/env';
import { createApp } from '../../src/http/app';
import { STORAGE_READ_TIMEOUT_MS } from '../../src/lib/timeout';

/** D1 with no rows: every statement answers at once, empty. */
const emptyDatabase = () => {
  const statement = {
    bind: () => statement,
    all: async () => ({ results: [], success: true, meta: {} }),
    raw: async () => [],
    first: async () => null,
    run: async () => ({ results: [], success: true, meta: {} }),
  };
  return { prepare: () => statement, batch: async () => [] } as unknown as D1Database;
};

/** An edge cache that never has the entry and keeps nothing, answering at once. */
const missingCache = { default: { match: async () => undefined, put: async () => {} } } as unknown as CacheStorage;

/** Times in ms: building the app, reading and compiling the content, and the first request in all. */
export async function run(content: Uint8Array): Promise<{ appMs: number; contentMs: number; requestMs: number }> {
  const assets = { fetch: async () => new Response(content) } as unknown as Fetcher;
  const load = contentLoader();
  let contentMs = 0;
  const t0 = performance.now();
  const app = createApp(async (env) => {
    const started = performance.now();
    const catalog = await load(env.ASSETS, STORAGE_READ_TIMEOUT_MS);
    contentMs = performance.now() - started;
    return catalog;
  });
  const t1 = performance.now();
  const env = { ASSETS: assets, DB: emptyDatabase() } as unknown as Env;
  const ctx = { waitUntil: () => {}, passThroughOnException: () => {}, props: {} } as unknown as ExecutionContext;
  (globalThis as { caches?: CacheStorage }).caches ??= missingCache;
  const res = await app.fetch(new Request('https://briefs.example/v1/briefs/csto-non-response'), env, ctx);
  await res.arrayBuffer();
  const t2 = performance.now();
  if (res.status !== 200) throw new Error(`the first brief answered ${res.status}`);
  return { appMs: t1 - t0, contentMs, requestMs: t2 - t1 };
}
