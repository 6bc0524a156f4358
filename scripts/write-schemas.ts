// Writes scenarios/scenario.schema.json from the valibot scenario schema, for authors' editors.
// Run with `npm run schemas`; a test fails when the committed file is out of step.
import { writeFileSync } from 'node:fs';
import { scenarioJsonSchema } from '../src/rules/scenario-json-schema';

// Resolved from the working directory: the script runs bundled from elsewhere.
const file = new URL('scenarios/scenario.schema.json', `file://${process.cwd()}/`);
writeFileSync(file, `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
console.log(`wrote ${file.pathname}`);
