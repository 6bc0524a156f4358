// Small factories for test content: a fake source, facts cited from it, derived definitions,
// scenarios, and the catalog or fact base built from them through the real loaders.
import { buildCatalog } from '../src/catalog/build-catalog';
import type { Catalog } from '../src/catalog/catalog';
import { loadFactBase } from '../src/facts/content-checks';
import type { ContentFile, FactBase, FactBaseInput } from '../src/facts/fact-base';
import type { FactRecord, FactType, FactValue } from '../src/facts/fact-record';
import { periodEnd } from '../src/facts/partial-date';
import type { ValueType } from '../src/facts/value-types';
import type { Qualifier, Unit } from '../src/facts/vocabulary';
import type { Condition } from '../src/rules/condition';

export const SOURCE_ID = 'test-source';
export const SOURCE_FILE = 'tests/sources/test-source.meta.json';
export const CITED_FILE = 'tests/facts/cited.json';
export const DERIVED_FILE = 'tests/facts/derived.json';

/** A short article; every quote below is a substring of it. */
export const SOURCE_TEXT =
  'More than 1,500 soldiers fled across the border. ' +
  'The council mobilized 20,000 reservists on July 5. ' +
  'The request was declined by the alliance. ' +
  'A pledge of $200 million was made in 2012, and $122 million arrived in 2017.';

export function sourceMeta(id = SOURCE_ID): Record<string, unknown> {
  return {
    id,
    title: 'A test article',
    publisher: 'Test Publisher',
    published: '2021-07',
    url: `https://example.org/${id}`,
    language: 'en',
  };
}

/** A citation whose offsets are computed from the text, so it always matches. */
export function citation(quote: string, text = SOURCE_TEXT, sourceId = SOURCE_ID) {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`test quote not in the source text: ${quote}`);
  return { sourceId, quote, start, end: start + quote.length };
}

export interface CitedFactSpec {
  id: string;
  type: ValueType;
  value: FactValue;
  unit?: Unit;
  qualifier?: Qualifier;
  date?: string;
  quote?: string;
  statement?: string;
  certainty?: string;
}

const DEFAULT_QUOTE = 'More than 1,500 soldiers fled across the border.';

/** A cited fact as authored in a facts file. */
export function citedFact(spec: CitedFactSpec): Record<string, unknown> {
  return {
    id: spec.id,
    statement: spec.statement ?? `A test statement about ${spec.id}.`,
    type: spec.type,
    value: spec.value,
    ...(spec.type === 'number' ? { unit: spec.unit ?? 'count', qualifier: spec.qualifier ?? 'exact' } : {}),
    date: spec.date ?? '2021-07-05',
    ...(spec.certainty ? { certainty: spec.certainty } : {}),
    actors: ['tajikistan'],
    tags: ['border'],
    citation: citation(spec.quote ?? DEFAULT_QUOTE),
  };
}

/** A derived fact definition as authored in a facts file. */
export function derivedFact(
  id: string,
  op: 'difference' | 'sum' | 'ratio' | 'yearsBetween',
  inputs: [string, string],
  unit: Unit,
  supportedBy: string[] = [],
): Record<string, unknown> {
  return {
    id,
    statement: `The derived value is {value}.`,
    type: 'number',
    unit,
    actors: ['tajikistan'],
    tags: ['funding'],
    derived: true,
    derivation: { op, inputs },
    supportedBy,
  };
}

/** The default facts of a test fact base: one of each value type. */
export function defaultCitedFacts(): Record<string, unknown>[] {
  return [
    citedFact({ id: 'test.soldiers_fled', type: 'number', value: 1500, unit: 'persons', qualifier: 'more-than' }),
    citedFact({
      id: 'test.reservists',
      type: 'number',
      value: 20000,
      unit: 'persons',
      quote: 'The council mobilized 20,000 reservists on July 5.',
    }),
    citedFact({
      id: 'test.request_status',
      type: 'status',
      value: 'declined',
      quote: 'The request was declined by the alliance.',
    }),
    citedFact({ id: 'test.border_held', type: 'boolean', value: true }),
    citedFact({ id: 'test.label', type: 'text', value: 'a label' }),
    citedFact({ id: 'test.pledge_usd', type: 'number', value: 200_000_000, unit: 'USD', date: '2012' }),
    citedFact({ id: 'test.delivered_usd', type: 'number', value: 122_000_000, unit: 'USD', date: '2017' }),
    citedFact({ id: 'test.resolution_adopted', type: 'date', value: '2013-09-23', date: '2013-09-23' }),
  ];
}

