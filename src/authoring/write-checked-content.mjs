// Build step (Node, not part of the worker): checks every authored content file under scenarios/
// and writes src/catalog/checked-content.json, what the worker starts from (see
// src/catalog/checked-content.ts). A broken file exits 1 naming file and path. Run by
// `npm run content`, and by wrangler before every dev and deploy ([build] in wrangler.toml).
// Writes only when the output changes, so a watching `wrangler dev` is not woken for nothing.
import { readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const root = new URL('../../', import.meta.url);
const entry = `
import { checkContent } from './src/catalog/checked-content';
import { FACT_FILES, SCENARIO_FILES } from './src/catalog/content-files';
export const checked = checkContent(FACT_FILES, SCENARIO_FILES);
`;
const bundle = await build({
  stdin: { contents: entry, resolveDir: root.pathname, loader: 'ts' },
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'neutral',
  loader: { '.txt': 'text' },
  logLevel: 'warning',
});
const code = bundle.outputFiles[0].text;
let checked;
try {
  ({ checked } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`));
} catch (error) {
  // A ContentError's message names the file and every problem's path.
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
const file = new URL('src/catalog/checked-content.json', root);
const text = `${JSON.stringify(checked, null, 2)}\n`;
let before;
try {
  before = readFileSync(file, 'utf8');
} catch {}
if (before === text) {
  console.log(`${file.pathname} is up to date`);
} else {
  writeFileSync(file, text);
  console.log(`wrote ${file.pathname}`);
}
