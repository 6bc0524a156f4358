// Authoring aid (Node, not part of the worker): writes scenarios/scenario.schema.json and
// scenarios/sets/set.schema.json, the JSON Schemas scenario and set files name in "$schema", from the
// valibot schemas the service validates with.
// Run `npm run schemas` after changing src/rules/scenario-schema.ts or src/sets/set-schema.ts; a
// test fails until you do.
import { writeFileSync } from 'node:fs';
import { importBundle } from './import-bundle.mjs';

const { publishedSchema } = await importBundle('src/http/contract/json-schemas.ts');
for (const [name, path] of [
  ['scenario', 'scenario.schema.json'],
  ['set', 'sets/set.schema.json'],
]) {
  const file = new URL(`../../scenarios/${path}`, import.meta.url);
  writeFileSync(file, `${JSON.stringify(publishedSchema(name), null, 2)}\n`);
  console.log(`wrote ${file.pathname}`);
}
