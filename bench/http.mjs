// The HTTP part of `npm run bench` (issue #7, section 2): requests per second and latency of the
// bundled worker's main paths, side by side in one run, each as a ratio to a trivial route.
//
//   hello-world worker      the ceiling: a 5-byte response from a worker in the same workerd
//   app: CORS preflight     the cheapest route of the app itself (security headers + CORS only)
//   brief computed          a what-if brief with a fresh `assume.<number fact>` value per request,
//                           so every request misses the edge cache and runs the rules (the
//                           baseline comes from the brief precomputed for the default date)
//   brief computed, no cache at all   the same on a copy of the worker whose Cache API answers
//                           in the isolate (match misses, put does nothing): the worker's own
//                           work, without the simulated cache's lookup and store round trips
//   same-size JSON + ETag   a bare worker that serialises the brief's document and hashes it per
//                           request: the floor of any computed JSON answer of this size
//   precomputed brief, no cache at all   the default brief on that copy: the app's path with
//                           no rules run
//   brief computed (asOf)   the plain brief with a fresh `asOf` per request: also a miss every time
//   brief cache hit         the same brief URL again and again, after priming
//   bare Cache API hit      a worker that only does caches.default.match(key) and returns it, primed
//                           with the brief's exact bytes: the floor for "brief cache hit"
//   facts / embed / atom    /v1/facts, /embed/:id, /feeds/digest.atom as clients ask for them
//                           (after the first request these are cache hits too)
//
// Budgets (the lean-and-legible issue), each against a floor measured side by side in this run:
// a brief cache hit >= 0.9x a bare Cache API hit of the same bytes; a computed what-if brief with
// no cache >= 0.7x the same-size JSON + ETag floor; the precomputed brief with no cache >= 0.9x
// that floor. The ratios to the trivial route are printed too, as information.
// Machines are noisy: read the ratios, not the absolute numbers.
import { cacheClass, cannon, header, quantile } from './cannon.mjs';
import { startBundledWorker } from './worker-server.mjs';

export const SCENARIO = 'csto-non-response';
/** A number fact the scenario reads (a condition on it), so an assumption changes the work done. */
export const NUMBER_FACT = 'afg.soldiers_fled_to_tajikistan';
export const BUDGETS = {
  hitVsBareHit: 0.9,
  whatIfVsJsonFloor: 0.7,
  precomputedVsJsonFloor: 0.9,
  computedVsTrivial: 0.5,
};

const briefPath = `/v1/briefs/${SCENARIO}`;

async function get(url, init) {
  const response = await fetch(url, init);
  const body = new Uint8Array(await response.arrayBuffer());
  return { response, body, cache: cacheClass(response.headers.get('Cache-Status') ?? undefined) };
}

/** GETs `url` until the worker answers it from the cache (the put runs in waitUntil). */
async function primeHit(url) {
  for (let i = 0; i < 50; i++) {
    const { response, body, cache } = await get(url);
    if (response.status !== 200) throw new Error(`priming ${url}: ${response.status}`);
    if (cache === 'hit') return body;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`priming ${url}: never a cache hit`);
}

/** Checks that the routes measured answer 200 before any measuring. */
async function preflightChecks(server) {
  const checks = [
    [`${server.url}${briefPath}`, 200],
    [`${server.url}${briefPath}?assume.${NUMBER_FACT}=1234`, 200],
    [`${server.url}/v1/facts`, 200],
    [`${server.url}/embed/${SCENARIO}`, 200],
    [`${server.url}/feeds/digest.atom`, 200],
    [`${server.helloUrl}/`, 200],
  ];
  for (const [url, status] of checks) {
    const { response } = await get(url);
    if (response.status !== status) throw new Error(`${url} answered ${response.status}, expected ${status}`);
  }
  const whatIf = await (await fetch(`${server.url}${briefPath}?assume.${NUMBER_FACT}=4321`)).json();
  if (!Array.isArray(whatIf.assumptions) || whatIf.assumptions.length !== 1) {
    throw new Error(`the what-if brief does not list the assumption: ${JSON.stringify(whatIf.assumptions)}`);
  }
}

