// Assembles a question set's brief: how it stands, each hypothesis's probability (summing to 1),
// the bottom line naming the leading hypothesis and the evidence that most discriminates, the ACH
// matrix with sensitivity, coherence with linked scenarios, signposts, what the matrix does not
// show, sources and citations, and the tradecraft checks every brief passes. Pure: the same set,
// facts, date and assumptions give the same brief; linked scenarios' numbers come in by a function.

import { LEAD_IN, underAssumptions } from '../brief/bottom-line';
import { beforeTheWindow, factsRelied, informationUpTo } from '../brief/brief';
import type { ContentVersion } from '../brief/brief-schema';
import { assessConfidence } from '../brief/confidence';
import { citationsFor } from '../brief/evidence';
import { bandOf } from '../brief/likelihood';
import { settledByAssumption } from '../brief/resolution';
import { sourcesBehind } from '../brief/sourcing';
import type { Assumptions, FactBase } from '../facts/fact-base';
import { formatDay } from '../facts/format';
import { byCodeUnit } from '../facts/text-order';
import { canonicalJson } from '../lib/canonical-json';
import { sha256Hex } from '../lib/hash';
import type { CompiledScenario } from '../rules/compile-scenario';
import { tradecraftChecks } from '../tradecraft/brief-checks';
import { type AchMatrix, achMatrix, rowPlans } from './ach-matrix';
import { compareLink } from './coherence';
import type { CompiledSet } from './compile-set';
import { probabilityOrder, type SensitivityEntry, sensitivity } from './sensitivity';
import type { SetBrief } from './set-brief-schema';
import { appliedUnder, defaultIndex, exactProbabilities, judgeSet, type SetJudgment } from './set-judgment';
import { wholePercents } from './set-probabilities';

export interface SetRequest {
  asOf: string;
  assumptions?: Assumptions;
}

/** A linked scenario's stated probability on a day under assumptions; undefined once it is closed. */
export type ScenarioProbability = (
  scenario: CompiledScenario,
  asOf: string,
  assumptions: Assumptions,
) => number | undefined;

const pct = (p: number) => `${Math.round(p * 100)}%`;

const hashes = new WeakMap<CompiledSet, string>();
/** The content hash of a set document (its editor hint apart): 16 hex digits. */
export function setHash(set: CompiledSet): string {
  let hash = hashes.get(set);
  if (!hash) {
    const { $schema: _hint, ...document } = set.definition;
    hash = sha256Hex(canonicalJson(document)).slice(0, 16);
    hashes.set(set, hash);
  }
  return hash;
}

