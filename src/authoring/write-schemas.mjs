// Authoring aid (Node, not part of the worker): writes scenarios/scenario.schema.json, the JSON
// Schema scenario files name in "$schema", from the valibot schema the service validates with.
// Run `npm run schemas` after changing src/rules/scenario-schema.ts; a test fails until you do.
import { writeFileSync } from 'node:fs';
import { importBundle } from './import-bundle.mjs';

const { publishedSchema } = await importBundle('src/http/contract/json-schemas.ts');
const file = new URL('../../scenarios/scenario.schema.json', import.meta.url);
writeFileSync(file, `${JSON.stringify(publishedSchema('scenario'), null, 2)}\n`);
console.log(`wrote ${file.pathname}`);
