// Validates a question-set file and compiles it against the fact base's types. Each hypothesis
// becomes a binary question the model already knows how to judge and resolve: "is this hypothesis
// the answer?", settled yes by its own development, no by any other's (whichever is recorded
// first), and at the horizon no, or yes for the default. Resolution then reuses the scenarios'
// rules (brief/resolution.ts) unchanged: same days, same reporting window, same conflicts.
import { ContentError, type ContentProblem } from '../facts/content-error';
import type { FactType } from '../facts/fact-record';
import { type ContentOrigin, readContent } from '../facts/validate';
import { type CompiledScenario, compileScenario } from '../rules/compile-scenario';
import type { Condition } from '../rules/condition';
import type { Scenario } from '../rules/scenario-schema';
import { type Hypothesis, type QuestionSet, SetSchema } from './set-schema';

export interface CompiledHypothesis {
  definition: Hypothesis;
  /** "Is this hypothesis the answer?" as a binary question (checked content: not validated again). */
  question: CompiledScenario;
}

export interface CompiledSet {
  file: string;
  definition: QuestionSet;
  /** Which version is served: 1 for the file in scenarios/sets/ (or a set's first live version). */
  version: number;
  hypotheses: CompiledHypothesis[];
  /** Every fact any hypothesis's indicators read, in first-use order. */
  factIds: string[];
}

const otherLabel = 'Another hypothesis’s development is recorded first';

/** The binary question "is `h` the answer?", as a scenario document. */
function binaryOf(set: QuestionSet, h: Hypothesis): Scenario {
  const others = set.hypotheses.filter((o) => o !== h && o.settles).map((o) => o.settles?.condition as Condition);
  const anyOther: Condition | undefined =
    others.length === 0 ? undefined : others.length === 1 ? others[0] : { op: 'any', conditions: others };
  return {
    id: `${set.id}--${h.id}`,
    title: h.label,
    question: set.question,
    claim: h.claim,
    horizon: set.horizon,
    baseRate: h.prior,
    indicators: h.indicators,
    independent: [],
    resolution: {
      criteria: set.criteria,
      ...(h.settles ? { yes: h.settles } : {}),
      ...(anyOther ? { no: { condition: anyOther, label: otherLabel } } : {}),
      atHorizon: h.default ? 'yes' : 'no',
      reportingDays: set.reportingDays,
    },
  };
}

/**
 * A set file validated (authored) and compiled. The binary questions are compiled as checked
 * content: the set's schema has already validated every part they are made of, and their
 * conditions are compiled (and so checked against the facts' types) here.
 */
export function compileSet(
  data: unknown,
  file: string,
  types: ReadonlyMap<string, FactType>,
  origin: ContentOrigin = 'authored',
): CompiledSet {
  const definition = readContent(SetSchema, data, file, origin);
  const problems: ContentProblem[] = [];
  const hypotheses = definition.hypotheses.map((h, k) => {
    try {
      return { definition: h, question: compileScenario(binaryOf(definition, h), file, types, 'checked') };
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      // A `no` condition is the others' settling developments, each reported at its own path.
      for (const p of error.problems) if (!p.path.startsWith('resolution.no')) problems.push(at(p, k));
      return undefined;
    }
  });
  if (problems.length > 0) throw new ContentError(file, problems);
  const compiled = hypotheses as CompiledHypothesis[];
  return {
    file,
    definition,
    version: 1,
    hypotheses: compiled,
    factIds: [...new Set(compiled.flatMap((h) => h.question.factIds))],
  };
}

/** A problem in the binary question, at its path in the set file. */
function at(p: ContentProblem, k: number): ContentProblem {
  const path = p.path.startsWith('resolution.yes.') ? `settles.${p.path.slice('resolution.yes.'.length)}` : p.path;
  return { ...p, path: `hypotheses.${k}.${path}` };
}
