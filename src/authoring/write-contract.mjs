// Build step (Node, not part of the worker): writes assets/, the files the worker serves from
// Workers Static Assets (wrangler.toml [assets]): the OpenAPI document, the /docs page, the
// published JSON Schemas, the widget and embed scripts and the stylesheet. They depend on the
// code alone, so they are generated once here instead of in every isolate, and the generator
// (OpenAPI and JSON Schema conversion, the docs page) stays out of the worker bundle.
// Run `npm run contract` after changing any of that code; a test fails until you do.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { importBundle } from './import-bundle.mjs';

const { staticFiles } = await importBundle('src/http/contract/static-files.tsx', {
  // node:crypto (content hashes) is Node's own; everything else is bundled into the one module.
  platform: 'node',
  // As the worker's Text module rule (wrangler.toml) imports them: the scripts as strings.
  loader: { '.browser.js': 'text' },
});

// The directory holds generated files only: a file no longer generated goes. A file whose text
// is unchanged is not touched, so a run during a test run or `wrangler dev` (a build command that
// chains this script) never leaves a moment without it.
const assets = new URL('../../assets/', import.meta.url).pathname;
const files = staticFiles();
const wanted = new Set(files.map(({ file }) => join(assets, file)));
for (const entry of existsSync(assets) ? readdirSync(assets, { recursive: true }) : []) {
  const path = join(assets, entry);
  if (statSync(path).isFile() && !wanted.has(path)) rmSync(path);
}
let written = 0;
for (const { file, text } of files) {
  const target = join(assets, file);
  if (existsSync(target) && readFileSync(target, 'utf8') === text) continue;
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
  written++;
}
console.log(`${assets}: ${written} of ${files.length} files written, the rest unchanged`);
