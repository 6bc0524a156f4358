// Assembles a brief: the judgment of a scenario as known on a date, with what-if assumptions if
// any and the baseline beside them, signposts and key assumptions, the sources described, a
// citation for every fact relied on, a timeline, and the tradecraft checks run over it all.
// Pure and synchronous: the same catalog, date and assumptions give the same brief.
import { type Assumptions, type FactBase, factsAsOf, factsBehind } from '../facts/fact-base';
import type { FactRecord } from '../facts/fact-record';
import { formatDay } from '../facts/format';
import { laterDay } from '../facts/partial-date';
import { byCodeUnit } from '../facts/text-order';
import type { CompiledScenario } from '../rules/compile-scenario';
import { tradecraftChecks } from '../tradecraft/brief-checks';
import { bottomLine, bottomLineParts } from './bottom-line';
import type { Assumption, Brief, ContentVersion, Likelihood } from './brief-schema';
import { citationsFor, timelineOf } from './evidence';
import { type Judgment, judge } from './judgment';
import { type Resolved, resolve, settledByAssumption, shortOfSettlement } from './resolution';
import { keyAssumptions, signposts } from './signposts';
import { sourcesBehind } from './sourcing';

export interface BriefRequest {
  /** Full ISO date; defaults to the fact base's latest date. */
  asOf?: string;
  assumptions?: Assumptions;
  /**
   * Checks against other judgments of the same event (coherence with question sets,
   * sets/scenario-coherence.ts): given the stated probability of an open question, the warnings
   * to add. Run before the tradecraft checks, which read the warnings too.
   */
  crossChecks?: (probability: number) => string[];
}

function likelihoodOf(j: Judgment, baseRate: number): Likelihood {
  return {
    band: j.band.id,
    term: j.band.term,
    probability: j.probability,
    range: { min: j.band.min, max: j.band.max },
    spread: j.spread,
    baseRate,
    ...(j.time ? { time: j.time } : {}),
  };
}

/**
 * The facts a brief relies on: those its indicators read, known as of the judgment's date, with
 * everything behind a derived one (its inputs, the facts its statement also rests on, the fact it
 * exists only while: `factsBehind`), then the facts that settled the question as known when they did.
 */
export function factsRelied(
  base: FactBase,
  ids: readonly string[],
  facts: ReadonlyMap<string, FactRecord>,
  settling: readonly FactRecord[],
): FactRecord[] {
  const relied = new Map<string, FactRecord>();
  const add = (id: string, from: ReadonlyMap<string, FactRecord>) => {
    const fact = from.get(id);
    if (!fact || relied.has(id)) return;
    relied.set(id, fact);
    // A derived fact is known only while everything behind it is, so each of those is found too.
    if (fact.derived) for (const behind of factsBehind(base, [id])) add(behind, from);
  };
  for (const id of ids) add(id, facts);
  const settled = new Map(settling.map((f) => [f.id, f]));
  for (const f of settling) {
    relied.delete(f.id);
    add(f.id, settled);
  }
  return [...relied.values()];
}

/**
 * Whether a fact still waits on something to be observed: a fact behind it (itself, or what a
 * derived one rests on) that no source of the content records, such as a watched fact. A derived
 * fact over the article's facts alone is a gap in the article, not a development to watch for.
 */
function awaited(base: FactBase, factId: string): boolean {
  for (const id of factsBehind(base, [factId])) {
    if (!base.types.get(id)?.derived && !base.citedById.has(id)) return true;
  }
  return false;
}

/**
 * The latest day anything a judgment rests on became known (assumed values apart): a later brief
 * date adds nothing, and the bottom line says so. Null when it rests on no fact.
 */
export function informationUpTo(relied: readonly FactRecord[]): string | null {
  return laterDay(...relied.filter((f) => !f.assumed).map((f) => f.known)) || null;
}

/**
 * A back-test before the question could be asked in its words (they may name later events): said,
 * for a scenario's brief and a question set's alike. Empty from the day the window opens.
 */
export function beforeTheWindow(opens: string, asOf: string): string[] {
  return asOf < opens
    ? [
        `The question is posed as of ${formatDay(opens)}, when its window opens: this brief, as of ${formatDay(asOf)}, comes before that, and the question may name developments after its date.`,
      ]
    : [];
}

function warningsFor(resolved: Resolved, asOf: string, horizon: string, opens: string): string[] {
  const early = beforeTheWindow(opens, asOf);
  if (resolved.conflict) return [...early, resolved.conflict];
  if (resolved.resolution.status !== 'unresolved' || asOf <= horizon) return early;
  return [
    `The horizon (${horizon}) passed before the brief date (${asOf}) with nothing recorded that settles the question. The judgment shown is the last one before the horizon, on what was known then.`,
  ];
}

/** The facts and brief as reported (no assumptions) at the request's date, when the caller has them. */
export interface Reported {
  facts: ReadonlyMap<string, FactRecord>;
  brief: Brief;
}

