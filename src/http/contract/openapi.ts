// Builds the OpenAPI 3.1 document from the route table and the valibot schemas, at build time
// (`npm run contract`; the worker serves the file it writes). Nothing in it is written by hand
// but prose: schemas, parameters and problem types all come from the code that validates
// requests and shapes responses.
import * as v from 'valibot';
import { contentHash } from '../../catalog/content-hash';
import { describeCachePolicy } from '../cache/cache-policy';
import { PROBLEM_TYPES, type ProblemType, problemTypeUri } from '../problem';
import { type JsonSchema, PUBLISHED_SCHEMAS, type SchemaName, schemaUrl, toJson } from './json-schemas';
import { responseSchema } from './response-schemas';
import { ROUTE_CONTRACTS, type RouteContract } from './routes';

const ProblemSchema = v.object({
  type: v.pipe(v.string(), v.description('Stable URI reference of the problem type; GET it for its meaning.')),
  title: v.string(),
  status: v.number(),
  detail: v.string(),
  instance: v.optional(v.pipe(v.string(), v.description('The path of the request that failed.'))),
  issues: v.optional(
    v.pipe(
      v.array(v.object({ parameter: v.string(), message: v.string() })),
      v.description('invalid-query only: every invalid parameter and what is wrong with it.'),
    ),
  ),
  allow: v.optional(v.array(v.string())),
});

/**
 * Moves a converted schema's `$defs` into components (their refs must resolve from the document
 * root in OpenAPI) and returns the schema without them.
 */
function hoist(schema: JsonSchema, prefix: string, components: Record<string, JsonSchema>): JsonSchema {
  const { $schema: _dialect, $defs, ...rest } = schema as JsonSchema & { $defs?: Record<string, JsonSchema> };
  const rename = (key: string) => `${prefix}Def${key}`;
  const rewrite = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(rewrite);
    if (node && typeof node === 'object') {
      return Object.fromEntries(
        Object.entries(node).map(([k, val]) =>
          k === '$ref' && typeof val === 'string' && val.startsWith('#/$defs/')
            ? [k, `#/components/schemas/${rename(val.slice('#/$defs/'.length))}`]
            : [k, rewrite(val)],
        ),
      );
    }
    return node;
  };
  for (const [key, def] of Object.entries($defs ?? {})) components[rename(key)] = rewrite(def) as JsonSchema;
  return rewrite(rest) as JsonSchema;
}

const CACHE_HEADERS = {
  ETag: {
    description: 'Strong validator: a hash of the body. Send it back in If-None-Match for a 304.',
    schema: { type: 'string' },
  },
  'Cache-Control': {
    description: 'Lifetime chosen per route (see the route description).',
    schema: { type: 'string' },
  },
  'Cache-Status': {
    description:
      'RFC 9211: `scenario-briefs; hit`; `scenario-briefs; fwd=uri-miss; stored` when computed; ' +
      '`scenario-briefs; fwd=bypass; detail=cache-unavailable` when the edge cache could not be used.',
    schema: { type: 'string' },
  },
};

/** Component name → published schema name. */
const PUBLISHED_AS: Record<string, SchemaName> = { Brief: 'brief', Fact: 'fact' };

function problemResponse(kind: ProblemType) {
  return { $ref: `#/components/responses/${kind}` };
}

function operation(route: RouteContract, components: Record<string, JsonSchema>) {
  const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
  const schema = responseSchema(route);
  const content = schema
    ? { [route.response.mediaType]: { schema: ref(route.response.name) } }
    : { [route.response.mediaType]: {} };
  if (schema && !components[route.response.name]) {
    components[route.response.name] = hoist(toJson(schema), route.response.name, components);
  }
  const problems = Object.fromEntries(
    // Any route can answer these: a wrong method, a URL past the limit, an error of ours.
    [...route.problems, 'method-not-allowed' as const, 'uri-too-long' as const, 'internal-error' as const].map(
      (kind) => [String(PROBLEM_TYPES[kind].status), problemResponse(kind)],
    ),
  );
  if (route.requestBody && !components[route.requestBody.name]) {
    components[route.requestBody.name] = hoist(toJson(route.requestBody.schema), route.requestBody.name, components);
  }
  const status = String(route.status ?? 200);
  return {
    operationId: route.operationId,
    summary: route.summary,
    ...(route.authenticated ? { security: [{ analystToken: [] }] } : {}),
    ...(route.requestBody
      ? {
          requestBody: {
            required: true,
            description: route.requestBody.description,
            content: { [route.requestBody.mediaType ?? 'application/json']: { schema: ref(route.requestBody.name) } },
          },
        }
      : {}),
    description: [route.description, describeCachePolicy(route.cache)].filter(Boolean).join('\n\n'),
    tags: [route.tag],
    parameters: route.parameters.map((p) => ({
      name: p.name,
      in: p.in,
      required: p.required ?? false,
      description: p.description,
      ...(p.style ? { style: p.style, explode: p.explode ?? false } : {}),
      schema: hoist(toJson(p.schema), `${route.operationId}_${p.name}`, components),
    })),
    responses:
      route.method && route.method !== 'get'
        ? { [status]: { description: route.response.description, content }, ...problems }
        : {
            [status]: { description: route.response.description, headers: CACHE_HEADERS, content },
            '304': { description: 'Not modified: the If-None-Match header matched the ETag.', headers: CACHE_HEADERS },
            ...problems,
          },
  };
}