/** “A”, or “A” and “B”, or “A”, “B” and “C”. */
function named(labels: readonly string[]): string {
  const quoted = labels.map((l) => `“${l}”`);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth'];

/** A hypothesis's label by its id (the id where none has it), for the sentences below. */
function labelsOf(set: Pick<CompiledSet, 'hypotheses'>): (id: string) => string {
  return (id) => set.hypotheses.find((h) => h.definition.id === id)?.definition.label ?? id;
}

/** A matrix row's evidence as a sentence quotes it: its first statement, without the full stop. */
function quotedRow(row: { id: string; evidence: readonly string[] }): string {
  return `“${(row.evidence[0] ?? row.id).replace(/\.$/, '')}”`;
}

/** The same, by the row's id. */
function quotedEvidence(matrix: Pick<AchMatrix, 'rows'>, rowId: string): string {
  const row = matrix.rows.find((r) => r.id === rowId);
  return row ? quotedRow(row) : `“${rowId}”`;
}

/**
 * The evidence that most separates the leading hypothesis from the runner-up: the row whose cells
 * for the two differ most. Where no row separates them, the most diagnostic row overall.
 */
function discriminatingSentence(set: CompiledSet, matrix: AchMatrix, order: readonly number[]): string {
  const label = labelsOf(set);
  const [leadIndex, nextIndex] = order as [number, number];
  const lead = set.hypotheses[leadIndex]?.definition.id ?? '';
  const next = set.hypotheses[nextIndex]?.definition.id ?? '';
  const logOf = (row: AchMatrix['rows'][number], id: string) =>
    row.cells.find((c) => c.hypothesisId === id)?.logRatio ?? 0;
  const between = matrix.rows
    .map((row) => ({ row, gap: logOf(row, lead) - logOf(row, next) }))
    .filter(({ gap }) => gap !== 0)
    .sort((a, b) => Math.abs(b.gap) - Math.abs(a.gap))[0];
  const times = (x: number) => `${Math.round(Math.exp(Math.abs(x)) * 100) / 100} times`;
  if (between) {
    const [more, less] = between.gap > 0 ? [lead, next] : [next, lead];
    return `The evidence that most separates “${label(lead)}” from “${label(next)}” is ${quotedRow(between.row)}: the rules weigh it as ${times(between.gap)} as likely under “${label(more)}” as under “${label(less)}”.`;
  }
  const top = matrix.rows.filter((r) => r.diagnostic).sort((a, b) => b.diagnosticity - a.diagnosticity)[0];
  if (!top)
    return 'Nothing on record yet tells the hypotheses apart: their numbers are the priors, moved only by time.';
  const logs = top.cells.map((c) => c.logRatio);
  const most = top.cells.filter((c) => c.logRatio === Math.max(...logs)).map((c) => label(c.hypothesisId));
  const least = top.cells.filter((c) => c.logRatio === Math.min(...logs)).map((c) => label(c.hypothesisId));
  const under = (labels: string[]) => (labels.length === 1 ? named(labels) : `each of ${named(labels)}`);
  return `No evidence on record separates “${label(lead)}” from “${label(next)}”: their priors and the time left do. The evidence that most discriminates overall is ${quotedRow(top)}: the rules weigh it as ${times(Math.log(top.diagnosticity))} as likely under ${under(most)} as under ${under(least)}.`;
}

/** How fragile the lead is: the evidence whose loss, or reversal, alone would change it. */
function fragilitySentence(set: CompiledSet, matrix: AchMatrix, entries: readonly SensitivityEntry[]): string {
  const label = labelsOf(set);
  const evidence = (rowId: string) => quotedEvidence(matrix, rowId);
  const lost = entries.find((e) => e.test === 'discounted' && e.leaderChanges);
  if (lost) {
    return `The lead is fragile: setting aside ${evidence(lost.rowId)} alone would put “${label(lost.ranking[0]?.hypothesisId ?? '')}” first.`;
  }
  const turned = entries.find((e) => e.test === 'reversed' && e.leaderChanges);
  if (turned) {
    return `Reading ${evidence(turned.rowId)} the other way would put “${label(turned.ranking[0]?.hypothesisId ?? '')}” first; no single piece of evidence set aside would.`;
  }
  return 'No single piece of evidence, set aside or read the other way, changes the lead.';
}

/** Once time has passed with nothing recorded, the default gains: said, with the assumption it rests on. */
function timeSentence(set: CompiledSet, j: SetJudgment): string {
  if (j.remaining >= 1) return '';
  const fallback = set.hypotheses[defaultIndex(set)]?.definition.label;
  const passed = j.remaining <= 0 ? 'the whole window' : `the ${pct(1 - j.remaining)} of the window that has passed`;
  return ` Time counts for “${fallback}”: none of the developments is on record in ${passed}, and the judgment assumes the record would show them.`;
}

/** A weighted inconsistency score as text: two decimals, with a minus sign. */
export const scoreText = (s: number) => (s === 0 ? '0' : `${s < 0 ? '−' : ''}${Math.abs(s).toFixed(2)}`);

/**
 * How fragile the ACH reading is (Heuer's sensitivity step): the evidence whose loss, or reversal,
 * alone would leave a hypothesis surviving best (alone or tied) that does not now. Empty where
 * none would; a change that only breaks a tie among today's survivors sharpens the reading.
 */
export function achFragility(
  set: Pick<CompiledSet, 'hypotheses'>,
  matrix: Pick<AchMatrix, 'rows'>,
  entries: readonly SensitivityEntry[],
  survivorsNow: readonly string[],
): string {
  const overturns = (e: SensitivityEntry) => e.achSurvivors.some((id) => !survivorsNow.includes(id));
  const lost = entries.find((e) => e.test === 'discounted' && overturns(e));
  const entry = lost ?? entries.find((e) => e.test === 'reversed' && overturns(e));
  if (!entry) return '';
  const label = labelsOf(set);
  const evidence = quotedEvidence(matrix, entry.rowId);
  const change = lost ? `set aside ${evidence} alone` : `read ${evidence} the other way`;
  const survivors = entry.achSurvivors.map(label);
  const who =
    survivors.length === 1
      ? `${named(survivors)} would survive best`
      : survivors.length === set.hypotheses.length
        ? 'no hypothesis would survive better than another'
        : `${named(survivors)} would tie as the least inconsistent`;
  return ` The ACH reading is fragile: ${change}, and ${who}.`;
}

function inconsistencySentence(
  set: CompiledSet,
  matrix: AchMatrix,
  order: readonly number[],
  open: boolean,
  entries: readonly SensitivityEntry[],
): string {
  if (matrix.rows.length === 0) return 'With no evidence on record, the ACH matrix has no rows to judge by.';
  const lead = open
    ? 'Judged by inconsistency alone, as ACH does,'
    : 'On its last open day, judged by inconsistency alone,';
  const label = labelsOf(set);
  const values = matrix.scores.map((s) => s.weightedInconsistency);
  const best = Math.max(...values);
  const worst = Math.min(...values);
  if (best === worst) {
    return `${lead} no hypothesis ${open ? 'survives' : 'survived'} better than another (each ${open ? 'scores' : 'scored'} ${scoreText(best)}).`;
  }
  const survivors = matrix.scores.filter((s) => s.weightedInconsistency === best).map((s) => s.hypothesisId);
  const weakest = matrix.scores.filter((s) => s.weightedInconsistency === worst).map((s) => s.hypothesisId);
  const leaderId = set.hypotheses[order[0] as number]?.definition.id ?? '';
  const verb = (one: string, many: string, past: string) => (open ? (survivors.length === 1 ? one : many) : past);
  const who =
    survivors.length === 1
      ? `${named(survivors.map(label))} ${verb('survives', 'survive', 'survived')} best (score ${scoreText(best)})`
      : `${named(survivors.map(label))} ${verb('ties', 'tie', 'tied')} as the least inconsistent (score ${scoreText(best)})`;
  const rank = (id: string) => ORDINALS[order.findIndex((n) => set.hypotheses[n]?.definition.id === id)] ?? '';
  const differs = survivors.includes(leaderId)
    ? '.'
    : `; by probability ${survivors.length === 1 ? 'it' : 'they'} ${survivors.length === 1 ? (open ? 'is' : 'was') : open ? 'are' : 'were'} ${named(survivors.map(rank)).replaceAll('“', '').replaceAll('”', '')}, since priors and time count there and not in ACH.`;
  return `${lead} ${who}, and ${named(weakest.map(label))} ${open ? (weakest.length === 1 ? 'fares' : 'fare') : 'fared'} worst (${scoreText(worst)})${differs}${open ? achFragility(set, matrix, entries, survivors) : ''}`;
}

function statusSentence(set: CompiledSet, j: SetJudgment, what: number): string {
  const { status, resolution, hypothesisId } = j.status;
  const def = set.definition;
  const winner = set.hypotheses.find((h) => h.definition.id === hypothesisId)?.definition;
  const under = what > 0 ? `${underAssumptions(what)}, the question would resolve to` : 'Resolved on';
  if (status === 'resolved' && winner) {
    const day = formatDay(resolution.date ?? def.horizon.end);
    const how =
      resolution.basis === 'event'
        ? `“${winner.label}”, when “${winner.settles?.label ?? ''}” was recorded first.`
        : resolution.basis === 'recorded-absence'
          ? `“${winner.label}”: the record shows none of the other developments had happened by the horizon.`
          : `“${winner.label}”, for want of any record that another development happened by the horizon.`;
    return what > 0 ? `${under} ${how}` : `${under} ${day}: ${how}`;
  }
  return what > 0
    ? `${underAssumptions(what)}, the question is not yet resolved: ${resolution.reason}`
    : `Not yet resolved: ${resolution.reason}`;
}

interface Built {
  judgment: SetJudgment;
  leader: number;
  matrix: AchMatrix;
  sensitivity: SensitivityEntry[];
  bluf: string;
  parts: SetBrief['bottomLine'];
}

function build(set: CompiledSet, base: FactBase, asOf: string, assumptions: Assumptions): Built {
  const judgment = judgeSet(set, base, asOf, assumptions);
  const order = probabilityOrder(
    judgment.hypotheses.map((h) => h.probability),
    judgment.hypotheses.map((h) => h.exact),
  );
  const leader = order[0] as number;
  const matrix = achMatrix(set, judgment.hypotheses, judgment.facts, base.sources);
  const open = judgment.status.status === 'open';
  // Which evidence would change the ranking is a question about an open judgment only.
  const entries = open ? sensitivity(set, judgment, matrix) : [];
  const lead = judgment.hypotheses[leader];
  const def = set.definition;
  const what = (k: number) => `${set.hypotheses[k]?.definition.claim} ${def.horizon.label}`;
  const confidence = confidenceOf(judgment, base);
  const alternatives = order
    .slice(1)
    .map((k) => judgment.hypotheses[k])
    .map((h) => `“${h?.hypothesis.definition.label}” ${pct(h?.probability ?? 0)}`);
  const n = assumptions.size;
  // A recorded event settles the set whatever is assumed elsewhere: said as recorded. A what-if
  // that settles it: the judgment beside the outcome is short of that development.
  const { resolution } = judgment.status;
  const shortOf = !open && settledByAssumption(base, resolution, assumptions);
  const recordedEvent = !open && resolution.basis === 'event' && !shortOf;
  const conditional = recordedEvent ? 0 : n;
  const judgmentSentence = open
    ? `${n > 0 ? `${underAssumptions(n)} and as` : 'As'} of ${formatDay(asOf)}, the leading hypothesis is “${lead?.hypothesis.definition.label}”: ${LEAD_IN[lead?.band.id ?? 'roughly-even']} (${pct(lead?.probability ?? 0)}) that ${what(leader)}.`
    : shortOf
      ? `${statusSentence(set, judgment, conditional)} Short of that, the judgment as of ${formatDay(judgment.judgedAsOf)} would be ${lead?.band.term} (${pct(lead?.probability ?? 0)}) for “${lead?.hypothesis.definition.label}”: that ${what(leader)}.`
      : `${statusSentence(set, judgment, conditional)} ${recordedEvent && n > 0 ? `${underAssumptions(n)}, the` : 'The'} last judgment before it closed, as of ${formatDay(judgment.judgedAsOf)}, was ${lead?.band.term} (${pct(lead?.probability ?? 0)}) for “${lead?.hypothesis.definition.label}”: that ${what(leader)}.`;
  const parts = {
    judgment: judgmentSentence,
    alternatives: `The alternatives: ${alternatives.join(', ')}.${open ? timeSentence(set, judgment) : ''}`,
    evidence: discriminatingSentence(set, matrix, order),
    sensitivity: open ? fragilitySentence(set, matrix, entries) : '',
    inconsistency: inconsistencySentence(set, matrix, order, open, entries),
    confidence: open
      ? confidence.statement
      : confidence.statement.replace(
          /^Confidence in this judgment is /,
          shortOf ? 'Confidence in that judgment would be ' : 'Confidence in that last judgment was ',
        ),
  };
  const bluf = [
    parts.judgment,
    parts.alternatives,
    parts.evidence,
    parts.sensitivity,
    parts.inconsistency,
    parts.confidence,
  ]
    .filter((p) => p !== '')
    .join(' ');
  return { judgment, leader, matrix, sensitivity: entries, parts, bluf };
}

function confidenceOf(j: SetJudgment, base: FactBase) {
  return assessConfidence(
    j.hypotheses.flatMap((h) => h.indicators),
    j.facts,
    base.sources,
  );
}

/** Where each unknown row would move the most affected hypothesis if it were recorded as the indicators watch for. */
function signposts(set: CompiledSet, j: SetJudgment): SetBrief['signposts'] {
  if (j.status.status !== 'open') return [];
  const out: SetBrief['signposts'] = [];
  for (const h of set.hypotheses) {
    if (h.definition.settles) {
      out.push({
        hypothesisId: h.definition.id,
        text: `Watch for “${h.definition.settles.label}”: recorded first, it settles the question for “${h.definition.label}”.`,
      });
    }
  }
  const before = j.hypotheses.map((h) => h.probability);
  for (const plan of rowPlans(set)) {
    const unknown = plan.members.every(
      ({ hypothesis, indicator }) => j.hypotheses[hypothesis]?.indicators[indicator]?.status === 'unknown',
    );
    if (!unknown) continue;
    const onRow = new Set(plan.members.map((m) => `${m.hypothesis}:${m.indicator}`));
    const applied = appliedUnder(j.hypotheses, (n, i, k) => (onRow.has(`${n}:${k}`) ? 'met' : i.status));
    const after = wholePercents(exactProbabilities(set, applied, j.remaining));
    const moved = after
      .map((p, n) => ({ n, delta: p - (before[n] as number) }))
      .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || a.n - b.n)[0];
    if (!moved || moved.delta === 0) continue;
    const first = plan.members[0] as { hypothesis: number; indicator: number };
    const label = j.hypotheses[first.hypothesis]?.indicators[first.indicator]?.label ?? plan.id;
    const h = set.hypotheses[moved.n]?.definition.label;
    out.push({
      hypothesisId: set.hypotheses[moved.n]?.definition.id as string,
      text: `If “${label}” were recorded, “${h}” would move from ${pct(before[moved.n] as number)} to ${pct(after[moved.n] as number)}.`,
    });
  }
  return out;
}

