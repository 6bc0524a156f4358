// Coherence between a question set and the binary scenarios linked to it. A link says how the
// scenario's claim relates to the union of some hypotheses (set-schema.ts): `same` (the numbers
// should agree), `within` (the claim implies one of them: its number should not exceed theirs),
// `covers` (each of them implies the claim: its number should not fall below theirs). The gap is
// how far the stated numbers break that relation; beyond TOLERANCE the two disagree, and the
// disagreement is reported in the set's brief and as a warning in the scenario's.
//
// Why 0.15: it is an authoring tolerance, not a derived one. The two numbers come from different
// rule sets, each with weights authored to one or two digits and a time term of its own; gaps of
// a few points are what that authoring can give without either being wrong, and fifteen is more
// than it can explain. It does not promise that two numbers within it share an ICD 203 band. Only
// open questions are compared; once either is settled, the outcome decides.
import type { CompiledScenario } from '../rules/compile-scenario';
import type { CompiledSet } from './compile-set';
import type { SetBrief } from './set-brief-schema';
import type { CoherenceLink } from './set-schema';

export const TOLERANCE = 0.15;

export type CoherenceResult = SetBrief['coherence'][number];

const pct = (p: number) => `${Math.round(p * 100)}%`;
const round = (x: number) => Math.round(x * 100) / 100;

/** How far `scenario` and `union` break the relation: 0 when they keep it. */
export function gapOf(relation: CoherenceLink['relation'], scenario: number, union: number): number {
  if (relation === 'same') return Math.abs(scenario - union);
  if (relation === 'within') return Math.max(0, scenario - union);
  return Math.max(0, union - scenario);
}

const RELATION_WORDS: Record<CoherenceLink['relation'], string> = {
  same: 'holds exactly when one of them does',
  within: 'implies one of them, so it cannot be more probable than they are together',
  covers: 'follows from each of them, so it cannot be less probable than they are together',
};

/**
 * One link compared. `scenarioProbability` is the scenario's stated probability on the same
 * day and assumptions, or undefined when it is closed (or not served).
 */
export function compareLink(
  set: CompiledSet,
  link: CoherenceLink,
  scenario: CompiledScenario | undefined,
  setOpen: boolean,
  stated: ReadonlyMap<string, number>,
  scenarioProbability: number | undefined,
): CoherenceResult {
  const labels = link.hypotheses.map(
    (id) => `“${set.hypotheses.find((h) => h.definition.id === id)?.definition.label ?? id}”`,
  );
  const union = round(link.hypotheses.reduce((sum, id) => sum + (stated.get(id) ?? 0), 0));
  const head = {
    scenario: { id: link.scenario, title: scenario?.definition.title ?? link.scenario },
    relation: link.relation,
    hypotheses: link.hypotheses,
    reason: link.reason,
    tolerance: TOLERANCE,
  };
  if (!setOpen || scenarioProbability === undefined) {
    return {
      ...head,
      compared: false,
      scenarioProbability: scenarioProbability ?? null,
      setProbability: union,
      gap: null,
      agrees: true,
      text: !scenario
        ? `Not compared: the scenario “${link.scenario}” is not served now (every version of it retired).`
        : `Not compared: ${!setOpen ? 'the set' : 'the scenario'} is closed, so its outcome, not its number, now decides.`,
    };
  }
  const gap = round(gapOf(link.relation, scenarioProbability, union));
  const agrees = gap <= TOLERANCE;
  const claim = `The scenario “${head.scenario.title}” (${pct(scenarioProbability)}) ${RELATION_WORDS[link.relation]}: ${labels.join(', ')} (${pct(union)} together).`;
  const verdict = agrees
    ? gap === 0
      ? ' The numbers keep the relation.'
      : ` The numbers break it by ${Math.round(gap * 100)} points, within the ${Math.round(TOLERANCE * 100)}-point tolerance.`
    : ` The numbers break it by ${Math.round(gap * 100)} points, beyond the ${Math.round(TOLERANCE * 100)}-point tolerance: one of the two rule sets is out of line with the other, and both are shown as they stand.`;
  return {
    ...head,
    compared: true,
    scenarioProbability,
    setProbability: union,
    gap,
    agrees,
    text: `${claim}${verdict}`,
  };
}

/** The warning a scenario's brief carries for a disagreement with a set. */
export function scenarioWarning(setTitle: string, result: CoherenceResult): string {
  const labels = result.hypotheses.length === 1 ? 'hypothesis' : 'hypotheses';
  return `Coherence: the question set “${setTitle}” gives ${pct(result.setProbability ?? 0)} to the ${labels} this claim is tied to (${result.relation}), against this brief's ${pct(result.scenarioProbability ?? 0)}; the gap of ${Math.round((result.gap ?? 0) * 100)} points is beyond the ${Math.round(result.tolerance * 100)}-point tolerance, so one of the two rule sets is out of line with the other.`;
}
