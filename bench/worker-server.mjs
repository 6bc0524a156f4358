// Serves the deploy bundle of the worker (what `wrangler deploy` would upload) in workerd through
// Miniflare's API, with `unsafeDirectSockets` so requests reach the worker directly instead of
// going through `wrangler dev`'s proxy worker (which caps any worker near 2 000 req/s).
//
// Two small baseline workers share the same Miniflare instance (and so the same workerd process
// and the same simulated Cache API):
//   - `hello`: returns a fixed 5-byte body, the ceiling of a request through workerd on loopback;
//   - `bare-cache`: `caches.default.match(key)` and return it, the floor of a Cache API hit
//     (POST /prime stores the request body under that key);
//   - it also serves `/json`: the primed document serialised and hashed per request, the floor of
//     any computed JSON answer of that size;
// and a second copy of the worker whose Cache API answers in the isolate (no cache at all), to
// tell the worker's own cost on a miss from the simulated Cache API's round trips.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Miniflare } from 'miniflare';
import { unstable_getMiniflareWorkerOptions, unstable_splitSqlQuery } from 'wrangler';

const run = promisify(execFile);
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const WORKER_NAME = 'scenario-briefs';
/** The same bundle and bindings with Miniflare's Cache API turned off: match misses, put is a no-op. */
const NO_CACHE_NAME = 'scenario-briefs-no-cache';
/** Holds the Static Assets (wrangler.toml [assets]) the worker copies read through their ASSETS binding. */
const ASSETS_NAME = 'scenario-briefs-assets';

const HELLO_WORKER = `
export default {
  fetch() {
    return new Response('hello', { headers: { 'Content-Type': 'text/plain' } });
  },
};`;

// Also the floor of any computed JSON answer of the brief's size: \`/json\` serialises the primed
// document again on every request and gives it a SHA-256 ETag, as the app does, with nothing else.
const BARE_CACHE_WORKER = `
const KEY = 'https://bare-cache.internal/body';
let primed;
export default {
  async fetch(request, env, ctx) {
    const url = new URL(request.url);
    if (url.pathname === '/json') {
      if (!primed) return new Response('not primed', { status: 404 });
      const body = new TextEncoder().encode(JSON.stringify(primed));
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', body));
      const etag = btoa(String.fromCharCode(...digest.slice(0, 16)));
      return new Response(body, { headers: { 'Content-Type': 'application/json', ETag: '"' + etag + '"' } });
    }
    if (url.pathname === '/prime' && request.method === 'POST') {
      const body = await request.arrayBuffer();
      primed = JSON.parse(new TextDecoder().decode(body));
      await caches.default.put(
        new Request(KEY),
        new Response(body, {
          headers: { 'Content-Type': 'application/json', 'Cache-Control': 'public, max-age=604800' },
        }),
      );
      return new Response(String(body.byteLength));
    }
    const hit = await caches.default.match(new Request(KEY));
    return hit ?? new Response('not primed', { status: 404 });
  },
};`;

// Miniflare puts a worker that has assets behind two more workers (an RPC proxy and the assets
// router), direct socket included: every request would pay two extra hops that Cloudflare's own
// router does not cost the worker, and under the load run they reset connections. So the assets
// live in a worker of their own, which only hands each request to them, and the worker copies
// reach it through a service binding in place of ASSETS: their sockets stay direct.
const ASSETS_WORKER = `
export default {
  fetch(request, env) {
    return env.ASSETS.fetch(request);
  },
};`;

const NO_CACHE_ENTRY = `
import worker from './index.js';
const nothing = { match: async () => undefined, put: async () => {}, delete: async () => false };
Object.defineProperty(globalThis, 'caches', { value: { default: nothing, open: async () => nothing } });
export default worker;
`;

/** Builds the deploy bundle with `wrangler deploy --dry-run` into a fresh temporary directory. */
export async function buildBundle({ minify } = {}) {
  const outdir = await mkdtemp(join(tmpdir(), 'scenario-briefs-bundle-'));
  // `minify: false` keeps function names, for readable CPU profiles; default: wrangler.toml's.
  const extra = minify === undefined ? [] : [`--minify=${minify}`];
  await run('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', outdir, ...extra], {
    cwd: ROOT,
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', FORCE_COLOR: '0' },
    maxBuffer: 16 * 1024 * 1024,
  });
  return outdir;
}

/** The bundle's modules, typed by wrangler.toml's module rules (first match wins, as in wrangler). */
async function bundleModules(outdir, rules) {
  const files = (await readdir(outdir)).filter((f) => f !== 'README.md' && !f.endsWith('.map'));
  const matches = (file, rule) => rule.include.some((glob) => matchesGlob(file, glob));
  const modules = [];
  // index.js first: the first module is the main module.
  for (const file of ['index.js', ...files.filter((f) => f !== 'index.js')]) {
    let type = 'ESModule';
    if (file !== 'index.js') {
      const rule = rules.find((r) => matches(file, r));
      if (!rule) throw new Error(`bundle file ${file} matches no module rule`);
      type = rule.type;
    }
    const contents = await readFile(join(outdir, file));
    modules.push({
      type,
      path: join(outdir, file),
      contents: type === 'ESModule' || type === 'Text' ? contents.toString('utf8') : contents,
    });
  }
  return modules;
}

