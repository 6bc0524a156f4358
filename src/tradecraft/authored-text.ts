// The build's tradecraft lint over authored scenario files, the same for the seed files and for
// anything published later: no estimative word off the scale in running text, no indicator that
// tests what is known instead of what happened, and no label that presents an assessment as a
// fact. Pure: a scenario and the certainty of each fact in, problems with paths out.
import type { ContentProblem } from '../facts/content-error';
import type { FactRecord } from '../facts/fact-record';
import type { Certainty } from '../facts/vocabulary';
import type { CompiledIndicator } from '../rules/compile-scenario';
import type { Condition } from '../rules/condition';
import type { Scenario } from '../rules/scenario-schema';
import { lintAuthoredText } from './language-checks';

/** Certainties that make a fact someone's judgment rather than a report of what happened. */
const JUDGMENTS: readonly Certainty[] = ['assessment', 'uncertain', 'inferred'];

/**
 * Words that say whose judgment a statement gives: its author's (or the article's), or a named
 * holder's view or judgment. Narrower than a label's: "Russia said …" names whose words a report
 * gives, which would credit the author's judgment to Russia.
 */
const JUDGMENT_ATTRIBUTION =
  /\b(?:author|author's|author’s|article|article's|article’s|in (?:the|its|their|his|her) (?:view|assessment|account|reading|judgment|characterisation|characterization)|(?:judges?|judged|assess(?:es|ed)?|argues?|argued|believes?|considers?|finds?|counts?|takes?) that)\b/i;

/**
 * Words that say whose view a label gives. A label over an assessment must carry one, so a
 * reader never takes an author's judgment for a reported fact.
 */
const ATTRIBUTION =
  /\b(?:author|author's|author’s|article|according to|judges?|judged|assess(?:es|ed)?|argues?|argued|says?|said|claims?|claimed|suggests?|suggested|describes?|described|characteri[sz]es|reads?|hedging|reports?|reported|in the view of)\b/i;

/** The ops that test knowledge rather than the world: as an indicator they cannot be refuted. */
function knowledgeTests(node: Condition, path: string, into: ContentProblem[]): void {
  switch (node.op) {
    case 'all':
    case 'any':
      node.conditions.forEach((c, i) => {
        knowledgeTests(c, `${path}.conditions.${i}`, into);
      });
      return;
    case 'not':
      knowledgeTests(node.condition, `${path}.condition`, into);
      return;
    case 'exists':
    case 'unknown':
      into.push({
        path: `${path}.op`,
        message: `"${node.op}" tests what is known, not what happened, so the indicator can never be refuted: compare the fact's value instead`,
      });
      return;
    default:
      return;
  }
}

function wordProblems(text: string, path: string): ContentProblem[] {
  return lintAuthoredText(text).map((f) => ({ path, message: f.message }));
}

/** Problems in a scenario's authored text: its words, and indicators that test knowledge. */
export function lintScenario(scenario: Scenario): ContentProblem[] {
  const problems = [
    ...wordProblems(scenario.title, 'title'),
    ...wordProblems(scenario.question, 'question'),
    ...wordProblems(scenario.claim, 'claim'),
    ...wordProblems(scenario.horizon.label, 'horizon.label'),
    ...wordProblems(scenario.baseRate.rationale, 'baseRate.rationale'),
  ];
  scenario.indicators.forEach((indicator, i) => {
    problems.push(...wordProblems(indicator.label, `indicators.${i}.label`));
    problems.push(...wordProblems(indicator.rationale, `indicators.${i}.rationale`));
    knowledgeTests(indicator.condition, `indicators.${i}.condition`, problems);
  });
  const { resolution } = scenario;
  problems.push(...wordProblems(resolution.criteria, 'resolution.criteria'));
  for (const outcome of ['yes', 'no'] as const) {
    const settling = resolution[outcome];
    if (!settling) continue;
    problems.push(...wordProblems(settling.label, `resolution.${outcome}.label`));
    knowledgeTests(settling.condition, `resolution.${outcome}.condition`, problems);
  }
  return problems;
}

/**
 * Labels that present a judgment as fact: an indicator met, on the given facts, while a fact it
 * reads is someone's assessment, hedged or inferred, must say whose view it is. Checked against
 * the facts as they stand, since an indicator that is not met asserts nothing.
 */
export function attributionProblems(
  indicators: readonly CompiledIndicator[],
  facts: ReadonlyMap<string, FactRecord>,
  asOf: string,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  indicators.forEach((indicator, i) => {
    if (indicator.compiled.truth({ facts, asOf }) !== 'true') return;
    const judged = indicator.compiled.factIds.filter((id) => {
      const certainty = facts.get(id)?.certainty;
      return certainty !== undefined && JUDGMENTS.includes(certainty);
    });
    if (judged.length > 0 && !ATTRIBUTION.test(indicator.label)) {
      problems.push({
        path: `indicators.${i}.label`,
        message: `the label presents a judgment as fact: ${judged.join(', ')} ${judged.length === 1 ? 'is' : 'are'} recorded as someone's assessment, hedged or inferred, so say whose view it is (e.g. "The author judges that …")`,
      });
    }
  });
  return problems;
}

/**
 * Statements that present an assessment as fact: a fact recorded as its author's own judgment is
 * shown by its statement (timelines, the facts route), so the statement must say whose view it is.
 */
export function assessmentProblems(
  facts: readonly { statement: string; certainty?: Certainty | undefined }[],
): ContentProblem[] {
  return facts.flatMap((f, i) =>
    f.certainty === 'assessment' && !JUDGMENT_ATTRIBUTION.test(f.statement)
      ? [
          {
            path: `${i}.statement`,
            message: `the statement presents the author's assessment as fact: say whose view it is (e.g. "In the author's assessment, …")`,
          },
        ]
      : [],
  );
}

/** Problems in authored fact statements: the same word rule as scenarios. */
export function lintStatements(statements: readonly { statement: string }[]): ContentProblem[] {
  return statements.flatMap((f, i) => wordProblems(f.statement, `${i}.statement`));
}
