// Build step (Node, not part of the worker): writes assets/, the files the worker serves from
// Workers Static Assets (wrangler.toml [assets]): the OpenAPI document, the /docs page, the
// published JSON Schemas, the widget and embed scripts and the stylesheet. They depend on the
// code (and the /docs page's worked example on the checked content), so they are generated once
// here instead of in every isolate, and the generator (OpenAPI and JSON Schema conversion, the
// docs page) stays out of the worker bundle.
// Run `npm run contract` after changing any of that code; a test, and the build step, fail until
// you do.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { importBundle } from './import-bundle.mjs';

const { staticFiles } = await importBundle('src/http/contract/static-files.tsx', {
  // node:crypto (content hashes) is Node's own; everything else is bundled into the one module.
  platform: 'node',
  // As the worker's Text module rule (wrangler.toml) imports them: the scripts as strings.
  loader: { '.browser.js': 'text', '.txt': 'text' },
});

// The directory holds generated files only: a file no longer generated goes, but the checked
// content, which `npm run content` writes there (src/catalog/content-asset.ts). A file whose text
// is unchanged is not touched. With --check (what wrangler's build step runs before dev and
// deploy) nothing is written: it fails, naming the files, if any is out of date.
const check = process.argv.includes('--check');
const assets = new URL('../../assets/', import.meta.url).pathname;
const files = staticFiles();
const { CONTENT_ASSET_PATH } = await importBundle('src/catalog/content-asset.ts');
const wanted = new Set([...files.map(({ file }) => file), CONTENT_ASSET_PATH].map((file) => join(assets, file)));
const extra = (existsSync(assets) ? readdirSync(assets, { recursive: true }) : [])
  .map((entry) => join(assets, entry))
  .filter((path) => statSync(path).isFile() && !wanted.has(path));
const stale = files.filter(({ file, text }) => {
  const target = join(assets, file);
  return !existsSync(target) || readFileSync(target, 'utf8') !== text;
});
if (check) {
  const wrong = [...stale.map(({ file }) => `assets${file}`), ...extra.map((path) => `${path} (not generated)`)];
  if (wrong.length > 0) {
    console.error(`out of date with the code that generates them: ${wrong.join(', ')}; run \`npm run contract\``);
    process.exit(1);
  }
} else {
  for (const path of extra) rmSync(path);
  for (const { file, text } of stale) {
    const target = join(assets, file);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  console.log(`${assets}: ${stale.length} of ${files.length} files written, the rest unchanged`);
}