/** The measured cases, in run order. Each: { name, url, request?, expect: cache class or null }. */
function cases(server) {
  let whatIf = 100_000;
  // Days from the latest fact date on: each a distinct, valid `asOf`, so a distinct cache key.
  let day = Date.UTC(2021, 6, 9);
  const nextDay = () => {
    day += 86_400_000;
    return new Date(day).toISOString().slice(0, 10);
  };
  return [
    { name: 'hello-world worker (ceiling)', key: 'hello', url: server.helloUrl, path: '/' },
    {
      name: 'app: CORS preflight (OPTIONS)',
      key: 'preflight',
      url: server.url,
      path: briefPath,
      method: 'OPTIONS',
      headers: { Origin: 'https://example.com', 'Access-Control-Request-Method': 'GET' },
    },
    {
      name: 'brief computed (fresh what-if)',
      key: 'computed',
      url: server.url,
      path: briefPath,
      setup: (req) => ({ ...req, path: `${briefPath}?assume.${NUMBER_FACT}=${whatIf++}` }),
      expect: 'miss',
    },
    {
      name: 'brief computed, no cache at all',
      key: 'computedNoCache',
      url: server.noCacheUrl,
      path: briefPath,
      setup: (req) => ({ ...req, path: `${briefPath}?assume.${NUMBER_FACT}=${whatIf++}` }),
    },
    {
      name: 'brief computed (fresh asOf)',
      key: 'computedAsOf',
      url: server.url,
      path: briefPath,
      setup: (req) => ({ ...req, path: `${briefPath}?asOf=${nextDay()}` }),
      expect: 'miss',
    },
    // What a computed answer of this size costs without the app: serialise + ETag in a bare worker.
    { name: 'same-size JSON + ETag, bare worker', key: 'jsonFloor', url: server.bareCacheUrl, path: '/json' },
    // The app's path without the rules: the precomputed brief (its text and ETag written once) on the copy without a cache.
    { name: 'precomputed brief, no cache at all', key: 'precomputedNoCache', url: server.noCacheUrl, path: briefPath },
    { name: 'brief cache hit', key: 'hit', url: server.url, path: briefPath, expect: 'hit' },
    { name: 'bare Cache API hit (same bytes)', key: 'bareHit', url: server.bareCacheUrl, path: '/' },
    { name: '/v1/facts', key: 'facts', url: server.url, path: '/v1/facts', expect: 'hit' },
    { name: `/embed/${SCENARIO}`, key: 'embed', url: server.url, path: `/embed/${SCENARIO}`, expect: 'hit' },
    { name: '/feeds/digest.atom', key: 'atom', url: server.url, path: '/feeds/digest.atom', expect: 'hit' },
    { name: 'hello-world worker (again)', key: 'hello2', url: server.helloUrl, path: '/' },
  ];
}

function autocannonOptions(c, { connections, tally }) {
  const request = {
    method: c.method ?? 'GET',
    path: c.path,
    headers: c.headers ?? {},
    ...(c.setup ? { setupRequest: c.setup } : {}),
    ...(tally
      ? {
          onResponse: (_status, _body, _context, headers) => {
            const k = cacheClass(header(headers, 'cache-status'));
            tally[k] = (tally[k] ?? 0) + 1;
          },
        }
      : {}),
  };
  return { url: c.url, connections, requests: [request] };
}

const fmt = (x, d = 0) => (Number.isFinite(x) ? x.toFixed(d) : '-');

