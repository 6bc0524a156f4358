// The route table: every route once, with what it takes and returns, which problems it can answer
// with, and how long its answer may be cached. The app mounts its handlers from this table (by
// operationId, http/mount-routes.ts), and each handler reads its path, query parameters and cache
// policy from its entry; the OpenAPI document and the /docs page are generated from it, with the
// response shapes it names (contract/response-schemas.ts).
import * as v from 'valibot';
import { MAX_ASSUMED_VALUE_LENGTH } from '../../facts/assumed-value';
import { ObservationRequestSchema } from '../../facts/observation';
import { SourceInputSchema } from '../../facts/registered-source';
import { FactId } from '../../facts/schema';
import { ScenarioSchema } from '../../rules/scenario-schema';
import { SetSchema } from '../../sets/set-schema';
import type { RouteCaching } from '../cache/cache-policy';
import {
  EmbeddedUrlSchema,
  FormatSchema,
  MaxHeightSchema,
  MaxWidthSchema,
  ThemeSchema,
  ViewSchema,
} from '../embed-query';
import { PROBLEM_TYPES, type ProblemType } from '../problem';
import {
  ActorSchema,
  ASSUME_NAME,
  ASSUME_PREFIX,
  AsOfSchema,
  CursorSchema,
  LimitSchema,
  MAX_ASSUMPTIONS,
  ReasonSchema,
  SinceSchema,
  TagSchema,
} from '../query';

export interface ParameterContract {
  name: string;
  in: 'path' | 'query';
  description: string;
  schema: v.GenericSchema;
  required?: boolean;
  /** OpenAPI serialisation; `form` + `explode` spreads an object's properties as parameters. */
  style?: 'form';
  explode?: boolean;
}

export interface RouteContract {
  /** OpenAPI path template, e.g. `/v1/briefs/{id}`. */
  path: string;
  /** The method; `get` if absent (and a GET route answers HEAD too). */
  method?: 'get' | 'post' | 'put' | 'delete';
  /** The JSON body a write takes. */
  /** The body a write takes: JSON, or (`mediaType`) NDJSON whose every line `schema` describes. */
  requestBody?: { name: string; schema: v.GenericSchema; description: string; mediaType?: string };
  /** Writes that need an analyst's token (or the admin token). */
  authenticated?: boolean;
  /** The success status, if not 200. */
  status?: number;
  operationId: string;
  summary: string;
  description?: string;
  tag: 'Briefs' | 'Scenarios' | 'Sets' | 'Facts' | 'Sources' | 'Observations' | 'Digest' | 'Pages' | 'Service';
  parameters: readonly ParameterContract[];
  /** The response; a JSON one's shape is RESPONSE_SCHEMAS[name] (contract/response-schemas.ts). */
  response: { name: string; mediaType: string; description: string };
  problems: readonly ProblemType[];
  /** The Cache-Control policy of its answers. */
  cache: RouteCaching;
  /**
   * Its answer depends on the deployed code alone, never on the content or what is stored: it is
   * answered without reading them (so also when they cannot be read), and cached by code version.
   */
  codeOnly?: true;
}

const id = (what: string): ParameterContract => ({
  name: 'id',
  in: 'path',
  required: true,
  description: `The ${what} id.`,
  schema: v.string(),
});
const asOf: ParameterContract = {
  name: 'asOf',
  in: 'query',
  description: 'Brief date, YYYY-MM-DD.',
  schema: AsOfSchema,
};

/** `assume.<factId>=<value>`: an object whose property names are the parameter names. */
const assume: ParameterContract = {
  name: 'assume',
  in: 'query',
  style: 'form',
  explode: true,
  description:
    `What-if assumptions, as repeatable parameters \`assume.<factId>=<value>\` (at most ${MAX_ASSUMPTIONS}). ` +
    'The value is read by the fact’s type: true/false, a decimal number in its unit, an ISO date, a status, or text; ' +
    '`unknown` treats the fact as not known. Derived facts cannot be assumed.',
  schema: v.pipe(
    v.record(v.pipe(v.string(), v.regex(ASSUME_NAME)), v.pipe(v.string(), v.maxLength(MAX_ASSUMED_VALUE_LENGTH))),
    v.maxEntries(MAX_ASSUMPTIONS),
  ),
};

/** `reason`: why a version is published, for the record. */
const reason = (description: string): ParameterContract => ({
  name: 'reason',
  in: 'query',
  description,
  schema: ReasonSchema,
});
const versionNumber: ParameterContract = {
  name: 'version',
  in: 'path',
  required: true,
  description: 'The version number, from 1.',
  schema: v.string(),
};

