// The load run (issue #8): at least 20 000 mixed requests at the bundled worker, about 10 % of
// them hostile, counted by status class per kind. Fails (throws) on any 5xx, any connection
// error or timeout, any hostile request answered 2xx where a 4xx is expected, any ordinary
// request not answered 2xx, or any echo of a script payload in a response body.
import { cacheClass, cannon, header, quantile } from './cannon.mjs';
import { NUMBER_FACT } from './http.mjs';
import { startBundledWorker } from './worker-server.mjs';

const XSS = '<script>alert(1)</script>';
/** What must never come back verbatim: the JSON escapes <, and HTML escapes it. */
const REFLECTION_MARKER = '<script>alert(';
const enc = encodeURIComponent;

/** Deterministic PRNG (mulberry32), so a run's mix is the same every time. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The ordinary requests: generators of { kind, method?, path }, weighted. What-ifs carry a fresh
 * value each time (a cache miss, rules run); the rest are mostly cache hits after the first.
 */
function ordinaryMix(ids, factIds, origin) {
  let whatIf = 1_000_000;
  const julyDay = (r) => `2021-07-${String(1 + Math.floor(r() * 9)).padStart(2, '0')}`;
  const pick = (r, list) => list[Math.floor(r() * list.length)];
  return [
    { weight: 18, make: (r) => ({ kind: 'brief', path: `/v1/briefs/${pick(r, ids)}` }) },
    { weight: 6, make: (r) => ({ kind: 'brief asOf', path: `/v1/briefs/${pick(r, ids)}?asOf=${julyDay(r)}` }) },
    // No HEAD: autocannon's response parser is not told the request was HEAD, so it waits for
    // the body the Content-Length announces and the connection hangs.
    {
      weight: 12,
      make: (r) => ({ kind: 'what-if (fresh)', path: `/v1/briefs/${pick(r, ids)}?assume.${NUMBER_FACT}=${whatIf++}` }),
    },
    {
      weight: 4,
      make: (r) => ({
        kind: 'what-if (repeated)',
        path: `/v1/briefs/${pick(r, ids)}?assume.csto.response_to_request=${pick(r, ['agreed', 'declined', 'unknown'])}`,
      }),
    },
    { weight: 8, make: () => ({ kind: 'facts', path: '/v1/facts' }) },
    {
      weight: 3,
      make: (r) => ({
        kind: 'facts filtered',
        path: pick(r, ['/v1/facts?actor=russia', '/v1/facts?tag=border', `/v1/facts?asOf=${julyDay(r)}`]),
      }),
    },
    { weight: 3, make: (r) => ({ kind: 'fact', path: `/v1/facts/${pick(r, factIds)}` }) },
    {
      weight: 8,
      make: (r) => ({ kind: 'embed', path: `/embed/${pick(r, ids)}${r() < 0.3 ? '?theme=dark&view=full' : ''}` }),
    },
    { weight: 5, make: (r) => ({ kind: 'brief page', path: `/briefs/${pick(r, ids)}` }) },
    { weight: 6, make: (r) => ({ kind: 'feed', path: pick(r, ['/feeds/digest.atom', '/feeds/digest.json']) }) },
    {
      weight: 4,
      make: (r) => ({ kind: 'scenarios', path: r() < 0.5 ? '/v1/scenarios' : `/v1/scenarios/${pick(r, ids)}` }),
    },
    { weight: 2, make: () => ({ kind: 'digest', path: '/v1/digest' }) },
    { weight: 2, make: (r) => ({ kind: 'oembed', path: `/oembed?url=${enc(`${origin}/briefs/${pick(r, ids)}`)}` }) },
  ];
}

