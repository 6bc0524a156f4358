// `npm run bench`: every figure the budgets are read from, in one run, with the budgets beside them.
//   1. rules in-process (bench/core/main.ts): ours vs json-rules-engine vs a generated floor, whole
//      brief, digest, catalog build;
//   2. HTTP against the deploy bundle in workerd (bench/http-main.mjs);
//   3. sizes (wrangler deploy --dry-run), widget gzip, the largest brief JSON;
//   4. start-up: the first brief in a fresh isolate (code, content, brief) in fresh processes.
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
const pass = (ok) => (ok ? 'met' : 'MISSED');

heading(`scenario-briefs bench ${quick ? '(quick smoke run)' : ''} on ${process.version}, ${new Date().toISOString()}`);

heading('1. Rule evaluation in-process');
const core = await bundleForNode(`${root}bench/core/main.ts`, `${cacheDir}/core.mjs`);
const coreOut = `${cacheDir}/core.json`;
execFileSync(process.execPath, ['--expose-gc', core, ...(quick ? ['--quick'] : []), `--out=${coreOut}`], {
  stdio: 'inherit',
});
const rules = JSON.parse(readFileSync(coreOut, 'utf8'));

let httpBudgets = [];
if (!skipHttp) {
  heading('2. HTTP against the deploy bundle in workerd (Miniflare, direct sockets)');
  const httpOut = `${cacheDir}/http.json`;
  execFileSync(process.execPath, [`${root}bench/http-main.mjs`, ...(quick ? ['--quick'] : []), '--json', httpOut], {
    stdio: 'inherit',
  });
  httpBudgets = JSON.parse(readFileSync(httpOut, 'utf8')).http?.budgets ?? [];
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
const ms = ({ median, min, max }) => `${median.toFixed(1)} ms (min ${min.toFixed(1)}, max ${max.toFixed(1)})`;
console.log(`The first brief in a fresh isolate, over ${startup.samples} fresh processes (medians):`);
console.log(
  `  code: importing the worker's code, less an empty module's ${startup.floorMs.toFixed(1)} ms: ${ms(startup.code)}`,
);
console.log(`  the app: building it and mounting the routes: ${ms(startup.app)}`);
console.log(`  the first request, GET /v1/briefs/csto-non-response through the app: ${ms(startup.request)}`);
console.log(`    of which reading, parsing and compiling the checked content: ${ms(startup.content)}`);
console.log(`  in all: ${ms(startup.total)}; budget < 5 ms: ${pass(startup.total.median < 5)}`);

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
  ['first brief in a fresh isolate < 5 ms', `${startup.total.median.toFixed(1)} ms`, startup.total.median < 5],
];
// The HTTP throughput budgets, each a ratio to a floor measured side by side in section 2.
for (const b of httpBudgets.filter((b) => !b.informative)) {
  budgets.push([`${b.name} ≥ ${b.budget}×`, `${b.value.toFixed(2)}×`, b.pass]);
}
console.table(budgets.map(([budget, measured, ok]) => ({ budget, measured, verdict: pass(ok) })));
