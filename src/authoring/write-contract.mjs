// Build step (Node, not part of the worker): writes assets/, the files the worker serves from
// Workers Static Assets (wrangler.toml [assets]): the OpenAPI document, the /docs page, the
// published JSON Schemas, the widget and embed scripts and the stylesheet. They depend on the
// code alone, so they are generated once here instead of in every isolate, and the generator
// (OpenAPI and JSON Schema conversion, the docs page) stays out of the worker bundle.
// Run `npm run contract` after changing any of that code; a test fails until you do.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { importBundle } from './import-bundle.mjs';

const { staticFiles } = await importBundle('src/http/contract/static-files.tsx', {
  // node:crypto (content hashes) is Node's own; everything else is bundled into the one module.
  platform: 'node',
  // As the worker's Text module rule (wrangler.toml) imports them: the scripts as strings.
  loader: { '.browser.js': 'text' },
});

// The directory holds generated files only: rewritten whole, so a file no longer served goes.
const assets = new URL('../../assets/', import.meta.url);
rmSync(assets, { recursive: true, force: true });
const files = staticFiles();
for (const { file, text } of files) {
  const target = new URL(`.${file}`, assets).pathname;
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
}
console.log(`wrote ${files.length} files under ${assets.pathname}`);
