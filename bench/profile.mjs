#!/usr/bin/env node
// CPU profile of the worker isolate under load, over workerd's DevTools inspector, from an
// unminified deploy bundle (so functions keep their names). A diagnostic, not part of the bench.
//
//   node bench/profile.mjs                    a cache-missing what-if brief (rules run)
//   node bench/profile.mjs --hit              the same brief URL again and again (cache hits)
//   node bench/profile.mjs --path /v1/facts   any path
//   options: --seconds <s> (4)  --connections <n> (4)  --top <n> (30)  --out <file.cpuprofile>
//
// With --hit it also checks the claim "a cache hit runs no rule code": no sample may fall in a
// function of the rule or brief code (buildBrief, judge, factsAsOf, ...); exit code 1 if one does.
// A sampling profile cannot prove absence, but thousands of hits with zero samples is evidence.
import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { parseArgs } from 'node:util';
import { cannon } from './cannon.mjs';
import { NUMBER_FACT, SCENARIO } from './http.mjs';
import { startBundledWorker } from './worker-server.mjs';

// Node 20 has a WebSocket client only behind a flag: run again with it rather than add a dependency.
if (typeof globalThis.WebSocket !== 'function') {
  const child = spawnSync(process.execPath, ['--experimental-websocket', ...process.argv.slice(1)], {
    stdio: 'inherit',
  });
  process.exit(child.status ?? 1);
}

/** Functions of src/brief, src/rules, src/facts and src/catalog/brief-for that only computing a brief runs. */
const RULE_CODE = [
  'buildBrief',
  'briefFor',
  'judge',
  'factsAsOf',
  'evaluateIndicators',
  'assessConfidence',
  'likelihoodOf',
  'sensitivity',
  'bottomLine',
  'timelineOf',
  'citationsFor',
  'deriveFact',
  'resolveOperand',
];

const { values: args } = parseArgs({
  options: {
    hit: { type: 'boolean', default: false },
    path: { type: 'string' },
    seconds: { type: 'string', default: '4' },
    connections: { type: 'string', default: '4' },
    top: { type: 'string', default: '30' },
    out: { type: 'string' },
  },
});

async function freePort() {
  const server = createServer();
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  await new Promise((r) => server.close(r));
  return port;
}

function devtools(url) {
  const ws = new WebSocket(url);
  let id = 0;
  const pending = new Map();
  ws.addEventListener('message', (event) => {
    const msg = JSON.parse(String(event.data));
    if (msg.id && pending.has(msg.id)) {
      pending.get(msg.id)(msg);
      pending.delete(msg.id);
    }
  });
  return {
    open: new Promise((resolve, reject) => {
      ws.addEventListener('open', resolve, { once: true });
      ws.addEventListener('error', reject, { once: true });
    }),
    send: (method, params = {}) =>
      new Promise((resolve) => {
        const i = ++id;
        pending.set(i, resolve);
        ws.send(JSON.stringify({ id: i, method, params }));
      }),
    close: () => ws.close(),
  };
}

/** Inclusive (self + callees) and self share of samples per function name. */
function summarise(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n) =>
    `${n.callFrame.functionName || '(anonymous)'}${n.callFrame.lineNumber >= 0 ? `:${n.callFrame.lineNumber + 1}` : ''}`;
  const inclusive = new Map();
  const self = new Map();
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = profile.timeDeltas[i] ?? 0;
    total += dt;
    const leaf = byId.get(profile.samples[i]);
    self.set(name(leaf), (self.get(name(leaf)) ?? 0) + dt);
    const seen = new Set();
    for (let id = profile.samples[i]; id !== undefined; id = parent.get(id)) {
      const k = name(byId.get(id));
      if (seen.has(k)) continue;
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + dt);
    }
  }
  return { inclusive, self, total };
}

const inspectorPort = await freePort();
const server = await startBundledWorker({ minify: false, miniflareOptions: { inspectorPort } });
let exitCode = 0;
try {
  const targets = await (await fetch(`http://127.0.0.1:${inspectorPort}/json`)).json();
  const target = targets.find((t) => (t.id ?? t.title ?? '').endsWith(':scenario-briefs'));
  if (!target) throw new Error(`no inspector target for the worker in ${JSON.stringify(targets.map((t) => t.id))}`);
  const cdp = devtools(target.webSocketDebuggerUrl);
  await cdp.open;

  const briefPath = `/v1/briefs/${SCENARIO}`;
  let n = 1;
  const request = args.path
    ? { path: args.path }
    : args.hit
      ? { path: briefPath }
      : { path: briefPath, setupRequest: (r) => ({ ...r, path: `${briefPath}?assume.${NUMBER_FACT}=${n++}` }) };
  const label =
    args.path ?? (args.hit ? `${briefPath} (cache hit)` : `${briefPath}?assume.${NUMBER_FACT}=<fresh> (miss)`);
  if (args.hit) {
    await (await fetch(`${server.url}${briefPath}`)).arrayBuffer();
    await new Promise((r) => setTimeout(r, 100));
  }
  const options = { url: server.url, connections: Number(args.connections), requests: [request] };
  await cannon({ ...options, duration: 1 });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const run = await cannon({ ...options, duration: Number(args.seconds) });
  const { result } = await cdp.send('Profiler.stop');
  cdp.close();
  if (args.out) await writeFile(args.out, JSON.stringify(result.profile));

  const { inclusive, self, total } = summarise(result.profile);
  const pct = (v) => `${((100 * v) / total).toFixed(1).padStart(5)}%`;
  console.log(
    `\n${label}: ${run.requests} requests, ${run.reqPerSec.toFixed(0)} req/s under the profiler, ` +
      `${(total / 1000).toFixed(0)} ms sampled, non-2xx ${run.non2xx}, errors ${run.errors}`,
  );
  console.log(`\ninclusive (function and its callees), top ${args.top}:`);
  for (const [k, v] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, Number(args.top)))
    console.log(`${pct(v)}  ${k}`);
  console.log(`\nself, top ${Math.min(15, Number(args.top))}:`);
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`${pct(v)}  ${k}`);

  const ruleSamples = [...inclusive].filter(([k]) => RULE_CODE.includes(k.split(':')[0]));
  const ruleTime = ruleSamples.reduce((m, [, v]) => Math.max(m, v), 0);
  console.log(
    `\nrule/brief code (${RULE_CODE.join(', ')}): ${ruleSamples.length === 0 ? 'no samples' : `${pct(ruleTime)} of samples (${ruleSamples.map(([k]) => k).join(', ')})`}`,
  );
  if (args.hit) {
    if (ruleSamples.length > 0 || run.requests === 0) {
      console.log('FAIL: rule code ran while serving cache hits');
      exitCode = 1;
    } else {
      console.log(`OK: ${run.requests} cache hits, no sample in rule code`);
    }
  }
} finally {
  await server.dispose();
}
process.exitCode = exitCode;
