#!/usr/bin/env node
// The HTTP bench and the load run against the deploy bundle, served once by workerd.
//
//   node bench/http-main.mjs                 5 s per route, then 20 000 mixed requests
//   node bench/http-main.mjs --quick         smoke run: 1 s per route, 2 000 requests
//   options: --duration <s>  --connections <n>  --total <n>  --load-connections <n>
//            --no-load  --no-http  --strict-budgets  --json <file>
//
// Exit code: 1 if the load run fails (any 5xx, connection error, timeout, hostile request
// answered 2xx where a 4xx is expected, ...) or a measured route answered errors / non-2xx /
// the wrong Cache-Status; budgets only fail the run with --strict-budgets (machines are noisy).
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { benchHttp } from './http.mjs';
import { loadRun } from './load.mjs';
import { startBundledWorker } from './worker-server.mjs';

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    duration: { type: 'string' },
    connections: { type: 'string' },
    total: { type: 'string' },
    'load-connections': { type: 'string' },
    'no-load': { type: 'boolean', default: false },
    'no-http': { type: 'boolean', default: false },
    'strict-budgets': { type: 'boolean', default: false },
    json: { type: 'string' },
  },
});

const num = (value, fallback) => {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`not a positive number: ${value}`);
  return n;
};
const durationSeconds = num(args.duration, args.quick ? 1 : 5);
const connections = num(args.connections, 10);
const total = num(args.total, args.quick ? 2_000 : 20_000);
const loadConnections = num(args['load-connections'], 32);

let failed = false;
const results = {};
const server = await startBundledWorker({ log: console.log });
try {
  // The routes the runs rely on answer before anything is measured.
  for (const path of [
    '/v1/scenarios',
    '/v1/briefs/csto-non-response',
    '/v1/facts',
    '/embed/csto-non-response',
    '/feeds/digest.atom',
  ]) {
    const response = await fetch(`${server.url}${path}`);
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${path} answered ${response.status} before the runs`);
  }
  if (!args['no-http']) {
    console.log('');
    const http = await benchHttp({ durationSeconds, connections, server });
    results.http = http;
    if (http.problems.length > 0) failed = true;
    if (args['strict-budgets'] && http.budgets.some((b) => !b.pass && !b.informative)) failed = true;
  }
  if (!args['no-load']) {
    console.log('');
    try {
      results.load = await loadRun({ total, connections: loadConnections, server });
    } catch (error) {
      failed = true;
      results.load = error.report ?? { error: String(error) };
      console.error(String(error.message ?? error));
    }
  }
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  await server.dispose();
}
if (args.json) {
  await writeFile(
    args.json,
    JSON.stringify({ date: new Date().toISOString(), durationSeconds, connections, total, ...results }, null, 2),
  );
}
console.log('');
console.log(failed ? 'bench http: FAIL' : 'bench http: OK');
process.exitCode = failed ? 1 : 0;