export interface FactFilesSpec {
  cited?: unknown;
  derived?: unknown;
  text?: string;
}

/** The input of `loadFactBase`: one source, a cited file and a derived file. */
export function factFiles(spec: FactFilesSpec = {}): FactBaseInput {
  return {
    sources: [{ meta: { file: SOURCE_FILE, data: sourceMeta() }, text: spec.text ?? SOURCE_TEXT }],
    cited: { file: CITED_FILE, data: spec.cited ?? defaultCitedFacts() },
    derived: { file: DERIVED_FILE, data: spec.derived ?? [] },
  };
}

export function testFactBase(spec: FactFilesSpec = {}): FactBase {
  return loadFactBase(factFiles(spec));
}

export function indicator(condition: Condition | Record<string, unknown>, overrides: Record<string, unknown> = {}) {
  return {
    id: 'indicator-one',
    label: 'A test indicator',
    condition,
    direction: 'raises',
    weight: 1.5,
    rationale: 'A rationale long enough for the schema.',
    ...overrides,
  };
}

/** Resolution criteria for a test scenario: settled yes by a value of a fact, no at the horizon. */
export function resolution(
  condition: Condition | Record<string, unknown> = { op: 'eq', of: { fact: 'test.label' }, value: 'settled' },
  overrides: Record<string, unknown> = {},
) {
  return {
    criteria: 'Resolves yes once the test label reads settled, and no once the horizon passes.',
    yes: { condition, label: 'The test label reads settled' },
    atHorizon: 'no',
    ...overrides,
  };
}

/** A valid scenario over the default facts; override any top-level field. */
export function scenario(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'test-scenario',
    title: 'A test scenario',
    question: 'Will the test scenario come true?',
    claim: 'the test scenario comes true',
    horizon: { label: 'by the end of 2021', opens: '2021-07-31', end: '2021-12-31' },
    baseRate: { probability: 0.3, rationale: 'A base-rate rationale long enough.' },
    indicators: [indicator({ op: 'eq', of: { fact: 'test.border_held' }, value: true })],
    reachability: { reason: 'A test scenario with one indicator cannot move far from its base rate.' },
    resolution: resolution(),
    ...overrides,
  };
}

export function scenarioFile(data: unknown, file = 'tests/scenarios/test-scenario.json'): ContentFile {
  return { file, data };
}

/** Builds a catalog through the real loader from test fact files and scenario files. */
export function testCatalog(scenarios: readonly ContentFile[], facts: FactFilesSpec = {}): Catalog {
  return buildCatalog(factFiles(facts), scenarios);
}

export interface RecordSpec {
  id: string;
  type?: ValueType;
  value: FactValue;
  unit?: Unit | null;
  qualifier?: Qualifier;
  date?: string;
  /** When it became known; defaults to the last day of its date. */
  known?: string;
}

/** A loaded fact record, for evaluating compiled conditions directly. */
export function factRecord(spec: RecordSpec): FactRecord {
  const type: ValueType =
    spec.type ?? (typeof spec.value === 'number' ? 'number' : typeof spec.value === 'boolean' ? 'boolean' : 'text');
  return {
    id: spec.id,
    statement: `A test statement about ${spec.id}.`,
    type,
    value: spec.value,
    unit: type === 'number' ? (spec.unit ?? 'count') : null,
    qualifier: type === 'number' ? (spec.qualifier ?? 'exact') : 'exact',
    date: spec.date ?? '2021-07-05',
    known: spec.known ?? periodEnd(spec.date ?? '2021-07-05'),
    actors: ['tajikistan'],
    tags: ['border'],
    certainty: 'stated',
    citations: [],
    derived: false,
  };
}

/** The static types of a set of records, as the compiler sees them. */
export function typesOf(records: readonly FactRecord[]): Map<string, FactType> {
  return new Map(records.map((r) => [r.id, { type: r.type, unit: r.unit, derived: r.derived }]));
}

export function factMap(records: readonly FactRecord[]): Map<string, FactRecord> {
  return new Map(records.map((r) => [r.id, r]));
}