// node:path's matchesGlob is experimental in Node 20; the module rules only use `**/*.ext` globs
// (wrangler.toml's and wrangler's defaults), and the bundle is one flat directory.
function matchesGlob(file, glob) {
  const m = /^\*\*\/\*(\.[\w.?]+)$/.exec(glob);
  if (m) return file.endsWith(m[1]);
  throw new Error(`unsupported module rule glob ${glob}`);
}

async function applyMigrations(mf, workerName) {
  const db = await mf.getD1Database('DB', workerName);
  // Both copies of the worker may share one database (same id): apply once.
  const existing = await db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'observations'")
    .all();
  if (existing.results.length > 0) return;
  const dir = join(ROOT, 'migrations');
  for (const file of (await readdir(dir)).filter((f) => f.endsWith('.sql')).sort()) {
    const statements = unstable_splitSqlQuery(await readFile(join(dir, file), 'utf8'));
    await db.batch(statements.map((sql) => db.prepare(sql)));
  }
}

/**
 * Builds the bundle and serves it. Returns the worker's direct URL, the two baselines' URLs,
 * the Miniflare instance and `dispose()`.
 */
export async function startBundledWorker({ log = console.error, miniflareOptions = {}, minify } = {}) {
  const t0 = performance.now();
  const outdir = await buildBundle({ minify });
  const { workerOptions: configured } = unstable_getMiniflareWorkerOptions(join(ROOT, 'wrangler.toml'));
  const { assets, ...workerOptions } = configured;
  const rules = workerOptions.modulesRules ?? [];
  const modules = await bundleModules(outdir, [...rules, { type: 'ESModule', include: ['**/*.js', '**/*.mjs'] }]);
  const bundleBytes = modules.reduce((n, m) => n + Buffer.byteLength(m.contents), 0);

  const direct = (name) => ({ host: '127.0.0.1', port: 0, serviceName: name });
  const adminToken = randomBytes(24).toString('hex');
  const app = (name, extra) => ({
    ...workerOptions,
    name,
    modules,
    // Module names are paths relative to this root: `./<hash>-x.txt` as index.js imports them.
    modulesRoot: outdir,
    modulesRules: undefined,
    // Writes need a token of at least 16 characters; with one set, unauthenticated writes get
    // 401 (without one, 403). Random per run, never printed.
    bindings: { ...workerOptions.bindings, ADMIN_TOKEN: adminToken },
    serviceBindings: { ...workerOptions.serviceBindings, [assets.binding]: ASSETS_NAME },
    unsafeDirectSockets: [direct(name)],
    ...extra,
  });
  const mf = new Miniflare({
    log: undefined,
    // e.g. { inspectorPort } to take CPU profiles over the DevTools protocol.
    ...miniflareOptions,
    workers: [
      app(WORKER_NAME),
      {
        name: 'hello',
        modules: true,
        script: HELLO_WORKER,
        compatibilityDate: workerOptions.compatibilityDate,
        unsafeDirectSockets: [direct('hello')],
      },
      {
        name: 'bare-cache',
        modules: true,
        script: BARE_CACHE_WORKER,
        compatibilityDate: workerOptions.compatibilityDate,
        unsafeDirectSockets: [direct('bare-cache')],
      },
      // Miniflare's `cache: false` still answers match and put through its cache service (a round
      // trip each); this copy's main module swaps in a Cache API that answers at once, in the
      // isolate, so the row measures the worker's own work: the compute path with no cache at all.
      app(NO_CACHE_NAME, {
        cache: false,
        modules: [{ type: 'ESModule', path: join(outdir, 'no-cache-entry.js'), contents: NO_CACHE_ENTRY }, ...modules],
      }),
      {
        name: ASSETS_NAME,
        modules: true,
        script: ASSETS_WORKER,
        compatibilityDate: workerOptions.compatibilityDate,
        assets: { ...assets, binding: 'ASSETS' },
      },
    ],
  });
  try {
    await mf.ready;
    await applyMigrations(mf, WORKER_NAME);
    await applyMigrations(mf, NO_CACHE_NAME);
  } catch (error) {
    await mf.dispose().catch(() => {});
    await rm(outdir, { recursive: true, force: true });
    throw error;
  }
  const origin = async (name) => (await mf.unsafeGetDirectURL(name)).origin;
  const url = await origin(WORKER_NAME);
  const helloUrl = await origin('hello');
  const bareCacheUrl = await origin('bare-cache');
  const noCacheUrl = await origin(NO_CACHE_NAME);
  log(
    `bundled worker up in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${url} ` +
      `(${modules.length} modules, ${(bundleBytes / 1024).toFixed(0)} KiB); hello ${helloUrl}; bare-cache ${bareCacheUrl}; no-cache copy ${noCacheUrl}`,
  );
  return {
    url,
    helloUrl,
    bareCacheUrl,
    noCacheUrl,
    mf,
    async dispose() {
      await mf.dispose();
      await rm(outdir, { recursive: true, force: true });
    },
  };
}
