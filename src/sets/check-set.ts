// Every check a question set passes before it is served, beyond its schema: the conditions
// against the facts' types (compile-set.ts), the authored-text lint a scenario's words pass,
// labels over assessments, and its coherence links (each names a served scenario with the same
// horizon). Pure: a compiled set, the facts and the scenarios in; problems out, at set-file paths.

import { tooDeep } from '../catalog/check-scenario';
import type { ContentProblem } from '../facts/content-error';
import { ContentError } from '../facts/content-error';
import { type FactBase, factsAsOf } from '../facts/fact-base';
import type { CompiledScenario } from '../rules/compile-scenario';
import { correlatedProblems } from '../rules/model-checks';
import { attributionProblems, lintScenario } from '../tradecraft/authored-text';
import { lintAuthoredText } from '../tradecraft/language-checks';
import { type CompiledSet, compileSet } from './compile-set';

/** A binary question's lint path, as a path in the set file; undefined where another path reports it. */
function setPath(path: string, k: number): string | undefined {
  const at = `hypotheses.${k}`;
  if (path.startsWith('indicators.')) return `${at}.${path}`;
  if (path === 'title') return `${at}.label`;
  if (path === 'claim') return `${at}.claim`;
  if (path === 'baseRate.rationale') return `${at}.prior.rationale`;
  if (path.startsWith('resolution.yes.')) return `${at}.settles.${path.slice('resolution.yes.'.length)}`;
  if (path.startsWith('resolution.no.')) return undefined;
  // The question, horizon and criteria are the set's own, shared by every hypothesis.
  return path === 'resolution.criteria' ? 'criteria' : path;
}

/** A compiled set's lint, attribution, double-counting and coherence problems, at set-file paths, each once. */
export function setProblems(
  set: CompiledSet,
  facts: FactBase,
  scenarios: ReadonlyMap<string, CompiledScenario>,
): ContentProblem[] {
  const problems = new Map<string, ContentProblem>();
  const add = (p: ContentProblem) => problems.set(`${p.path}\u0000${p.message}`, p);
  const latest = factsAsOf(facts, facts.latestDate, new Map());
  set.hypotheses.forEach((h, k) => {
    for (const p of lintScenario(h.question.definition)) {
      const path = setPath(p.path, k);
      if (path !== undefined) add({ ...p, path });
    }
    for (const p of attributionProblems(h.question.indicators, latest, facts.latestDate)) {
      add({ ...p, path: `hypotheses.${k}.${p.path}` });
    }
    // Double counting within a hypothesis, as for a scenario: two indicators reading one piece of
    // evidence must share a group. (Across hypotheses one piece of evidence is one matrix row.)
    for (const p of correlatedProblems(h.question, facts)) {
      const path = setPath(p.path, k);
      if (path !== undefined) add({ ...p, path });
    }
  });
  for (const f of lintAuthoredText(set.definition.title)) add({ path: 'title', message: f.message });
  set.definition.assumptions.forEach((text, i) => {
    for (const f of lintAuthoredText(text)) add({ path: `assumptions.${i}`, message: f.message });
  });
  set.definition.coherence.forEach((link, i) => {
    const scenario = scenarios.get(link.scenario);
    if (!scenario) {
      add({ path: `coherence.${i}.scenario`, message: `no scenario "${link.scenario}"` });
    } else if (scenario.definition.horizon.end !== set.definition.horizon.end) {
      add({
        path: `coherence.${i}.scenario`,
        message: `"${link.scenario}" ends on ${scenario.definition.horizon.end}, the set on ${set.definition.horizon.end}: only questions with one horizon can be compared`,
      });
    }
  });
  return [...problems.values()];
}

export type SetCheck = { ok: true; set: CompiledSet } | { ok: false; problems: readonly ContentProblem[] };

/**
 * A set document checked in full against a fact base (observed facts included) and the scenarios
 * served, as the build checks the files in scenarios/sets/: compiled, or every problem with its
 * path. A document the schema refuses is reported by the schema's problems alone.
 */
export function checkSetDocument(
  data: unknown,
  facts: FactBase,
  scenarios: ReadonlyMap<string, CompiledScenario>,
  file: string,
): SetCheck {
  const deep = tooDeep(data);
  if (deep) return { ok: false, problems: [deep] };
  let set: CompiledSet;
  try {
    set = compileSet(data, file, facts.types, 'authored');
  } catch (error) {
    if (error instanceof ContentError) return { ok: false, problems: error.problems };
    throw error;
  }
  const problems = setProblems(set, facts, scenarios);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, set };
}
