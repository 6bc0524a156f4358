// JSON Schemas converted from the valibot schemas that shape the API's documents, published at
// stable URLs (/v1/schemas/<name>.json) and embedded in the OpenAPI document. Converted at build
// time (`npm run contract` writes the published files, `npm run schemas` the scenario file's),
// never in the worker.
import { toJsonSchema } from '@valibot/to-json-schema';
import type * as v from 'valibot';
import { BriefSchema } from '../../brief/brief-schema';
import { FactResourceSchema } from '../../render/resource-schemas';
import { ScenarioSchema } from '../../rules/scenario-schema';
import { SetSchema } from '../../sets/set-schema';

export type JsonSchema = Record<string, unknown>;

/** The published schemas, by the name in their URL. */
export const PUBLISHED_SCHEMAS = {
  brief: { schema: BriefSchema, title: 'Brief', description: 'A scenario brief, as GET /v1/briefs/{id} serves it.' },
  fact: {
    schema: FactResourceSchema,
    title: 'Fact',
    description: 'A fact with its citations, as GET /v1/facts/{id} serves it.',
  },
  scenario: {
    schema: ScenarioSchema,
    title: 'Scenario',
    description:
      'A scenario file of scenario-briefs: a question, a base rate and weighted indicators whose conditions read facts by id.',
  },
  set: {
    schema: SetSchema,
    title: 'Question set',
    description:
      'A question-set file of scenario-briefs: one question with mutually exclusive, exhaustive hypotheses, each with a prior, weighted indicators and the development that settles it.',
  },
} as const;

export type SchemaName = keyof typeof PUBLISHED_SCHEMAS;

/** The path a published schema is served at, also its `$id`. */
export function schemaUrl(name: SchemaName): string {
  return `/v1/schemas/${name}.json`;
}

/**
 * A valibot schema as JSON Schema 2020-12. Checks that JSON Schema cannot express (a real
 * calendar date, unique indicator ids) are left out; the service still enforces them.
 */
export function toJson(schema: v.GenericSchema): JsonSchema {
  return toJsonSchema(schema, { target: 'draft-2020-12', errorMode: 'ignore' }) as JsonSchema;
}

const cache = new Map<SchemaName, JsonSchema>();

/** The published JSON Schema, with its `$id`, title and description; converted once. */
export function publishedSchema(name: SchemaName): JsonSchema {
  let schema = cache.get(name);
  if (!schema) {
    const { schema: source, title, description } = PUBLISHED_SCHEMAS[name];
    schema = { ...toJson(source as v.GenericSchema), $id: schemaUrl(name), title, description };
    cache.set(name, schema);
  }
  return schema;
}
