// Start-up: the time a fresh isolate spends importing the catalog module, which loads the checked
// content and compiles the facts and scenarios. Briefs are computed on first use, not at start-up,
// so the probe also times the first brief a fresh process computes: what the first brief request
// of a new isolate adds. Each sample is a new Node process, so nothing is warm; medians reported.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const PROBE = `
const t0 = performance.now();
const { catalog } = await import(process.argv[1]);
const t1 = performance.now();
catalog?.current.brief('csto-non-response');
process.stdout.write(JSON.stringify({ load: t1 - t0, firstBrief: performance.now() - t1 }));
`;

export async function measureStartup({ samples, cacheDir }) {
  // One minified file with every dependency inside, as the worker ships it: importing it costs
  // parsing it and running its top level, not Node resolving packages on disk.
  const module = `${cacheDir}/catalog.mjs`;
  await build({
    entryPoints: [new URL('../../src/catalog/catalog.ts', import.meta.url).pathname],
    outfile: module,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'node',
    loader: { '.txt': 'text' },
    logLevel: 'warning',
  });
  // The floor: importing a module that does nothing, in the same kind of fresh process.
  const empty = `${cacheDir}/empty.mjs`;
  writeFileSync(empty, 'export {};\n');
  const sample = (file) =>
    JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', PROBE, file], { encoding: 'utf8' }));
  const stats = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    return { median: sorted[Math.floor(sorted.length / 2)], min: sorted[0], max: sorted.at(-1) };
  };
  // Interleaved, so a burst of load on a shared machine hits both alike.
  const floorLoads = [];
  const runs = [];
  for (let i = 0; i < samples; i++) {
    floorLoads.push(sample(empty).load);
    runs.push(sample(module));
  }
  const floor = stats(floorLoads);
  const load = stats(runs.map((r) => r.load));
  const firstBrief = stats(runs.map((r) => r.firstBrief));
  return {
    samples,
    medianMs: load.median - floor.median,
    rawMedianMs: load.median,
    floorMs: floor.median,
    minMs: load.min,
    maxMs: load.max,
    firstBriefMs: firstBrief.median,
  };
}