/**
 * `reported`, if given, must be this scenario's brief and facts at the same date without
 * assumptions (the catalog keeps them for its default date): a what-if then takes its baseline
 * from them instead of judging the reported facts a second time.
 */
export function buildBrief(
  scenario: CompiledScenario,
  base: FactBase,
  version: ContentVersion,
  request: BriefRequest = {},
  reported?: Reported,
): Brief {
  const asOf = request.asOf ?? base.latestDate;
  const assumptions = request.assumptions ?? new Map();
  const def = scenario.definition;
  const baseRate = def.baseRate.probability;
  // Once the question resolves, or its horizon passes, the judgment is the last open one: nothing
  // known later moves it (resolution.ts).
  const resolved = resolve(scenario, base, asOf, assumptions);
  const { resolution, judgedAsOf } = resolved;
  const open = resolution.status === 'open';

  // A what-if that settles the question is judged short of that development (resolution.ts).
  const facts = factsAsOf(base, judgedAsOf, shortOfSettlement(base, resolution, assumptions));
  const judgment = judge(scenario, facts, judgedAsOf, base.sources);
  const relied = factsRelied(
    base,
    [...scenario.factIds, ...resolved.settling.map((f) => f.id)],
    facts,
    resolved.settling,
  );

  let baseline: Brief['baseline'];
  const assumed: Assumption[] = [];
  if (assumptions.size > 0) {
    const baseResolved = resolve(scenario, base, asOf, new Map());
    const sameDate =
      reported?.brief.asOf === asOf &&
      reported.brief.scenario.id === def.id &&
      reported.brief.judgedAsOf === baseResolved.judgedAsOf &&
      reported.brief.judgedAsOf === asOf;
    const baseFacts = sameDate ? reported.facts : factsAsOf(base, baseResolved.judgedAsOf, new Map());
    if (sameDate) {
      // Copied, not shared: the reported brief is memoised and served as it is.
      const { likelihood, confidence, bluf } = reported.brief;
      baseline = {
        likelihood: { ...likelihood, range: { ...likelihood.range }, spread: { ...likelihood.spread } },
        confidence: structuredClone(confidence),
        bluf,
      };
    } else {
      const baseJudgment = judge(scenario, baseFacts, baseResolved.judgedAsOf, base.sources);
      const baseRelied = factsRelied(
        base,
        [...scenario.factIds, ...baseResolved.settling.map((f) => f.id)],
        baseFacts,
        baseResolved.settling,
      );
      const baseInformationTo = informationUpTo(baseRelied);
      baseline = {
        likelihood: likelihoodOf(baseJudgment, baseRate),
        confidence: baseJudgment.confidence,
        bluf: bottomLine({
          scenario: def,
          judgment: baseJudgment,
          asOf,
          resolution: baseResolved.resolution,
          judgedAsOf: baseResolved.judgedAsOf,
          ...(baseInformationTo ? { informationTo: baseInformationTo } : {}),
        }),
      };
    }
    for (const [factId, value] of [...assumptions].sort(([a], [b]) => byCodeUnit(a, b))) {
      assumed.push({ factId, value, baselineValue: baseFacts.get(factId)?.value ?? null });
    }
  }

  const informationTo = informationUpTo(relied);
  const parts = bottomLineParts({
    scenario: def,
    judgment,
    asOf,
    resolution,
    judgedAsOf,
    assumptions: assumptions.size,
    settledByWhatIf: settledByAssumption(base, resolution, assumptions),
    ...(informationTo ? { informationTo } : {}),
  });
  const brief: Omit<Brief, 'tradecraft'> = {
    scenario: {
      id: def.id,
      title: def.title,
      question: def.question,
      horizon: def.horizon,
      version: { number: scenario.version.number, hash: scenario.version.hash },
    },
    asOf,
    judgedAsOf,
    informationTo,
    resolution,
    bluf: `${parts.judgment} ${parts.evidence} ${parts.confidence}`,
    bottomLine: parts,
    likelihood: likelihoodOf(judgment, baseRate),
    confidence: judgment.confidence,
    indicators: judgment.indicators,
    signposts: open ? signposts(judgment, def, (id) => awaited(base, id)) : [],
    keyAssumptions: keyAssumptions(judgment, facts, base.sources, judgedAsOf),
    assumptions: assumed,
    ...(baseline ? { baseline } : {}),
    warnings: [
      ...warningsFor(resolved, asOf, def.horizon.end, def.horizon.opens),
      ...(open && request.crossChecks ? request.crossChecks(judgment.probability) : []),
    ],
    sources: sourcesBehind(relied, base.sources),
    citations: citationsFor(relied, base.sources),
    timeline: timelineOf(relied),
    version,
  };
  const authored = [def.claim, ...relied.filter((f) => !f.observationId && !f.assumed).map((f) => f.statement)];
  return { ...brief, tradecraft: tradecraftChecks({ ...brief, authored }) };
}
