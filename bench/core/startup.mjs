// Start-up: the time a fresh isolate spends importing the catalog module, which loads, validates
// and compiles the facts and scenarios and precomputes the current briefs. Each sample is a new
// Node process, so nothing is warm; the median of the samples is reported.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const PROBE = `
const t0 = performance.now();
await import(process.argv[1]);
process.stdout.write(String(performance.now() - t0));
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
    Number(execFileSync(process.execPath, ['--input-type=module', '-e', PROBE, file], { encoding: 'utf8' }));
  const median = (file) => {
    const times = Array.from({ length: samples }, () => sample(file)).sort((a, b) => a - b);
    return { median: times[Math.floor(times.length / 2)], min: times[0], max: times.at(-1) };
  };
  const floor = median(empty);
  const catalog = median(module);
  return {
    samples,
    medianMs: catalog.median - floor.median,
    rawMedianMs: catalog.median,
    floorMs: floor.median,
    minMs: catalog.min,
    maxMs: catalog.max,
  };
}
