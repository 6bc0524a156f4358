// GET /v1/schemas/scenario.json — the JSON Schema scenario authors write against. The file is
// generated from the valibot schema (`npm run schemas`) and a test keeps it in step.
import { Hono } from 'hono';
import scenarioSchema from '../../../scenarios/scenario.schema.json';

export function schemaRoutes() {
  return new Hono().get('/v1/schemas/scenario.json', (c) =>
    c.body(JSON.stringify(scenarioSchema), 200, { 'Content-Type': 'application/schema+json' }),
  );
}