const JSON_TYPE = 'application/json';
const BAD = ['invalid-query'] as const satisfies ProblemType[];
/** What any authenticated write can answer besides success. */
const WRITE_PROBLEMS = [
  'invalid-body',
  'unauthorized',
  'writes-disabled',
  'conflict',
  'payload-too-large',
  'unsupported-media-type',
] as const satisfies ProblemType[];

/** What a form of the authoring page can answer besides success. */
const FORM_PROBLEMS = [
  'invalid-body',
  'unauthorized',
  'conflict',
  'payload-too-large',
  'unsupported-media-type',
] as const satisfies ProblemType[];

/** A registered source's id, as the authoring page names it. */
const SourceIdSchema = v.pipe(
  v.string(),
  v.regex(/^[a-z][a-z0-9-]*$/, 'must be a source id: lower-case words joined by hyphens'),
  v.maxLength(200),
);

/** GET /v1/schemas/<name>.json: a published JSON Schema. */
function jsonSchemaRoute<Id extends string>(name: string, operationId: Id) {
  return {
    path: `/v1/schemas/${name}.json`,
    operationId,
    summary: `JSON Schema of a ${name}`,
    tag: 'Service',
    parameters: [],
    response: { name: 'JsonSchema', mediaType: 'application/schema+json', description: `The ${name} JSON Schema.` },
    problems: ['unavailable'],
    cache: 'reference',
    codeOnly: true,
  } as const satisfies RouteContract;
}

