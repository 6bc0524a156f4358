// Build step (Node, not part of the worker): checks every authored content file under scenarios/
// and writes src/catalog/checked-content.json, what the worker starts from (see
// src/catalog/checked-content.ts). A broken file exits 1 naming file and path. `npm run content`
// writes the file (only when its text changes); with --check (what wrangler's build step runs
// before dev and deploy) nothing is written, and it fails if the committed file is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { importBundle } from './import-bundle.mjs';

let checked;
try {
  // node:crypto (the content's version) is Node's own; the source texts load as strings, as the
  // worker's Text module rule (wrangler.toml) loads them.
  const { checkContent } = await importBundle('src/catalog/checked-content.ts', {
    platform: 'node',
    loader: { '.txt': 'text' },
  });
  const { FACT_FILES, SCENARIO_FILES } = await importBundle('src/catalog/content-files.ts', {
    loader: { '.txt': 'text' },
  });
  checked = checkContent(FACT_FILES, SCENARIO_FILES);
} catch (error) {
  // A ContentError's message names the file and every problem's path.
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
const file = new URL('../catalog/checked-content.json', import.meta.url);
const text = `${JSON.stringify(checked, null, 2)}\n`;
let before;
try {
  before = readFileSync(file, 'utf8');
} catch {}
if (before === text) {
  console.log(`${file.pathname} is up to date`);
} else if (process.argv.includes('--check')) {
  console.error(`${file.pathname} is out of date with scenarios/ or the code that checks it: run \`npm run content\``);
  process.exit(1);
} else {
  writeFileSync(file, text);
  console.log(`wrote ${file.pathname}`);
}
