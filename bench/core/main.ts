// The in-process part of `npm run bench`: rule evaluation per scenario beside json-rules-engine
// and the floor (plain JavaScript generated from the scenario files, ./floor.ts), the whole brief,
// the digest, and building the catalog. Run by bench/run.mjs after bundling with esbuild; prints a
// table and writes the figures as JSON.
import { writeFileSync } from 'node:fs';
import { do_not_optimize, measure } from 'mitata';
import { buildBrief } from '../../src/brief/brief';
import { buildCatalog, catalogFromChecked } from '../../src/catalog/build-catalog';
import { catalog } from '../../src/catalog/catalog';
import { checkContent } from '../../src/catalog/checked-content';
import { FACT_FILES, SCENARIO_FILES, SET_FILES } from '../../src/catalog/content-files';
import { linkedProbability } from '../../src/catalog/set-brief-for';
import { composeDigest } from '../../src/digest/compose';
import { factsAsOf } from '../../src/facts/fact-base';
import { evaluateIndicators, indicatorStatuses } from '../../src/rules/evaluate';
import { buildSetBrief } from '../../src/sets/set-brief';
import { checkAgreement } from './agreement';
import { generatedFloors } from './floor';
import { engineFacts, jsonRulesEngineScenario } from './json-rules-engine';

const quick = process.argv.includes('--quick');
const out = process.argv.find((a) => a.startsWith('--out='))?.slice('--out='.length);
const options = quick ? { min_cpu_time: 20e6, max_samples: 2_000 } : { min_cpu_time: 400e6 };

const us = (ns: number) => ns / 1000;
const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
const ratio = (n: number) => `${n >= 100 ? n.toFixed(0) : n.toFixed(1)}×`;

async function median(fn: () => unknown): Promise<number> {
  return us((await measure(fn, options)).p50);
}

const asOf = catalog.facts.latestDate;
const facts = factsAsOf(catalog.facts, asOf, new Map());

const floors = generatedFloors(catalog.scenarios, catalog.facts.types);
const agreement = await checkAgreement(catalog, floors);
console.log(
  `Agreement: ${agreement.checked} indicator results (${agreement.cases} scenario × date cases, ${agreement.unknown} unknown) identical in all four.\n`,
);

interface Row {
  scenario: string;
  indicators: number;
  /** Statuses alone: the rules' work, what json-rules-engine and the generated floor give. */
  ours: number;
  /** The same with each indicator's reasons and reads, as a brief shows them. */
  explained: number;
  jre: number;
  floor: number;
  brief: number;
  serialize: number;
}
const rows: Row[] = [];
for (const [id, scenario] of catalog.scenarios) {
  const jre = jsonRulesEngineScenario(scenario);
  const input = engineFacts(facts, asOf, scenario);
  const floor = floors.get(id);
  if (!floor) throw new Error(`no floor generated for ${id}`);
  const ctx = { facts, asOf };
  rows.push({
    scenario: id,
    indicators: scenario.indicators.length,
    ours: await median(() => do_not_optimize(indicatorStatuses(scenario, ctx))),
    explained: await median(() => do_not_optimize(evaluateIndicators(scenario, ctx))),
    jre: await median(async () => do_not_optimize(await jre.evaluate(input))),
    floor: await median(() => do_not_optimize(floor(facts, asOf))),
    // A computed brief: buildBrief never reads the per-catalog precomputed one.
    brief: await median(() => do_not_optimize(buildBrief(scenario, catalog.facts, catalog.version, { asOf }))),
    // For scale: writing that brief as JSON, which every computed response does after building it.
    serialize: await (async () => {
      const brief = buildBrief(scenario, catalog.facts, catalog.version, { asOf });
      return median(() => do_not_optimize(JSON.stringify(brief)));
    })(),
  });
}

const digest = await median(() => do_not_optimize(composeDigest(catalog, asOf, null, '2021-07-10T06:00:00.000Z')));
// Each question set's brief computed afresh (probabilities, ACH matrix, sensitivity, coherence
// with its linked scenarios, whose kept briefs of the day it reads), as a what-if request computes it.
const sets = [];
for (const [id, set] of catalog.sets) {
  const linked = linkedProbability(catalog, asOf);
  const build = () => buildSetBrief(set, catalog.facts, catalog.version, { asOf }, catalog.scenarios, linked);
  sets.push({ set: id, brief: await median(() => do_not_optimize(build())), bytes: JSON.stringify(build()).length });
}
const catalogBuild = await median(() => do_not_optimize(buildCatalog(FACT_FILES, SCENARIO_FILES, SET_FILES)));
const checked = checkContent(FACT_FILES, SCENARIO_FILES, SET_FILES);
const catalogStart = await median(() => do_not_optimize(catalogFromChecked(checked)));

console.log('Rule evaluation, median µs per scenario (same facts, same asOf):');
console.table(
  rows.map((r) => ({
    scenario: r.scenario,
    indicators: r.indicators,
    'ours: statuses': fmt(r.ours),
    'ours: explained': fmt(r.explained),
    'json-rules-engine': fmt(r.jre),
    floor: fmt(r.floor),
    'jre / ours': ratio(r.jre / r.ours),
    'jre / explained': ratio(r.jre / r.explained),
    'ours / floor': ratio(r.ours / r.floor),
    'ours: whole brief': fmt(r.brief),
    'jre / brief': ratio(r.jre / r.brief),
    'JSON.stringify(brief)': fmt(r.serialize),
  })),
);
const worst = {
  indicators: Math.min(...rows.map((r) => r.jre / r.ours)),
  explained: Math.min(...rows.map((r) => r.jre / r.explained)),
  brief: Math.min(...rows.map((r) => r.jre / r.brief)),
};
console.log(
  `Worst scenario: indicator statuses ${ratio(worst.indicators)} faster than json-rules-engine (budget ≥ 100×); ` +
    `with each indicator's reasons, as a brief shows them, ${ratio(worst.explained)}; whole brief ${ratio(worst.brief)} (budget ≥ 50×).`,
);
console.log(`Whole digest (${rows.length} scenarios, ${catalog.sets.size} set): ${fmt(digest)} µs (budget < 1000 µs).`);
for (const s of sets) {
  console.log(`Question set ${s.set}: whole brief computed ${fmt(s.brief)} µs; ${s.bytes} bytes of JSON.`);
}
console.log(
  `Building the catalog, warm: from checked content (the worker's start-up: load and compile) ${fmt(catalogStart)} µs; ` +
    `from the authored files, validating them too (the build's content check) ${fmt(catalogBuild)} µs.\n`,
);

// The largest brief the API serves: every scenario, at the default date and with a what-if (which
// adds the baseline and the assumptions).
let largestBrief = { bytes: 0, what: '' };
for (const [id, scenario] of catalog.scenarios) {
  for (const [what, request] of [
    ['default date', { asOf }],
    ['what-if', { asOf, assumptions: new Map([['csto.response_to_request', 'agreed']]) }],
  ] as const) {
    const bytes = Buffer.byteLength(JSON.stringify(buildBrief(scenario, catalog.facts, catalog.version, request)));
    if (bytes > largestBrief.bytes) largestBrief = { bytes, what: `${id}, ${what}` };
  }
}

if (out)
  writeFileSync(
    out,
    JSON.stringify({ agreement, rows, worst, digest, sets, catalogBuild, catalogStart, largestBrief }, null, 2),
  );
