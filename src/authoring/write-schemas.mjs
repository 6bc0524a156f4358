// Authoring aid (Node, not part of the worker): writes scenarios/scenario.schema.json, the JSON
// Schema scenario files name in "$schema", from the valibot schema the service validates with.
// Run `npm run schemas` after changing src/rules/scenario-schema.ts; a test fails until you do.
import { writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const root = new URL('../../', import.meta.url);
const bundle = await build({
  entryPoints: [new URL('src/http/contract/json-schemas.ts', root).pathname],
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'neutral',
  logLevel: 'warning',
});
const code = bundle.outputFiles[0].text;
const { publishedSchema } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
const file = new URL('scenarios/scenario.schema.json', root);
writeFileSync(file, `${JSON.stringify(publishedSchema('scenario'), null, 2)}\n`);
console.log(`wrote ${file.pathname}`);
