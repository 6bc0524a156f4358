// Start-up: the first brief in a fresh isolate, each sample a new Node process so nothing is warm;
// medians reported. In the order the worker pays them:
// - code: importing the worker's code (minified, one file, as it ships), less what an empty
//   module's import takes;
// - the app: building it and mounting the routes, as the worker entry does at import;
// - the first request, GET /v1/briefs/:id through the app (startup-first-brief.ts): reading the
//   checked content (its bytes already in memory: the Static Assets binding's own latency is not
//   Node's to measure), parsing and compiling it, what is stored (an empty stand-in for D1), the
//   brief, its JSON and ETag. Of that, the content's part is reported too.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const PROBE = `
const { readFileSync } = await import('node:fs');
const content = readFileSync(process.argv[2]);
// Node loads its fetch classes (undici) on first use; workerd's are built in.
new Response('').text();
const t0 = performance.now();
const probe = await import(process.argv[1]);
const load = performance.now() - t0;
const timed = probe.run ? await probe.run(content) : {};
process.stdout.write(JSON.stringify({ load, ...timed }));
`;

const CONTENT = new URL('../../assets/content.json', import.meta.url).pathname;

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
  const module = await bundle('./startup-first-brief.ts', 'startup-first-brief');
  // The floor: importing a module that does nothing, in the same kind of fresh process.
  const empty = `${cacheDir}/empty.mjs`;
  writeFileSync(empty, 'export {};\n');
  const sample = (file) =>
    JSON.parse(
      execFileSync(process.execPath, ['--input-type=module', '-e', PROBE, file, CONTENT], { encoding: 'utf8' }),
    );
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
  const code = stats(runs.map((r) => r.load - floor.median));
  const app = stats(runs.map((r) => r.appMs));
  const request = stats(runs.map((r) => r.requestMs));
  const content = stats(runs.map((r) => r.contentMs));
  const total = stats(runs.map((r) => r.load - floor.median + r.appMs + r.requestMs));
  return { samples, floorMs: floor.median, code, app, request, content, total };
}
