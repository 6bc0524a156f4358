// `npm run bench`: every figure issue #7 asks for, in one run, with the budgets beside them.
//   1. rules in-process (bench/core/main.ts): ours vs json-rules-engine vs a generated floor, whole
//      brief, digest, catalog build;
//   2. HTTP against the deploy bundle in workerd (bench/http-main.mjs);
//   3. sizes (wrangler deploy --dry-run), widget gzip, the largest brief JSON;
//   4. start-up: importing the catalog module in fresh processes, then its first brief.
// `--quick` is a smoke run (CI): short measurements, same checks. A script, not a test: it fails
// only when the comparison cannot be made honestly (the versions disagree) or the worker fails.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { bundleForNode } from './core/build.mjs';
import { measureStartup } from './core/startup.mjs';
import { measureSizes } from './sizes.mjs';

const quick = process.argv.includes('--quick');
const skipHttp = process.argv.includes('--no-http');
const root = new URL('../', import.meta.url).pathname;
const cacheDir = `${root}node_modules/.cache/bench`;
mkdirSync(cacheDir, { recursive: true });

const heading = (text) => console.log(`\n== ${text} ==\n`);
const pass = (ok) => (ok ? 'within budget' : 'OVER BUDGET');

heading(`scenario-briefs bench ${quick ? '(quick smoke run)' : ''} on ${process.version}, ${new Date().toISOString()}`);

heading('1. Rule evaluation in-process');
const core = await bundleForNode(`${root}bench/core/main.ts`, `${cacheDir}/core.mjs`);
const coreOut = `${cacheDir}/core.json`;
execFileSync(process.execPath, ['--expose-gc', core, ...(quick ? ['--quick'] : []), `--out=${coreOut}`], {
  stdio: 'inherit',
});
const rules = JSON.parse(readFileSync(coreOut, 'utf8'));

if (!skipHttp) {
  heading('2. HTTP against the deploy bundle in workerd (Miniflare, direct sockets)');
  execFileSync(process.execPath, [`${root}bench/http-main.mjs`, ...(quick ? ['--quick'] : [])], { stdio: 'inherit' });
}

heading('3. Sizes');
const sizes = measureSizes({ outdir: `${cacheDir}/dist` });
const kib = (n) => `${n.toFixed(1)} KiB`;
console.log(
  `Worker upload (wrangler deploy --dry-run): ${kib(sizes.uploadKiB)}, gzip ${kib(sizes.uploadGzipKiB)} (budget ≤ 45 KiB gzip: ${pass(sizes.uploadGzipKiB <= 45)})`,
);
console.log(`  main module: ${kib(sizes.mainModuleKiB)}, gzip ${kib(sizes.mainModuleGzipKiB)}`);
console.log(
  `widget.js: ${kib(sizes.widgetKiB)}, gzip ${kib(sizes.widgetGzipKiB)} (budget ≤ 5 KiB gzip: ${pass(sizes.widgetGzipKiB <= 5)})`,
);
console.log(`Largest brief JSON: ${kib(rules.largestBrief.bytes / 1024)} (${rules.largestBrief.what})`);

heading('4. Start-up');
const startup = await measureStartup({ samples: quick ? 3 : 15, cacheDir });
console.log(
  `Loading the checked content and compiling the scenarios, in a fresh process: median ${startup.buildMs.toFixed(1)} ms ` +
    `over ${startup.samples} processes (min ${startup.buildMinMs.toFixed(1)}, max ${startup.buildMaxMs.toFixed(1)}); budget < 5 ms: ${pass(startup.buildMs < 5)}`,
);
console.log(
  `Importing the whole catalog module (V8 reading and compiling its code and content, every module's top level, then the above): ` +
    `median ${startup.medianMs.toFixed(1)} ms, after subtracting the ${startup.floorMs.toFixed(1)} ms an empty module takes ` +
    `(raw median ${startup.rawMedianMs.toFixed(1)}, min ${startup.minMs.toFixed(1)}, max ${startup.maxMs.toFixed(1)})`,
);
console.log(
  `Then the first brief in that fresh process (computed on first use, not at start-up): median ${startup.firstBriefMs.toFixed(1)} ms`,
);

heading('Budgets');
const budgets = [
  [
    'indicator evaluation ≥ 100× json-rules-engine (worst scenario)',
    `${rules.worst.indicators.toFixed(0)}× (statuses; ${rules.worst.explained.toFixed(0)}× with reasons)`,
    rules.worst.indicators >= 100,
  ],
  ['whole brief ≥ 50× json-rules-engine (worst scenario)', `${rules.worst.brief.toFixed(1)}×`, rules.worst.brief >= 50],
  ['whole digest < 1 ms', `${(rules.digest / 1000).toFixed(3)} ms`, rules.digest < 1000],
  ['worker bundle ≤ 45 KiB gzip', kib(sizes.uploadGzipKiB), sizes.uploadGzipKiB <= 45],
  ['widget ≤ 5 KiB gzip', kib(sizes.widgetGzipKiB), sizes.widgetGzipKiB <= 5],
  [
    'module start-up < 5 ms: loading and compiling the scenarios',
    `${startup.buildMs.toFixed(1)} ms`,
    startup.buildMs < 5,
  ],
  [
    'module start-up < 5 ms: importing the whole catalog module',
    `${startup.medianMs.toFixed(1)} ms`,
    startup.medianMs < 5,
  ],
];
console.table(budgets.map(([budget, measured, ok]) => ({ budget, measured, verdict: pass(ok) })));
console.log('(HTTP budgets are reported in section 2.)');
