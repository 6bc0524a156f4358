// The JSON Schema of a scenario file, converted from the valibot schema so the two cannot differ.
// Used by the authoring script and its sync test, not by the worker at run time.
import { toJsonSchema } from '@valibot/to-json-schema';
import { ScenarioSchema } from './scenario-schema';

export function scenarioJsonSchema() {
  return {
    ...toJsonSchema(ScenarioSchema, { errorMode: 'ignore' }),
    $id: '/v1/schemas/scenario.json',
    title: 'Scenario',
    description:
      'A scenario of scenario-briefs: a question, a base rate and weighted indicators whose conditions read facts by id.',
  };
}