export function formatTable(rows, log = console.log) {
  const head = ['route', 'req/s', 'p50 ms', 'p99 ms', '× ceiling', 'non-2xx', 'errors', 'bytes', 'Cache-Status'];
  const body = rows.map((r) => [
    r.name,
    fmt(r.reqPerSec),
    fmt(r.p50, 2),
    fmt(r.p99, 2),
    fmt(r.ratio, 2),
    String(r.non2xx),
    r.timeouts ? `${r.errors} (${r.timeouts} timeouts)` : String(r.errors),
    String(r.bytes ?? '-'),
    Object.entries(r.cacheStatus ?? {})
      .map(([k, v]) => `${k} ${v}`)
      .join(', ') || '-',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells) =>
    cells.map((c, i) => (i === 0 || i === 8 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  log(line(head));
  log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const b of body) log(line(b));
}

/**
 * Measures every case for `durationSeconds` in all (split over `rounds` interleaved rounds, after
 * a warm-up of the same shape) with `connections` autocannon connections. Pass `server` (from startBundledWorker) to reuse one.
 * Returns { rows, budgets }.
 */
export async function benchHttp({
  durationSeconds = 5,
  connections = 10,
  warmupSeconds = Math.min(1, durationSeconds),
  rounds = durationSeconds >= 3 ? 3 : 1,
  server,
  log = console.log,
} = {}) {
  const own = !server;
  if (own) server = await startBundledWorker();
  try {
    await preflightChecks(server);
    // Prime the cache hits, and the bare cache with the brief's exact bytes.
    const briefBytes = await primeHit(`${server.url}${briefPath}`);
    const sizes = { brief: briefBytes.byteLength };
    for (const p of ['/v1/facts', `/embed/${SCENARIO}`, '/feeds/digest.atom']) {
      sizes[p] = (await primeHit(`${server.url}${p}`)).byteLength;
    }
    const primed = await fetch(`${server.bareCacheUrl}/prime`, { method: 'POST', body: briefBytes });
    if (primed.status !== 200 || Number(await primed.text()) !== briefBytes.byteLength) {
      throw new Error('priming the bare cache failed');
    }
    const bare = await get(`${server.bareCacheUrl}/`);
    if (bare.response.status !== 200 || bare.body.byteLength !== briefBytes.byteLength) {
      throw new Error(`bare cache hit returned ${bare.response.status}, ${bare.body.byteLength} bytes`);
    }
    const bytesOf = {
      hello: 5,
      preflight: 0,
      hit: sizes.brief,
      bareHit: sizes.brief,
      jsonFloor: sizes.brief,
      precomputedNoCache: sizes.brief,
      facts: sizes['/v1/facts'],
      embed: sizes[`/embed/${SCENARIO}`],
      atom: sizes['/feeds/digest.atom'],
      hello2: 5,
    };

    log(
      `HTTP bench: ${durationSeconds} s per route (${rounds} interleaved rounds) after ${warmupSeconds} s warm-up, ` +
        `${connections} connections, ` +
        `brief ${sizes.brief} bytes`,
    );
    // Rounds: every case runs `durationSeconds / rounds` per round, cases interleaved, so a burst
    // of noise from other processes on the machine lands on all of them rather than on one.
    const list = cases(server);
    const acc = list.map(() => ({
      requests: 0,
      seconds: 0,
      errors: 0,
      timeouts: 0,
      non2xx: 0,
      latencies: [],
      tally: {},
    }));
    const slice = durationSeconds / rounds;
    for (let round = 0; round < rounds; round++) {
      for (const [i, c] of list.entries()) {
        if (round === 0 && warmupSeconds > 0) {
          await cannon({ ...autocannonOptions(c, { connections }), duration: warmupSeconds });
        }
        const a = acc[i];
        const r = await cannon({ ...autocannonOptions(c, { connections, tally: a.tally }), duration: slice });
        a.requests += r.requests;
        a.seconds += r.seconds;
        a.errors += r.errors;
        a.timeouts += r.timeouts;
        a.non2xx += r.non2xx;
        a.latencies.push(r.latencies);
      }
    }
    const rows = list.map((c, i) => {
      const a = acc[i];
      const all = new Float64Array(a.requests);
      let at = 0;
      for (const l of a.latencies) {
        all.set(l, at);
        at += l.length;
      }
      all.sort();
      return {
        name: c.name,
        key: c.key,
        reqPerSec: a.requests / a.seconds,
        p50: quantile(all, 0.5),
        p99: quantile(all, 0.99),
        errors: a.errors,
        timeouts: a.timeouts,
        non2xx: a.non2xx,
        requests: a.requests,
        bytes: bytesOf[c.key] ?? (c.key.startsWith('computed') ? sizes.brief : undefined),
        cacheStatus:
          (c.url === server.url || c.url === server.noCacheUrl) && c.method !== 'OPTIONS' ? a.tally : undefined,
        expect: c.expect,
      };
    });
    const byKey = Object.fromEntries(rows.map((r) => [r.key, r]));
    const ceiling = (byKey.hello.reqPerSec + byKey.hello2.reqPerSec) / 2;
    for (const r of rows) r.ratio = r.reqPerSec / ceiling;

    const budgets = [
      {
        name: 'brief cache hit / bare Cache API hit of the same bytes',
        value: byKey.hit.reqPerSec / byKey.bareHit.reqPerSec,
        budget: BUDGETS.hitVsBareHit,
      },
      {
        name: 'computed what-if brief, no cache at all / same-size JSON + ETag in a bare worker',
        value: byKey.computedNoCache.reqPerSec / byKey.jsonFloor.reqPerSec,
        budget: BUDGETS.whatIfVsJsonFloor,
      },
      {
        name: 'precomputed brief, no cache at all / same-size JSON + ETag in a bare worker',
        value: byKey.precomputedNoCache.reqPerSec / byKey.jsonFloor.reqPerSec,
        budget: BUDGETS.precomputedVsJsonFloor,
      },
      {
        name: 'computed what-if brief (edge cache miss) / trivial route (hello-world)',
        value: byKey.computed.reqPerSec / ceiling,
        budget: BUDGETS.computedVsTrivial,
        informative: true,
      },
    ];
    for (const b of budgets) b.pass = b.value >= b.budget;

    // Every measured request must have taken the path its row names.
    const problems = [];
    for (const r of rows) {
      if (r.errors > 0 || r.non2xx > 0) problems.push(`${r.name}: ${r.errors} errors, ${r.non2xx} non-2xx`);
      if (r.expect && r.cacheStatus) {
        const off = r.requests - (r.cacheStatus[r.expect] ?? 0);
        if (off > 0) problems.push(`${r.name}: ${off} of ${r.requests} responses were not a cache ${r.expect}`);
      }
    }

    log('');
    formatTable(rows, log);
    log('');
    log(`ceiling = mean of the two hello-world runs = ${fmt(ceiling)} req/s`);
    for (const b of budgets) {
      log(
        `${b.name}: ${fmt(b.value, 2)} (budget >= ${b.budget}${b.informative ? ', informative' : ''}) ` +
          `${b.pass ? 'PASS' : 'FAIL'}`,
      );
    }
    for (const p of problems) log(`PROBLEM: ${p}`);
    return { rows, budgets, problems, ceiling };
  } finally {
    if (own) await server.dispose();
  }
}