/** HEAD answers like GET, statuses and headers alike, without a body. */
function headOperation(route: RouteContract, get: ReturnType<typeof operation>) {
  const responses = Object.fromEntries(
    Object.entries(get.responses).map(([status, response]) => {
      if ('$ref' in response) return [status, { description: `As GET (${status}), without a body.` }];
      const { content: _content, ...rest } = response as { content?: unknown };
      return [status, rest];
    }),
  );
  return {
    operationId: `${route.operationId}Head`,
    summary: `Headers of GET ${route.path}, without a body`,
    tags: [route.tag],
    parameters: get.parameters,
    responses,
  };
}

/**
 * The document, versioned by a hash of itself: it changes exactly when the contract does. (The
 * rules version is not the contract's: it changes with every scenario edit, and each brief
 * carries it already.)
 */
export function buildOpenApi(): Record<string, unknown> {
  const unversioned = openApiDocument('');
  return openApiDocument(contentHash(unversioned));
}

function openApiDocument(version: string): Record<string, unknown> {
  const schemas: Record<string, JsonSchema> = {};
  const paths: Record<string, unknown> = {};
  for (const route of ROUTE_CONTRACTS) {
    const get = operation(route, schemas);
    const item = (paths[route.path] ?? {}) as Record<string, unknown>;
    const method = route.method ?? 'get';
    item[method] = get;
    if (method === 'get') item.head = headOperation(route, get);
    paths[route.path] = item;
  }
  schemas.Problem = hoist(toJson(ProblemSchema), 'Problem', schemas);
  // The response documents that are also published as standalone JSON Schemas point to them.
  for (const [component, name] of Object.entries(PUBLISHED_AS)) {
    const schema = schemas[component];
    if (schema) schema.externalDocs = { description: 'Published JSON Schema', url: schemaUrl(name) };
  }
  const responses = Object.fromEntries(
    (Object.keys(PROBLEM_TYPES) as ProblemType[]).map((kind) => [
      kind,
      {
        description: `${PROBLEM_TYPES[kind].title} (type \`${problemTypeUri(kind)}\`).`,
        ...(kind === 'method-not-allowed' ? { headers: { Allow: { schema: { type: 'string' } } } } : {}),
        content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
      },
    ]),
  );
  return {
    openapi: '3.1.0',
    info: {
      title: 'scenario-briefs',
      version,
      description:
        'Rule-based scenario briefs computed from typed facts of a news analysis; every statement cites a verbatim quote of its source. ' +
        `JSON Schemas: ${(Object.keys(PUBLISHED_SCHEMAS) as SchemaName[]).map(schemaUrl).join(', ')}. ` +
        'Every route answers any origin (CORS `*`, preflight handled), HEAD like GET, and If-None-Match with 304.',
    },
    servers: [{ url: '/' }],
    tags: ['Briefs', 'Scenarios', 'Sets', 'Facts', 'Sources', 'Observations', 'Digest', 'Pages', 'Service'].map(
      (name) => ({
        name,
      }),
    ),
    paths,
    components: {
      schemas,
      responses,
      securitySchemes: {
        analystToken: {
          type: 'http',
          scheme: 'bearer',
          description:
            'An analyst’s own token (npm run analyst -- add <name>), which names them in the record; or the ADMIN_TOKEN secret, the bootstrap, which writes as "admin". Writes only.',
        },
      },
    },
  };
}
