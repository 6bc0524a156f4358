// Start-up, each sample a new Node process so nothing is warm; medians reported:
// - importing the catalog module: reading and compiling its code and the checked content, running
//   every module's top level, then loading the content and compiling the scenarios; an empty
//   module's import is subtracted;
// - of that, loading the content and compiling the scenarios alone (startup-build.ts);
// - then the first brief: briefs are computed on first use, not at start-up, so this is what the
//   first brief request of a new isolate adds.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const PROBE = `
const t0 = performance.now();
const { catalog, buildMs } = await import(process.argv[1]);
const t1 = performance.now();
catalog?.current.brief('csto-non-response');
process.stdout.write(JSON.stringify({ load: t1 - t0, buildMs, firstBrief: performance.now() - t1 }));
`;

export async function measureStartup({ samples, cacheDir }) {
  // One minified file with every dependency inside, as the worker ships it: importing it costs
  // parsing it and running its top level, not Node resolving packages on disk.
  const bundle = async (entry, name) => {
    const outfile = `${cacheDir}/${name}.mjs`;
    await build({
      entryPoints: [new URL(entry, import.meta.url).pathname],
      outfile,
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'node',
      loader: { '.txt': 'text' },
      logLevel: 'warning',
    });
    return outfile;
  };
  const module = await bundle('../../src/catalog/catalog.ts', 'catalog');
  const timedBuild = await bundle('./startup-build.ts', 'startup-build');
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
  const builds = [];
  for (let i = 0; i < samples; i++) {
    floorLoads.push(sample(empty).load);
    runs.push(sample(module));
    builds.push(sample(timedBuild).buildMs);
  }
  const floor = stats(floorLoads);
  const load = stats(runs.map((r) => r.load));
  const firstBrief = stats(runs.map((r) => r.firstBrief));
  const scenarios = stats(builds);
  return {
    samples,
    medianMs: load.median - floor.median,
    rawMedianMs: load.median,
    floorMs: floor.median,
    minMs: load.min,
    maxMs: load.max,
    firstBriefMs: firstBrief.median,
    buildMs: scenarios.median,
    buildMinMs: scenarios.min,
    buildMaxMs: scenarios.max,
  };
}
