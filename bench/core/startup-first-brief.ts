// The start-up probe's module: the worker's code (the whole app, as createApp needs it, and the
// content loader), with nothing loaded yet. Importing it is what a fresh isolate pays for code;
// then `run` does what the isolate's first brief request does with content: read the checked
// content (handed over as the bytes a Static Assets read gives), parse it and compile the
// scenarios (content-asset.ts), then compute the first brief (briefs are computed on first use).
import { contentLoader } from '../../src/catalog/content-asset';
import { createApp } from '../../src/http/app';
import { STORAGE_READ_TIMEOUT_MS } from '../../src/lib/timeout';

/** Keeps the app's code in the bundle (and its top level run), as the worker entry does. */
export const app = createApp;

/** The content read and compiled, then the first brief, each timed in ms. */
export async function run(content: Uint8Array): Promise<{ contentMs: number; firstBriefMs: number }> {
  const assets = { fetch: async () => new Response(content) };
  const t0 = performance.now();
  const catalog = await contentLoader()(assets, STORAGE_READ_TIMEOUT_MS);
  const t1 = performance.now();
  catalog.current.brief('csto-non-response');
  return { contentMs: t1 - t0, firstBriefMs: performance.now() - t1 };
}