function timeOf(set: CompiledSet, j: SetJudgment): SetBrief['time'] {
  const { opens, end } = set.definition.horizon;
  const window = `the window from ${formatDay(opens)} to ${formatDay(end)}`;
  const fallback = set.hypotheses[defaultIndex(set)]?.definition.label;
  const text =
    j.remaining >= 1
      ? `None of ${window} has passed: the numbers are the evidence's over the whole window.`
      : j.remaining <= 0
        ? `${window.charAt(0).toUpperCase()}${window.slice(1)} has run out: what was not recorded by then can no longer come first.`
        : `${pct(1 - j.remaining)} of ${window} has passed with none of the hypotheses' developments recorded. Assuming each would be on record had it happened, constant hazards leave the others a ${pct(j.remaining)} share of the window to be recorded in, and “${fallback}” gains what they lose.`;
  return { opens, horizon: end, remainingShare: Math.round(j.remaining * 1000) / 1000, text };
}

function limitsOf(set: CompiledSet, matrix: AchMatrix): string[] {
  const absent = matrix.absent.map((a) => a.evidence.join('; '));
  return [
    'The matrix shows only evidence this service records as facts, read through authored indicators: what the article and the observations do not record is not in it, and neither are the analyst’s unwritten reasons.',
    absent.length > 0
      ? `Evidence watched for but not on record, so not in the matrix: ${absent.join(' | ')}.`
      : 'Every piece of evidence the indicators watch for has something on record.',
    'Cells are derived from likelihood ratios the authors set; the matrix is as sound as those weights, and a row with one indicator reads one author’s view of it.',
    `It rests on the set’s assumptions: ${set.definition.assumptions.join(' ')}`,
  ];
}