/** Hostile requests, each with the answer it must get: '4xx', or 'not-5xx' where 2xx is legitimate. */
function hostileMix(ids, origin) {
  const id = ids[0];
  const manyAssumptions = Array.from({ length: 40 }, (_, i) => `assume.x.f${i}=${'9'.repeat(150)}`).join('&');
  return [
    ['xss in assume (number fact)', 'GET', `/v1/briefs/${id}?assume.${NUMBER_FACT}=${enc(XSS)}`, '4xx'],
    ['xss in assume (page)', 'GET', `/briefs/${id}?assume.${NUMBER_FACT}=${enc(XSS)}`, '4xx'],
    [
      'xss in assume (text fact, page)',
      'GET',
      `/briefs/${id}?assume.csto.program_delay_explanation=${enc(XSS)}`,
      'not-5xx',
    ],
    ['xss in assume name', 'GET', `/v1/briefs/${id}?assume.${enc(XSS)}=1`, '4xx'],
    ['xss in asOf', 'GET', `/v1/briefs/${id}?asOf=${enc(XSS)}`, '4xx'],
    ['xss in asOf (embed)', 'GET', `/embed/${id}?asOf=${enc(XSS)}`, '4xx'],
    ['xss in theme (embed)', 'GET', `/embed/${id}?theme=${enc(XSS)}`, '4xx'],
    ['xss in actor', 'GET', `/v1/facts?actor=${enc('<svg onload=alert(1)>')}`, '4xx'],
    ['bad date (Feb 30)', 'GET', `/v1/briefs/${id}?asOf=2021-02-30`, '4xx'],
    ['bad date (year 0999)', 'GET', `/v1/briefs/${id}?asOf=0999-01-01`, '4xx'],
    ['bad date (text)', 'GET', `/v1/facts?asOf=yesterday`, '4xx'],
    ['repeated asOf', 'GET', `/v1/briefs/${id}?asOf=2021-07-01&asOf=2021-07-02`, '4xx'],
    ['assume derived fact', 'GET', `/v1/briefs/${id}?assume.ru.pledge_2014_share_delivered=1`, '4xx'],
    ['assume unknown fact', 'GET', `/v1/briefs/${id}?assume.no.such_fact=1`, '4xx'],
    ['huge query (40 assumptions)', 'GET', `/v1/briefs/${id}?${manyAssumptions}`, '4xx'],
    ['huge assume value (5 000 chars)', 'GET', `/v1/briefs/${id}?assume.${NUMBER_FACT}=${'1'.repeat(5000)}`, '4xx'],
    ['huge unknown parameter (12 KB)', 'GET', `/v1/briefs/${id}?pad=${'a'.repeat(12_000)}`, 'not-5xx'],
    ['path traversal (encoded)', 'GET', '/v1/briefs/..%2f..%2fetc%2fpasswd', '4xx'],
    ['path traversal (dot segments)', 'GET', '/v1/briefs/%2e%2e/%2e%2e/etc/passwd', '4xx'],
    ['CRLF in path', 'GET', '/v1/briefs/%0d%0aSet-Cookie:%20x=1', '4xx'],
    ['NUL in path', 'GET', `/v1/briefs/${id}%00`, '4xx'],
    ['unknown scenario', 'GET', '/v1/briefs/no-such-scenario', '4xx'],
    ['unknown scenario (embed)', 'GET', '/embed/no-such-scenario', '4xx'],
    ['unknown route', 'GET', '/wp-admin/install.php', '4xx'],
    ['bad method PUT', 'PUT', `/v1/briefs/${id}`, '4xx'],
    ['bad method DELETE', 'DELETE', '/v1/facts', '4xx'],
    ['bad method PATCH', 'PATCH', '/', '4xx'],
    ['bad method TRACE', 'TRACE', `/v1/briefs/${id}`, '4xx'],
    ['write without token', 'POST', '/v1/observations', '4xx', '{"factId":"tj.officials_alarmed","value":false}'],
    ['oEmbed javascript: URL', 'GET', `/oembed?url=${enc('javascript:alert(1)')}`, '4xx'],
    ['oEmbed javascript: + own URL', 'GET', `/oembed?url=${enc(`javascript:alert(1)//${origin}/briefs/${id}`)}`, '4xx'],
    ['oEmbed foreign URL', 'GET', `/oembed?url=${enc(`https://evil.example/briefs/${id}`)}`, '4xx'],
    ['oEmbed bad maxwidth', 'GET', `/oembed?url=${enc(`${origin}/briefs/${id}`)}&maxwidth=-1`, '4xx'],
  ].map(([label, method, path, expect, body]) => ({
    kind: `hostile: ${label}`,
    hostile: true,
    method,
    path,
    expect,
    ...(body ? { body, headers: { 'Content-Type': 'application/json' } } : {}),
  }));
}

/** The request sequence: `total` items, `hostileShare` of them hostile, shuffled deterministically. */
function sequence(total, hostileShare, ids, factIds, origin, seed = 8) {
  const r = random(seed);
  const ordinary = ordinaryMix(ids, factIds, origin);
  const weights = ordinary.reduce((n, g) => n + g.weight, 0);
  const hostile = hostileMix(ids, origin);
  const hostileCount = Math.round(total * hostileShare);
  const items = [];
  for (let i = 0; i < hostileCount; i++) items.push(hostile[i % hostile.length]);
  for (let i = hostileCount; i < total; i++) {
    let x = r() * weights;
    let g = ordinary[0];
    for (const o of ordinary) {
      g = o;
      x -= o.weight;
      if (x < 0) break;
    }
    // Made when sent, not now: what-ifs take their fresh value in sending order.
    items.push({ lazy: g.make });
  }
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return { items, r, hostileKinds: hostile.length };
}

function statusClass(status) {
  return `${Math.floor(status / 100)}xx`;
}

/**
 * Sends `total` mixed requests (autocannon `amount`) over `connections` connections and checks
 * every answer. Pass `server` to reuse a running worker. Returns the report; throws if it failed.
 */
export async function loadRun({
  total = 20_000,
  connections = 32,
  hostileShare = 0.1,
  server,
  log = console.log,
} = {}) {
  const own = !server;
  if (own) server = await startBundledWorker();
  try {
    const scenarios = await (await fetch(`${server.url}/v1/scenarios`)).json();
    const ids = scenarios.scenarios.map((s) => s.id);
    const facts = await (await fetch(`${server.url}/v1/facts`)).json();
    const factIds = facts.facts.map((f) => f.id);
    if (ids.length === 0 || factIds.length === 0) throw new Error('no scenarios or facts to load');
    const { items, r, hostileKinds } = sequence(total, hostileShare, ids, factIds, server.url);

    const perKind = new Map();
    const cacheTotals = {};
    const failures = new Map();
    const fail = (what) => failures.set(what, (failures.get(what) ?? 0) + 1);
    let next = 0;
    let sent = 0;
    // One request entry; each connection's context remembers the item it sent (pipelining 1),
    // so the answer is checked against that item's expectation.
    const request = {
      method: 'GET',
      path: '/',
      setupRequest: (req, context) => {
        let item = items[next++ % items.length];
        if (item.lazy) item = item.lazy(r);
        context.item = item;
        // setupRequest runs just before the request is written (pipelining 1), except for each
        // connection's first request, built when the connection is made.
        context.sentAt = performance.now();
        sent++;
        return {
          ...req,
          method: item.method ?? 'GET',
          path: item.path,
          headers: item.headers ?? {},
          body: item.body ?? '',
        };
      },
      onResponse: (status, body, context, headers) => {
        const item = context.item;
        if (!item) return fail('answer without a request');
        const counts = perKind.get(item.kind) ?? {
          '2xx': 0,
          '3xx': 0,
          '4xx': 0,
          '5xx': 0,
          codes: {},
          cache: {},
          ms: [],
        };
        counts.ms.push(performance.now() - context.sentAt);
        const cache = cacheClass(header(headers, 'cache-status'), '-');
        counts.cache[cache] = (counts.cache[cache] ?? 0) + 1;
        cacheTotals[cache] = (cacheTotals[cache] ?? 0) + 1;
        const cls = statusClass(status);
        counts[cls] = (counts[cls] ?? 0) + 1;
        counts.codes[status] = (counts.codes[status] ?? 0) + 1;
        perKind.set(item.kind, counts);
        if (status >= 500) fail(`5xx on ${item.kind}`);
        if (item.hostile) {
          if (item.expect === '4xx' && cls !== '4xx') fail(`${item.kind}: ${status}, expected 4xx`);
        } else if (cls !== '2xx') {
          fail(`${item.kind}: ${status}, expected 2xx (${item.path.slice(0, 80)})`);
        }
        if (typeof body === 'string' && body.includes(REFLECTION_MARKER)) fail(`${item.kind}: script payload echoed`);
      },
    };

    log(
      `load run: ${total} requests (${Math.round(hostileShare * 100)} % hostile, ${hostileKinds} hostile kinds), ${connections} connections`,
    );
    const result = await cannon({ url: server.url, connections, amount: total, requests: [request], timeout: 10 });
    const statuses = result.statuses;
    const answered = result.requests;
    if (result.connErrors > 0) fail(`${result.connErrors} connection errors (${JSON.stringify(result.errorKinds)})`);
    if (result.timeouts > 0) fail(`${result.timeouts} timeouts`);
    if (answered + result.errors < total)
      fail(`${total - answered - result.errors} requests neither answered nor failed`);

    const report = {
      total,
      sent,
      answered,
      statuses: { '2xx': statuses['2xx'], '3xx': statuses['3xx'], '4xx': statuses['4xx'], '5xx': statuses['5xx'] },
      connErrors: result.connErrors,
      timeouts: result.timeouts,
      p50: result.p50,
      p99: result.p99,
      max: result.max,
      seconds: result.seconds,
      reqPerSec: result.reqPerSec,
      cacheStatus: cacheTotals,
      perKind: Object.fromEntries(
        [...perKind]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([kind, { ms, ...c }]) => {
            const sorted = Float64Array.from(ms).sort();
            return [kind, { ...c, p50: quantile(sorted, 0.5), p99: quantile(sorted, 0.99) }];
          }),
      ),
      failures: Object.fromEntries(failures),
      ok: failures.size === 0,
    };
    printLoad(report, log);
    if (!report.ok) {
      const error = new Error(`load run failed: ${[...failures].map(([k, n]) => `${k} (×${n})`).join('; ')}`);
      error.report = report;
      throw error;
    }
    return report;
  } finally {
    if (own) await server.dispose();
  }
}

export function printLoad(report, log = console.log) {
  const s = report.statuses;
  log('');
  log(
    `sent ${report.sent} (asked ${report.total}), answered ${report.answered} in ${report.seconds.toFixed(1)} s ` +
      `(${report.reqPerSec.toFixed(0)} req/s); 2xx ${s['2xx']}, 3xx ${s['3xx']}, 4xx ${s['4xx']}, 5xx ${s['5xx']}; ` +
      `connection errors ${report.connErrors}, timeouts ${report.timeouts}; ` +
      `latency p50 ${report.p50.toFixed(2)} ms, p99 ${report.p99.toFixed(2)} ms, max ${report.max.toFixed(1)} ms`,
  );
  const rows = Object.entries(report.perKind).map(([kind, c]) => [
    kind,
    String(c['2xx']),
    String(c['3xx']),
    String(c['4xx']),
    String(c['5xx']),
    c.p50.toFixed(1),
    c.p99.toFixed(1),
    Object.entries(c.codes)
      .map(([code, n]) => `${code}×${n}`)
      .join(' '),
    Object.entries(c.cache)
      .filter(([k]) => k !== '-')
      .map(([k, n]) => `${k} ${n}`)
      .join(', '),
  ]);
  const head = ['kind', '2xx', '3xx', '4xx', '5xx', 'p50 ms', 'p99 ms', 'codes', 'Cache-Status'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) =>
    cells.map((c, i) => (i === 0 || i >= 7 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  log(line(head));
  log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) log(line(row));
  log(
    `Cache-Status over the run: ${Object.entries(report.cacheStatus)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}`,
  );
  log(report.ok ? 'load run: PASS' : `load run: FAIL — ${JSON.stringify(report.failures)}`);
}
