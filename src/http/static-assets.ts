// The resources whose bytes depend on the code alone: the OpenAPI document, the /docs page, the
// published JSON Schemas, the widget and embed scripts and the stylesheet. `npm run contract`
// writes them into assets/ at build time (src/authoring/write-contract.mjs); they deploy as
// Workers Static Assets and are read here through the ASSETS binding. So the worker bundle carries
// neither their bytes nor the code that generates them (OpenAPI and JSON Schema conversion, the
// docs page). Requests never reach the assets directly (`run_worker_first`): every answer still
// goes through our routes, edge cache and headers.
import type { Context } from 'hono';
import { sha256Hex } from '../lib/hash';
import { logEvent } from '../lib/log';
import { STORAGE_READ_TIMEOUT_MS, withTimeout } from '../lib/timeout';
import type { AppBindings } from './app-bindings';
import { strongEtagOfText } from './cache/etag';
import { Problem } from './problem';

/** Seconds a client should wait before retrying when the assets store fails. */
const RETRY_AFTER_SECONDS = 30;

/** URL path → the file under assets/ and the Content-Type it is served with. */
export const STATIC_ASSETS = {
  '/openapi.json': { file: '/openapi.json', type: 'application/vnd.oai.openapi+json' },
  '/docs': { file: '/docs.html', type: 'text/html; charset=UTF-8' },
  '/v1/schemas/brief.json': { file: '/v1/schemas/brief.json', type: 'application/schema+json' },
  '/v1/schemas/fact.json': { file: '/v1/schemas/fact.json', type: 'application/schema+json' },
  '/v1/schemas/scenario.json': { file: '/v1/schemas/scenario.json', type: 'application/schema+json' },
  '/v1/schemas/set.json': { file: '/v1/schemas/set.json', type: 'application/schema+json' },
  '/widget.js': { file: '/widget.js', type: 'text/javascript; charset=utf-8' },
  '/static/embed-height.js': { file: '/static/embed-height.js', type: 'text/javascript; charset=utf-8' },
  '/static/quote-select.js': { file: '/static/quote-select.js', type: 'text/javascript; charset=utf-8' },
  '/static/site.css': { file: '/static/site.css', type: 'text/css; charset=utf-8' },
} as const;

export type StaticPath = keyof typeof STATIC_ASSETS;

export const STATIC_PATHS = Object.keys(STATIC_ASSETS) as StaticPath[];

interface StaticAsset {
  text: string;
  headers: Record<string, string>;
}

/**
 * Read once per isolate: the files cannot change under a deployed version. Only settled values
 * are kept (never a pending promise, which belongs to the request that started it).
 */
const loaded = new Map<StaticPath, StaticAsset>();

function base64OfHex(hex: string): string {
  return btoa(String.fromCharCode(...(hex.match(/../g) ?? []).map((h) => Number.parseInt(h, 16))));
}

/**
 * The docs page allows exactly its own stylesheet, by hash: no script, no other source. The hash
 * is taken from the page as served, so the policy always fits the bytes it travels with.
 */
function docsCsp(html: string): string {
  const css = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1];
  if (css === undefined) throw new Error('assets/docs.html has no <style>; run `npm run contract`');
  return [
    "default-src 'none'",
    `style-src 'sha256-${base64OfHex(sha256Hex(css))}'`,
    "img-src 'self' data:",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The asset's text with the headers it is served with, strong ETag included. */
export async function staticAsset(c: Context<AppBindings>, path: StaticPath): Promise<StaticAsset> {
  const known = loaded.get(path);
  if (known) return known;
  const { file, type } = STATIC_ASSETS[path];
  // A fresh request: no client header (If-None-Match, Range) reaches the assets. Bounded like
  // every storage read, body included: a store that fails or hangs is a 503 to retry, logged.
  let read: { status: number; text: string };
  try {
    read = await withTimeout(
      c.env.ASSETS.fetch(new Request(new URL(file, c.req.url))).then(async (res) => ({
        status: res.status,
        text: await res.text(),
      })),
      STORAGE_READ_TIMEOUT_MS,
      `static asset ${file}`,
    );
  } catch (error) {
    logEvent('static-asset-failure', { file, error: String(error) });
    throw new Problem('unavailable', 'The static files store failed or did not answer in time. Retry later.', {
      retryAfter: RETRY_AFTER_SECONDS,
    });
  }
  // A missing file is a broken deploy, not the client's fault: a 500, logged by the app.
  if (read.status !== 200) throw new Error(`static asset ${file} answered ${read.status}`);
  const { text } = read;
  const asset = {
    text,
    headers: {
      'Content-Type': type,
      ETag: strongEtagOfText(text),
      ...(path === '/docs' ? { 'Content-Security-Policy': docsCsp(text) } : {}),
    },
  };
  loaded.set(path, asset);
  return asset;
}
