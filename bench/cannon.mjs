// A thin wrapper over autocannon's programmatic API: one run, with sub-millisecond latency
// percentiles (autocannon's own histogram has 1 ms resolution and keeps only 2xx latencies),
// status classes, and the raw-error / timeout split.
import autocannon from 'autocannon';

/** The q-quantile (0..1) of an ascending Float64Array, nearest rank. */
export function quantile(sorted, q) {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i];
}

/**
 * Runs autocannon and resolves with
 * `{ requests, reqPerSec, seconds, p50, p99, max, statuses: {'2xx':n,...}, non2xx, errors, connErrors,
 * timeouts, latencies (sorted, ms), raw }`.
 * `options` are autocannon's (url, connections, duration or amount, requests, ...).
 */
export function cannon(options) {
  return new Promise((resolve, reject) => {
    let latencies = new Float64Array(1 << 16);
    let n = 0;
    const statuses = { '1xx': 0, '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0 };
    let started = 0;
    const errorKinds = new Map();
    const instance = autocannon({ timeout: 10, pipelining: 1, ...options }, (error, result) => {
      if (error) return reject(error);
      const seconds = (performance.now() - started) / 1000;
      const sorted = latencies.subarray(0, n).sort();
      resolve({
        requests: n,
        seconds,
        // autocannon's own duration is rounded to 10 ms and includes start-up; count / wall time.
        reqPerSec: n / seconds,
        p50: quantile(sorted, 0.5),
        p99: quantile(sorted, 0.99),
        max: quantile(sorted, 1),
        statuses,
        non2xx: n - statuses['2xx'],
        errors: result.errors,
        timeouts: result.timeouts,
        connErrors: result.errors - result.timeouts,
        errorKinds: Object.fromEntries(errorKinds),
        latencies: sorted,
        raw: result,
      });
    });
    started = performance.now();
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (n === latencies.length) {
        const bigger = new Float64Array(latencies.length * 2);
        bigger.set(latencies);
        latencies = bigger;
      }
      latencies[n++] = responseTime;
      const cls = `${Math.floor(statusCode / 100)}xx`;
      statuses[cls] = (statuses[cls] ?? 0) + 1;
    });
    instance.on('reqError', (error) => {
      const key = String(error?.code ?? error?.message ?? error);
      errorKinds.set(key, (errorKinds.get(key) ?? 0) + 1);
    });
  });
}

/** Header lookup in autocannon's onResponse header object (names as the server sent them). */
export function header(headers, name) {
  const lower = name.toLowerCase();
  for (const [k, v] of Object.entries(headers ?? {})) if (k.toLowerCase() === lower) return v;
  return undefined;
}

/** The path an answer took, from its Cache-Status: hit, miss, bypass, other, or `missing` if none. */
export function cacheClass(value, missing = 'none') {
  if (value === undefined) return missing;
  if (/;\s*hit\b/.test(value)) return 'hit';
  if (value.includes('fwd=uri-miss')) return 'miss';
  if (value.includes('fwd=bypass')) return 'bypass';
  return 'other';
}