function hypothesesOut(j: SetJudgment): SetBrief['hypotheses'] {
  return j.hypotheses.map((h) => {
    const d = h.hypothesis.definition;
    const band = bandOf(h.probability);
    return {
      id: d.id,
      label: d.label,
      claim: d.claim,
      default: d.default === true,
      prior: d.prior,
      evidenceProbability: Math.round(h.evidence * 100) / 100,
      probability: h.probability,
      band: band.id,
      term: band.term,
      settles: d.settles?.label ?? null,
      indicators: h.indicators,
    };
  });
}

/** The set's brief as of the request's day; linked scenarios' numbers come from `scenarioProbability`. */
export function buildSetBrief(
  set: CompiledSet,
  base: FactBase,
  version: ContentVersion,
  request: SetRequest,
  scenarios: ReadonlyMap<string, CompiledScenario>,
  scenarioProbability: ScenarioProbability,
): SetBrief {
  const { asOf } = request;
  const assumptions = request.assumptions ?? new Map();
  const built = build(set, base, asOf, assumptions);
  const { judgment, leader, matrix } = built;
  const def = set.definition;
  const open = judgment.status.status === 'open';
  const stated = new Map(judgment.hypotheses.map((h) => [h.hypothesis.definition.id, h.probability]));
  const coherence = def.coherence.map((link) => {
    const scenario = scenarios.get(link.scenario);
    const p = scenario && open ? scenarioProbability(scenario, asOf, assumptions) : undefined;
    return compareLink(set, link, scenario, open, stated, p);
  });
  // As a scenario's brief: the facts any indicator reads, known then, and those that settled it.
  const relied = factsRelied(base, set.factIds, judgment.facts, judgment.status.settling);
  const informationTo = informationUpTo(relied);
  const confidence = confidenceOf(judgment, base);
  let baseline: SetBrief['baseline'];
  const assumed: SetBrief['assumptions'] = [];
  if (assumptions.size > 0) {
    const b = build(set, base, asOf, new Map());
    baseline = {
      leading: b.judgment.hypotheses[b.leader]?.hypothesis.definition.id as string,
      probabilities: b.judgment.hypotheses.map((h) => ({
        hypothesisId: h.hypothesis.definition.id,
        probability: h.probability,
      })),
      bluf: b.bluf,
    };
    for (const [factId, value] of [...assumptions].sort(([a], [b]) => byCodeUnit(a, b))) {
      assumed.push({ factId, value, baselineValue: b.judgment.facts.get(factId)?.value ?? null });
    }
  }
  const lead = judgment.hypotheses[leader];
  const leadBand = bandOf(lead?.probability ?? 0.5);
  const warnings = [
    ...beforeTheWindow(def.horizon.opens, asOf),
    ...(judgment.status.conflict ? [judgment.status.conflict] : []),
    ...coherence.filter((c) => !c.agrees).map((c) => `Coherence: ${c.text}`),
  ];
  const brief: Omit<SetBrief, 'tradecraft'> = {
    set: {
      id: def.id,
      title: def.title,
      question: def.question,
      horizon: def.horizon,
      criteria: def.criteria,
      version: { number: set.version, hash: setHash(set) },
    },
    asOf,
    judgedAsOf: judgment.judgedAsOf,
    informationTo,
    status: {
      status: judgment.status.status,
      hypothesis: judgment.status.hypothesisId ?? null,
      resolution: judgment.status.resolution,
    },
    bluf: built.bluf,
    bottomLine: built.parts,
    // Once resolved, the hypothesis it resolved to leads; the last open numbers stay beside it.
    leading: judgment.status.hypothesisId ?? (lead?.hypothesis.definition.id as string),
    hypotheses: hypothesesOut(judgment),
    time: timeOf(set, judgment),
    confidence,
    matrix,
    sensitivity: built.sensitivity,
    coherence,
    signposts: signposts(set, judgment),
    keyAssumptions: def.assumptions.map((text) => ({ text })),
    limits: limitsOf(set, matrix),
    assumptions: assumed,
    ...(baseline ? { baseline } : {}),
    warnings,
    sources: sourcesBehind(relied, base.sources),
    citations: citationsFor(relied, base.sources),
    version,
  };
  const indicators = judgment.hypotheses.flatMap((h) => h.indicators);
  const baseLead = baseline?.probabilities.find((p) => p.hypothesisId === baseline?.leading)?.probability;
  const tradecraft = tradecraftChecks({
    scenario: { question: def.question, horizon: { label: def.horizon.label, end: def.horizon.end } },
    asOf,
    resolution: { status: judgment.status.status, reason: judgment.status.resolution.reason, criteria: def.criteria },
    bluf: brief.bluf,
    likelihood: { band: leadBand.id, term: leadBand.term, probability: lead?.probability ?? 0.5 },
    confidence,
    indicators,
    signposts: brief.signposts,
    keyAssumptions: brief.keyAssumptions,
    assumptions: assumed,
    ...(baseline && baseLead !== undefined
      ? { baseline: { bluf: baseline.bluf, likelihood: { term: bandOf(baseLead).term, probability: baseLead } } }
      : {}),
    warnings,
    sources: brief.sources,
    citations: brief.citations,
    authored: [
      def.title,
      ...def.assumptions,
      ...def.hypotheses.flatMap((h) => [h.label, h.claim, h.prior.rationale, ...(h.settles ? [h.settles.label] : [])]),
      ...relied.filter((f) => !f.observationId && !f.assumed).map((f) => f.statement),
    ],
  });
  return { ...brief, tradecraft };
}