const ROUTE_TABLE = [
  {
    path: '/',
    operationId: 'getService',
    summary: 'What the service is: the scenario list as a page, or, for Accept: application/json, as JSON',
    description:
      'The one negotiated route (Vary: Accept). Browsers, and clients without a preference, get the HTML page.',
    tag: 'Service',
    parameters: [],
    response: {
      name: 'Home',
      mediaType: JSON_TYPE,
      description: 'The service description (JSON), or the home page (text/html).',
    },
    problems: [],
    cache: 'live',
  },
  {
    path: '/v1/scenarios',
    operationId: 'listScenarios',
    summary: 'Every scenario with its band and resolution as of a date (today by default)',
    tag: 'Scenarios',
    parameters: [asOf],
    response: { name: 'ScenarioList', mediaType: JSON_TYPE, description: 'The scenarios.' },
    problems: [...BAD],
    cache: 'live',
  },
  {
    path: '/v1/scenarios/{id}',
    operationId: 'getScenario',
    summary: 'A scenario definition as data: indicators, conditions, weights and rationales',
    tag: 'Scenarios',
    parameters: [id('scenario')],
    response: { name: 'Scenario', mediaType: JSON_TYPE, description: 'The scenario.' },
    problems: ['not-found'],
    cache: 'live',
  },
  {
    path: '/v1/scenarios',
    method: 'post',
    operationId: 'createScenario',
    summary: 'Create a scenario: its first version, checked as the build checks the files in scenarios/',
    description:
      'Needs an analyst’s bearer token. The body is a scenario document, the shape of scenarios/*.json (at most 64 KiB); ' +
      'its indicators may read any fact, observed ones included. Answers 201 with Location and the version; ' +
      '422 `invalid-scenario` lists every problem with its path; an id that is taken is a 409.',
    tag: 'Scenarios',
    parameters: [reason('Why the scenario is created (default: "first version").')],
    requestBody: { name: 'ScenarioDocument', schema: ScenarioSchema, description: 'The scenario document.' },
    authenticated: true,
    status: 201,
    response: { name: 'ScenarioVersion', mediaType: JSON_TYPE, description: 'The version stored.' },
    problems: ['unavailable', 'invalid-scenario', 'invalid-query', ...WRITE_PROBLEMS],
    cache: 'no-store',
  },
  {
    path: '/v1/scenarios/{id}',
    method: 'put',
    operationId: 'publishScenarioVersion',
    summary: 'Publish a new version of a scenario, checked as the build checks the files in scenarios/',
    description:
      'Needs an analyst’s bearer token. The body is the scenario document (GET /v1/scenarios/{id} edited: `links` is ignored, ' +
      'and `version`, if kept, must be the version served, else 409). A document equal to the served version publishes nothing ' +
      'and answers that version. Briefs, lists, history, digests and feeds use the new version from then on.',
    tag: 'Scenarios',
    parameters: [id('scenario'), { ...reason('Why this version: what changed and on what grounds.'), required: true }],
    requestBody: { name: 'ScenarioDocument', schema: ScenarioSchema, description: 'The scenario document.' },
    authenticated: true,
    response: { name: 'ScenarioVersion', mediaType: JSON_TYPE, description: 'The version published.' },
    problems: ['unavailable', 'not-found', 'invalid-scenario', 'invalid-query', ...WRITE_PROBLEMS],
    cache: 'no-store',
  },
  {
    path: '/v1/scenarios/{id}/versions',
    operationId: 'listScenarioVersions',
    summary: 'Every version of a scenario, retired ones included: who published it, when and why, and which is served',
    tag: 'Scenarios',
    parameters: [id('scenario')],
    response: { name: 'ScenarioVersionList', mediaType: JSON_TYPE, description: 'The versions, oldest first.' },
    problems: ['unavailable', 'not-found'],
    cache: 'no-store',
  },
  {
    path: '/v1/scenarios/{id}/versions/{version}',
    operationId: 'getScenarioVersion',
    summary: 'One version of a scenario, with its document',
    tag: 'Scenarios',
    parameters: [id('scenario'), versionNumber],
    response: { name: 'ScenarioVersion', mediaType: JSON_TYPE, description: 'The version, with its document.' },
    problems: ['unavailable', 'not-found'],
    cache: 'no-store',
  },
  {
    path: '/v1/scenarios/{id}/versions/{version}',
    method: 'delete',
    operationId: 'retireScenarioVersion',
    summary: 'Retire a version: it stays on record, and the scenario is served at its latest version not retired',
    description:
      'Needs an analyst’s bearer token. An optional JSON body { reason } says why. A version is never deleted; ' +
      'retiring every version takes the scenario out of lists, briefs and the digest until a new one is published.',
    tag: 'Scenarios',
    parameters: [id('scenario'), versionNumber],
    authenticated: true,
    response: { name: 'ScenarioVersion', mediaType: JSON_TYPE, description: 'The retired version.' },
    problems: ['unavailable', 'not-found', ...WRITE_PROBLEMS],
    cache: 'no-store',
  },
  {
    path: '/v1/scenario-drafts',
    method: 'post',
    operationId: 'checkScenarioDraft',
    summary: 'Check a scenario document without publishing it, and preview its brief',
    description:
      'Needs an analyst’s bearer token. Runs every check a published version passes; answers 200 with the brief the draft ' +
      'would give (as of `asOf`, today by default), or 422 `invalid-scenario` listing every problem. Nothing is stored.',
    tag: 'Scenarios',
    parameters: [asOf],
    requestBody: { name: 'ScenarioDocument', schema: ScenarioSchema, description: 'The draft scenario document.' },
    authenticated: true,
    response: { name: 'ScenarioDraft', mediaType: JSON_TYPE, description: 'The draft’s checks passed, and its brief.' },
    problems: ['unavailable', 'invalid-scenario', 'invalid-query', ...WRITE_PROBLEMS],
    cache: 'no-store',
  },
  {
    path: '/v1/briefs/{id}',
    operationId: 'getBrief',
    summary: 'The brief of a scenario as of a date, with optional what-if assumptions',
    description:
      `Without \`asOf\`, the brief is as of today (UTC). With \`${ASSUME_PREFIX}*\` parameters, it lists ` +
      'the assumptions and shows the baseline judgment beside the assumed one. A `Link` header (RFC 8288) ' +
      'points to the question’s track record: its entry on `/track-record` and `/v1/track-record`.',
    tag: 'Briefs',
    parameters: [id('scenario'), asOf, assume],
    response: { name: 'Brief', mediaType: JSON_TYPE, description: 'The brief.' },
    problems: ['not-found', ...BAD],
    cache: 'live',
  },
  {
    path: '/v1/sets',
    operationId: 'listSets',
    summary: 'The question sets (competing hypotheses), each with its leading hypothesis as of a date',
    tag: 'Sets',
    parameters: [asOf],
    response: { name: 'SetList', mediaType: JSON_TYPE, description: 'The question sets.' },
    problems: [...BAD],
    cache: 'live',
  },
  {
    path: '/v1/set-drafts',
    method: 'post',
    operationId: 'checkSetDraft',
    summary: 'Check a question-set document without publishing it, and preview its brief',
    description:
      'Needs an analyst’s bearer token. Runs every check the build runs on scenarios/sets/, against the facts as they ' +
      'are now (observations included) and the scenarios served; answers 200 with the brief the draft would give (as of ' +
      '`asOf`, today by default), or 422 `invalid-set` listing every problem with its path. Nothing is stored.',
    tag: 'Sets',
    parameters: [asOf],
    requestBody: { name: 'SetDocument', schema: SetSchema, description: 'The draft question-set document.' },
    authenticated: true,
    response: { name: 'SetDraft', mediaType: JSON_TYPE, description: 'The draft’s checks passed, and its brief.' },
    problems: ['unavailable', 'invalid-set', 'invalid-query', ...WRITE_PROBLEMS],
    cache: 'no-store',
  },
  {
    path: '/v1/sets/{id}',
    method: 'put',
    operationId: 'publishSetVersion',
    summary: 'Publish a version of a question set (or a new set), checked as the build checks scenarios/sets/',
    description:
      'Needs an analyst’s bearer token. The body is the set document; its `id` must be the path’s, and `version`, if kept ' +
      'from GET /v1/sets/{id}, must be the version served, else 409. It passes every check ' +
      'the build runs, against the facts as they are now and the scenarios served, or the answer is 422 `invalid-set`. ' +
      'A new set gets version 1. A document equal to the served version publishes ' +
      'nothing and answers that version. Briefs, lists, pages, digests and feeds use the new version from then on.',
    tag: 'Sets',
    parameters: [id('set'), { ...reason('Why this version: what changed and on what grounds.'), required: true }],
    requestBody: { name: 'SetDocument', schema: SetSchema, description: 'The set document.' },
    authenticated: true,
    response: { name: 'SetVersion', mediaType: JSON_TYPE, description: 'The version published.' },
    problems: ['unavailable', 'invalid-set', 'invalid-query', ...WRITE_PROBLEMS],
    cache: 'no-store',
  },
  {
    path: '/v1/sets/{id}/versions',
    operationId: 'listSetVersions',
    summary: 'Every version of a question set: who published it, when and why, and which is served',
    tag: 'Sets',
    parameters: [id('set')],
    response: { name: 'SetVersionList', mediaType: JSON_TYPE, description: 'The versions, oldest first.' },
    problems: ['unavailable', 'not-found'],
    cache: 'no-store',
  },
  {
    path: '/v1/sets/{id}/versions/{version}',
    operationId: 'getSetVersion',
    summary: 'One version of a set, with its document',
    tag: 'Sets',
    parameters: [id('set'), versionNumber],
    response: { name: 'SetVersionDocument', mediaType: JSON_TYPE, description: 'The version, with its document.' },
    problems: ['unavailable', 'not-found'],
    cache: 'no-store',
  },
  {
    path: '/v1/sets/{id}/versions/{version}',
    method: 'delete',
    operationId: 'retireSetVersion',
    summary: 'Retire a version of a set: it stays on record, and the set is served at its latest version not retired',
    description:
      'Needs an analyst’s bearer token. An optional JSON body { reason } says why. A version is never deleted; ' +
      'retiring every version takes the set out of lists, pages and the digest until a new one is published.',
    tag: 'Sets',
    parameters: [id('set'), versionNumber],
    authenticated: true,
    response: { name: 'SetVersion', mediaType: JSON_TYPE, description: 'The retired version.' },
    problems: ['unavailable', 'not-found', ...WRITE_PROBLEMS],
    cache: 'no-store',
  },
  {
    path: '/v1/sets/{id}',
    operationId: 'getSet',
    summary: 'A question set as of a date: hypotheses summing to 1, the ACH matrix, sensitivity and coherence',
    description:
      'Mutually exclusive, exhaustive hypotheses, each with its probability (whole percents summing to 100), the ACH ' +
      'matrix generated from the rules (CC/C/N/I/II cells, credibility, relevance, weighted inconsistency, ' +
      'diagnosticity), the evidence that would change the ranking if wrong, and coherence with linked scenarios. ' +
      `Takes \`asOf\` and \`${ASSUME_PREFIX}*\` what-ifs as briefs do. A \`Link\` header points to its page.`,
    tag: 'Sets',
    parameters: [id('set'), asOf, assume],
    response: { name: 'SetBrief', mediaType: JSON_TYPE, description: 'The set’s brief.' },
    problems: ['not-found', ...BAD],
    cache: 'live',
  },
  {
    path: '/v1/facts',
    operationId: 'listFacts',
    summary: 'The facts known as of a date, optionally filtered by actor and tag',
    tag: 'Facts',
    parameters: [
      asOf,
      { name: 'actor', in: 'query', description: 'Only facts naming this actor.', schema: ActorSchema },
      { name: 'tag', in: 'query', description: 'Only facts with this tag.', schema: TagSchema },
    ],
    response: { name: 'FactList', mediaType: JSON_TYPE, description: 'The facts.' },
    problems: [...BAD],
    cache: 'live',
  },
  {
    path: '/v1/facts/{id}',
    operationId: 'getFact',
    summary: 'One fact with its citations; a derived fact with its computed value and inputs',
    tag: 'Facts',
    parameters: [id('fact'), asOf],
    response: { name: 'Fact', mediaType: JSON_TYPE, description: 'The fact.' },
    problems: ['not-found', ...BAD],
    cache: 'live',
  },
  {
    path: '/v1/sources',
    operationId: 'listSources',
    summary: 'The sources facts are quoted from',
    tag: 'Sources',
    parameters: [],
    response: { name: 'SourceList', mediaType: JSON_TYPE, description: 'The sources.' },
    problems: [],
    cache: 'live',
  },
  {
    path: '/v1/sources',
    method: 'post',
    operationId: 'registerSource',
    summary: 'Register a source: its full text and what it is, so observations can cite it by id',
    description:
      'Needs an analyst’s bearer token. Answers 201 with Location. At most 1 MiB of JSON. ' +
      'A source is immutable once registered; an id that is taken (the article’s included) is a 409.',
    tag: 'Sources',
    parameters: [],
    requestBody: { name: 'SourceInput', schema: SourceInputSchema, description: 'The source, with its full text.' },
    authenticated: true,
    status: 201,
    response: { name: 'Source', mediaType: JSON_TYPE, description: 'The registered source.' },
    problems: ['unavailable', ...WRITE_PROBLEMS],
    cache: 'no-store',
  },
  {
    path: '/v1/sources/{id}',
    operationId: 'getSource',
    summary: 'A source with its full text, the ground truth citations point into',
    tag: 'Sources',
    parameters: [id('source')],
    response: { name: 'Source', mediaType: JSON_TYPE, description: 'The source.' },
    problems: ['not-found'],
    cache: 'live',
  },
  jsonSchemaRoute('brief', 'getBriefJsonSchema'),
  jsonSchemaRoute('fact', 'getFactJsonSchema'),
  jsonSchemaRoute('scenario', 'getScenarioJsonSchema'),
  jsonSchemaRoute('set', 'getSetJsonSchema'),
  {
    path: '/openapi.json',
    operationId: 'getOpenApi',
    summary: 'This OpenAPI 3.1 document',
    tag: 'Service',
    parameters: [],
    response: { name: 'OpenApi', mediaType: 'application/vnd.oai.openapi+json', description: 'The API contract.' },
    problems: ['unavailable'],
    cache: 'reference',
    codeOnly: true,
  },
  {
    path: '/docs',
    operationId: 'getDocs',
    summary: 'The human API reference (HTML), generated from this document',
    tag: 'Service',
    parameters: [],
    response: { name: 'Docs', mediaType: 'text/html', description: 'The API reference page.' },
    problems: ['unavailable'],
    cache: 'reference',
    codeOnly: true,
  },
  {
    path: '/v1/briefs/{id}/history',
    operationId: 'getBriefHistory',
    summary: 'The band and probability of a scenario at every date where its facts change, up to today or asOf',
    description:
      'With `asOf` before today, the history as known that day: it ends that day, as the brief page as of that day shows it.',
    tag: 'Briefs',
    parameters: [id('scenario'), asOf],
    response: { name: 'History', mediaType: JSON_TYPE, description: 'The history.' },
    problems: ['not-found', ...BAD],
    cache: 'live',
  },
  {
    path: '/v1/observations',
    operationId: 'listObservations',
    summary:
      'Observations analysts recorded after the article, retracted ones included (the audit trail), a page at a time',
    description: 'In the order they were recorded. `links.next`, present while more follow, is the next page.',
    tag: 'Observations',
    parameters: [
      { name: 'factId', in: 'query', description: 'Only observations of this fact.', schema: FactId },
      {
        name: 'since',
        in: 'query',
        description: 'Only those recorded since this date or UTC time.',
        schema: SinceSchema,
      },
      { name: 'limit', in: 'query', description: 'Page size.', schema: LimitSchema },
      { name: 'cursor', in: 'query', description: 'Where the page starts (from links.next).', schema: CursorSchema },
    ],
    response: {
      name: 'ObservationList',
      mediaType: JSON_TYPE,
      description: 'The observations.',
    },
    problems: ['unavailable', ...BAD],
    cache: 'no-store',
  },
  {
    path: '/v1/observations',
    method: 'post',
    operationId: 'createObservation',
    summary: 'Record a dated observation: a new value of a fact, or a new fact with its definition, with its source',
    description:
      'Needs an analyst’s bearer token; `analyst` is who the token names (a body naming another is a 400). ' +
      'Answers 201 with Location. At most 16 KiB of JSON.',
    tag: 'Observations',
    parameters: [],
    requestBody: {
      name: 'ObservationRequest',
      schema: ObservationRequestSchema,
      description:
        'The observation: with a citation { sourceId, quote } of a registered source, or a source it describes.',
    },
    authenticated: true,
    status: 201,
    response: {
      name: 'Observation',
      mediaType: JSON_TYPE,
      description: 'The stored observation.',
    },
    problems: ['unavailable', ...WRITE_PROBLEMS],
    cache: 'no-store',
  },
  {
    path: '/v1/observation-imports',
    method: 'post',
    operationId: 'importObservations',
    summary: 'Back-fill a chronology: many observations in one request, all stored or none',
    description:
      'Needs an analyst’s bearer token. The body is NDJSON (application/x-ndjson): one observation per line, as POST ' +
      '/v1/observations takes it; a line may give a value of a fact an earlier line defines. At most 1 MiB and 500 lines. ' +
      'Every line is checked; if any fails, nothing is stored and the 400 lists every problem as `line N: field`. ' +
      'Answers 201 with the stored observations, in line order.',
    tag: 'Observations',
    parameters: [],
    requestBody: {
      name: 'ObservationRequest',
      schema: ObservationRequestSchema,
      mediaType: 'application/x-ndjson',
      description: 'One observation per line (each line a JSON object of this shape).',
    },
    authenticated: true,
    status: 201,
    response: { name: 'ObservationImport', mediaType: JSON_TYPE, description: 'The stored observations.' },
    problems: ['unavailable', ...WRITE_PROBLEMS],
    cache: 'no-store',
  },
  {
    path: '/v1/observations/{id}',
    operationId: 'getObservation',
    summary: 'One observation, with its audit fields',
    tag: 'Observations',
    parameters: [id('observation')],
    response: {
      name: 'Observation',
      mediaType: JSON_TYPE,
      description: 'The observation.',
    },
    problems: ['unavailable', 'not-found'],
    cache: 'no-store',
  },
  {
    path: '/v1/observations/{id}',
    method: 'delete',
    operationId: 'retractObservation',
    summary: 'Retract an observation: it stays on record, marked retracted, with who and when',
    description:
      'Needs an analyst’s bearer token, which names who retracts it. An optional JSON body { reason } says why.',
    tag: 'Observations',
    parameters: [id('observation')],
    authenticated: true,
    response: {
      name: 'Observation',
      mediaType: JSON_TYPE,
      description: 'The retracted observation.',
    },
    problems: ['unavailable', 'not-found', ...WRITE_PROBLEMS],
    cache: 'no-store',
  },
  {
    path: '/v1/track-record',
    operationId: 'getTrackRecord',
    summary: 'How the service’s calls scored on every resolved question: Brier and log scores, skill, calibration',
    description:
      'Two parts, never mixed: `recorded`, what the service said each day as its daily run recorded it, and ' +
      '`postdiction`, what today’s method says it would have said as known then, for the days before anything ' +
      'was recorded. Scores are time-averaged over the days each call stood. Calibration is claimed only from ' +
      '`minimumForCalibration` resolved questions on. A record that cannot be read is listed in `unreadable`. ' +
      '`timeline` gives each kind’s scores in the order the questions resolved, with their running mean. ' +
      'Fresh until the next daily run, like the digest.',
    tag: 'Briefs',
    parameters: [],
    response: { name: 'TrackRecord', mediaType: JSON_TYPE, description: 'The track record.' },
    problems: ['unavailable'],
    cache: 'until-next-digest',
  },
  {
    path: '/v1/digest',
    operationId: 'getLatestDigest',
    summary: 'The latest daily digest: every scenario’s judgment and what changed since the digest before',
    description: 'On a fresh deploy with no digest yet, the first request computes and stores one.',
    tag: 'Digest',
    parameters: [],
    response: { name: 'Digest', mediaType: JSON_TYPE, description: 'The digest.' },
    problems: ['unavailable'],
    cache: 'until-next-digest',
  },
  {
    path: '/v1/digest/{date}',
    operationId: 'getDigest',
    summary: 'The digest of a past day, as it was computed then',
    tag: 'Digest',
    parameters: [
      { name: 'date', in: 'path', required: true, description: 'The digest day, YYYY-MM-DD.', schema: AsOfSchema },
    ],
    response: { name: 'Digest', mediaType: JSON_TYPE, description: 'The digest.' },
    problems: ['unavailable', 'not-found', ...BAD],
    cache: 'live',
  },
  {
    path: '/v1/digests',
    operationId: 'listDigests',
    summary: 'The days there are digests for, newest first',
    tag: 'Digest',
    parameters: [],
    response: { name: 'DigestList', mediaType: JSON_TYPE, description: 'The digest days.' },
    problems: ['unavailable'],
    cache: 'until-next-digest',
  },
  {
    path: '/feeds/digest.atom',
    operationId: 'getAtomFeed',
    summary: 'The change feed as Atom 1.0: one entry per scenario change',
    tag: 'Digest',
    parameters: [],
    response: { name: 'AtomFeed', mediaType: 'application/atom+xml', description: 'The Atom feed.' },
    problems: ['unavailable'],
    cache: 'until-next-digest',
  },
  {
    path: '/feeds/digest.json',
    operationId: 'getJsonFeed',
    summary: 'The change feed as JSON Feed 1.1: one item per scenario change',
    tag: 'Digest',
    parameters: [],
    response: {
      name: 'JsonFeed',
      mediaType: 'application/feed+json',
      description: 'The JSON Feed.',
    },
    problems: ['unavailable'],
    cache: 'until-next-digest',
  },
  {
    path: '/briefs/{id}',
    operationId: 'getBriefPage',
    summary: 'The brief as a page: likelihood scale, checklist of indicators with quotes, timeline, what-if form',
    description:
      'Takes the brief’s parameters; an empty `asOf` or `assume.*` value (as a form submits) means “as reported”.',
    tag: 'Pages',
    parameters: [id('scenario'), asOf, assume],
    response: { name: 'BriefPage', mediaType: 'text/html', description: 'The brief page.' },
    problems: ['not-found', ...BAD],
    cache: 'live',
  },
  {
    path: '/sets/{id}',
    operationId: 'getSetPage',
    summary:
      'A question set as a page: hypotheses, the ACH matrix as an accessible table, sensitivity, what it does not show',
    description:
      'Takes the set’s parameters; an empty `asOf` or `assume.*` value (as a form submits) means “as reported”.',
    tag: 'Pages',
    parameters: [id('set'), asOf, assume],
    response: { name: 'SetPage', mediaType: 'text/html', description: 'The set page.' },
    problems: ['not-found', ...BAD],
    cache: 'live',
  },
  {
    path: '/embed/sets/{id}',
    operationId: 'getSetEmbedCard',
    summary: 'A question set’s compact card for iframes: the hypotheses, and in the full view the ACH matrix',
    description:
      'Posts its height to the parent with postMessage({ type: "setHeight", scenario: "set:<id>", height }).',
    tag: 'Pages',
    parameters: [
      id('set'),
      asOf,
      { name: 'theme', in: 'query', description: 'light, dark or auto (default).', schema: ThemeSchema },
      {
        name: 'view',
        in: 'query',
        description: 'compact (default): bottom line and hypotheses; full adds the matrix and sensitivity.',
        schema: ViewSchema,
      },
    ],
    response: { name: 'SetEmbedCard', mediaType: 'text/html', description: 'The card.' },
    problems: ['not-found', ...BAD],
    cache: 'live',
  },
  {
    path: '/embed/{id}',
    operationId: 'getEmbedCard',
    summary: 'The compact brief card for iframes; the only page other sites may frame',
    description: 'Posts its height to the parent with postMessage({ type: "setHeight", scenario, height }).',
    tag: 'Pages',
    parameters: [
      id('scenario'),
      asOf,
      { name: 'theme', in: 'query', description: 'light, dark or auto (default).', schema: ThemeSchema },
      { name: 'view', in: 'query', description: 'compact (default) or full.', schema: ViewSchema },
    ],
    response: { name: 'EmbedCard', mediaType: 'text/html', description: 'The card.' },
    problems: ['not-found', ...BAD],
    cache: 'live',
  },
  {
    path: '/track-record',
    operationId: 'getTrackRecordPage',
    summary: 'The track record as a page: scores of resolved questions, postdiction apart, reliability diagrams',
    tag: 'Pages',
    parameters: [],
    response: { name: 'TrackRecordPage', mediaType: 'text/html', description: 'The page.' },
    problems: ['unavailable'],
    cache: 'until-next-digest',
  },
  {
    path: '/widget',
    operationId: 'getWidgetPage',
    summary: 'How to embed a brief: the web component, the iframe and oEmbed, each shown live',
    tag: 'Pages',
    parameters: [],
    response: { name: 'WidgetPage', mediaType: 'text/html', description: 'The page.' },
    problems: [],
    cache: 'reference',
  },
  {
    path: '/widget.js',
    operationId: 'getWidgetScript',
    summary: 'The <scenario-brief> web component',
    tag: 'Pages',
    parameters: [],
    response: { name: 'WidgetScript', mediaType: 'text/javascript', description: 'The script.' },
    problems: ['unavailable'],
    cache: 'reference',
    codeOnly: true,
  },
  {
    path: '/static/embed-height.js',
    operationId: 'getEmbedHeightScript',
    summary: 'The embed card’s script that reports its height to the framing page',
    tag: 'Pages',
    parameters: [],
    response: { name: 'EmbedHeightScript', mediaType: 'text/javascript', description: 'The script.' },
    problems: ['unavailable'],
    cache: 'reference',
    codeOnly: true,
  },
  {
    path: '/static/quote-select.js',
    operationId: 'getQuoteSelectScript',
    summary: 'The authoring page’s script that fills the quote field with a selection in the source’s text',
    tag: 'Pages',
    parameters: [],
    response: { name: 'QuoteSelectScript', mediaType: 'text/javascript', description: 'The script.' },
    problems: ['unavailable'],
    cache: 'reference',
    codeOnly: true,
  },
  {
    path: '/authoring',
    operationId: 'getAuthoringPage',
    summary:
      'The authoring page: sign in, register a source, record an observation with a preview (HTML, no JavaScript needed)',
    description:
      'Signed in by a form over HTTPS: the token is checked once and opens a session of at most eight hours; the ' +
      'cookie (HttpOnly, SameSite=Strict) holds the session’s random id, and never the token. ' +
      '`source` shows a registered source’s text to quote from.',
    tag: 'Pages',
    parameters: [
      { name: 'source', in: 'query', description: 'The registered source to quote from.', schema: SourceIdSchema },
      {
        name: 'recorded',
        in: 'query',
        description: 'An observation just recorded from the page, to link to.',
        schema: v.pipe(v.string(), v.regex(/^[0-9a-f-]{36}$/, 'must be an observation id')),
      },
    ],
    response: { name: 'AuthoringPage', mediaType: 'text/html', description: 'The page.' },
    problems: ['unavailable', 'invalid-query'],
    cache: 'no-store',
  },
  {
    path: '/authoring/session',
    method: 'post',
    operationId: 'startAuthoringSession',
    summary: 'Sign in to the authoring page with one’s token (a form from this site only)',
    tag: 'Pages',
    parameters: [],
    status: 303,
    response: { name: 'AuthoringRedirect', mediaType: 'text/html', description: 'To the authoring page.' },
    problems: ['unavailable', 'forbidden', ...FORM_PROBLEMS],
    cache: 'no-store',
  },
  {
    path: '/authoring/session/end',
    method: 'post',
    operationId: 'endAuthoringSession',
    summary: 'Sign out of the authoring page',
    tag: 'Pages',
    parameters: [],
    status: 303,
    response: { name: 'AuthoringRedirect', mediaType: 'text/html', description: 'To the authoring page.' },
    problems: ['forbidden', ...FORM_PROBLEMS],
    cache: 'no-store',
  },
  {
    path: '/authoring/sources',
    method: 'post',
    operationId: 'authorSource',
    summary: 'Register a source from the authoring page’s form',
    tag: 'Pages',
    parameters: [],
    status: 303,
    response: {
      name: 'AuthoringPage',
      mediaType: 'text/html',
      description: 'To the source’s text on the authoring page, or the form with what is wrong.',
    },
    problems: ['unavailable', 'forbidden', ...FORM_PROBLEMS],
    cache: 'no-store',
  },
  {
    path: '/authoring/observations',
    method: 'post',
    operationId: 'authorObservation',
    summary: 'Preview or record an observation from the authoring page’s form',
    tag: 'Pages',
    parameters: [],
    response: {
      name: 'AuthoringPage',
      mediaType: 'text/html',
      description: 'The page with the preview, the recorded observation, or what is wrong.',
    },
    problems: ['unavailable', 'forbidden', ...FORM_PROBLEMS],
    cache: 'no-store',
  },
  {
    path: '/static/site.css',
    operationId: 'getStylesheet',
    summary: 'The stylesheet of the pages and the embed card',
    tag: 'Pages',
    parameters: [],
    response: { name: 'Stylesheet', mediaType: 'text/css', description: 'The stylesheet.' },
    problems: ['unavailable'],
    cache: 'reference',
    codeOnly: true,
  },
  {
    path: '/oembed',
    operationId: 'getOEmbed',
    summary: 'oEmbed 1.0 for brief and set page URLs: a rich response with the embed card as an iframe',
    description: 'A URL that is not a brief or set page of this service is a 404; format=xml is a 501.',
    tag: 'Pages',
    parameters: [
      {
        name: 'url',
        in: 'query',
        required: true,
        description: 'A brief or set page URL.',
        schema: EmbeddedUrlSchema,
      },
      { name: 'maxwidth', in: 'query', description: 'Maximum width in pixels.', schema: MaxWidthSchema },
      { name: 'maxheight', in: 'query', description: 'Maximum height in pixels.', schema: MaxHeightSchema },
      { name: 'format', in: 'query', description: 'json (default).', schema: FormatSchema },
    ],
    response: { name: 'OEmbed', mediaType: JSON_TYPE, description: 'The oEmbed response.' },
    problems: ['not-found', ...BAD, 'not-implemented'],
    cache: 'live',
  },
  {
    path: '/problems/{type}',
    operationId: 'getProblemType',
    summary: 'What a problem type means',
    tag: 'Service',
    parameters: [
      {
        name: 'type',
        in: 'path',
        required: true,
        description: 'The problem type.',
        schema: v.picklist(Object.keys(PROBLEM_TYPES) as ProblemType[]),
      },
    ],
    response: {
      name: 'ProblemTypeDoc',
      mediaType: JSON_TYPE,
      description: 'The problem type, its status and meaning.',
    },
    problems: ['not-found'],
    cache: 'reference',
    codeOnly: true,
  },
] as const satisfies readonly RouteContract[];

/** A route's name, e.g. `getBrief`: what the app mounts its handler by. */
export type OperationId = (typeof ROUTE_TABLE)[number]['operationId'];

/** The route table, every route once. */
export const ROUTE_CONTRACTS: readonly (RouteContract & { operationId: OperationId })[] = ROUTE_TABLE;
