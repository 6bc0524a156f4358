// The words of estimative language: the ICD 203 likelihood scale (both rows), percentages,
// confidence levels, and the off-scale words that express probability outside a stated judgment.
import type { BandId } from '../brief/likelihood';

/**
 * Both rows of the ICD 203 scale, lower-case with single spaces. "Even chance/odds" count without
 * "roughly". "Remote" is a scale term only as "remote chance/possibility" or right before a
 * percentage ("remote (3%)"): "a remote border post" is not a judgment.
 */
export const SCALE_TERMS: ReadonlyMap<string, BandId> = new Map<string, BandId>([
  ['almost no chance', 'almost-no-chance'],
  ['remote', 'almost-no-chance'],
  ['remote chance', 'almost-no-chance'],
  ['remote possibility', 'almost-no-chance'],
  ['very unlikely', 'very-unlikely'],
  ['highly improbable', 'very-unlikely'],
  ['unlikely', 'unlikely'],
  ['improbable', 'unlikely'],
  ['roughly even chance', 'roughly-even'],
  ['roughly even odds', 'roughly-even'],
  ['even chance', 'roughly-even'],
  ['even odds', 'roughly-even'],
  ['likely', 'likely'],
  ['probable', 'likely'],
  ['very likely', 'very-likely'],
  ['highly probable', 'very-likely'],
  ['almost certain', 'almost-certain'],
  ['almost certainly', 'almost-certain'],
  ['nearly certain', 'almost-certain'],
  ['nearly certainly', 'almost-certain'],
]);

/** Regex sources that only count in some contexts; the rest are the phrase itself. */
const CONTEXT: Readonly<Record<string, string>> = {
  remote: '(?=\\s*\\(\\s*\\d)',
  likelihood: '(?![\\s-]+ratios?(?!\\p{L}))',
  // "All but settle" is a judgment; "all but one/the smallest states" means "except".
  'all but':
    '(?!\\s+(?:\\d|one|two|three|four|five|six|seven|eight|nine|ten|a|an|the|those|these|few)(?![\\p{L}\\p{N}]))',
  // "The odds are good/slim/that …" is a judgment; "the odds are multiplied by the LR" is arithmetic.
  'odds are': '(?=\\s+(?:that|good|high|low|slim|long|small|even|strong|against|in\\s+favou?r)(?!\\p{L}))',
};

/**
 * Off the scale: words that express probability without being a stated judgment. Modal verbs
 * (may, might, could, would, should) are not here — "May" is also a month — nor "certainty" (a
 * field of our data), "uncertain" (one of its values) or a bare "odds" (the odds form of Bayes' rule).
 */
const OFF_SCALE_EXTRA = [
  'probably',
  'presumably',
  'possibly',
  'perhaps',
  'maybe',
  'likelihood',
  'in all likelihood',
  'all but',
  'doubtful',
  'certainly',
  'surely',
  'chances are',
  'odds are',
  'more likely',
  'less likely',
  'most likely',
];

/** A whole-word, case-insensitive pattern for phrases; any run of whitespace may sit between words. */
function wordsPattern(phrases: readonly string[]): RegExp {
  const sources = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+') + (CONTEXT[p] ?? ''));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${sources.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

const SCALE = wordsPattern([...SCALE_TERMS.keys()]);
const OFF_SCALE = wordsPattern([...SCALE_TERMS.keys(), ...OFF_SCALE_EXTRA]);
/** "85%", "85 %", "85.5%", "85 percent", "85 per cent"; the number is group 1. */
const PERCENT_SOURCE = '(?<![\\p{L}\\p{N}.])(\\d+(?:\\.\\d+)?)(?:\\s?%|\\s+per\\s?cent(?!\\p{L}))';
const PERCENT = new RegExp(PERCENT_SOURCE, 'giu');
/** A scale term then a percentage in brackets: "very likely (85%)", "likely (72 %, up from 60%)". */
const TERM_PERCENT = new RegExp(`(${SCALE.source})\\s*\\(\\s*${PERCENT_SOURCE}(?:\\s*\\))?`, 'giu');

const LEVEL = '(?:low|moderate|medium|high)';
/** "moderate confidence", "high-confidence", "Confidence: low", "confidence in X is high", … */
const CONFIDENCE = new RegExp(
  [
    `${LEVEL}[\\s-]+confidence`,
    `(?:high|moderate)ly\\s+confident`,
    `${LEVEL}\\s+(?:level|degree)\\s+of\\s+confidence`,
    `confidence(?:\\s+level)?\\s*(?::|=|\\(|—|–|-)\\s*${LEVEL}`,
    `confidence(?:\\s+(?:in|about|for)\\s+[^.;:!?]{1,60}?)?\\s+(?:is|was|remains|stays|would\\s+be|will\\s+be|becomes|(?:falls|rises|drops|moves)\\s+to)\\s+(?:\\p{L}+\\s+)?${LEVEL}`,
  ]
    .map((s) => `(?<![\\p{L}\\p{N}])${s}(?![\\p{L}\\p{N}])`)
    .join('|'),
  'giu',
);

/** Where a phrase was found: the text as written and its index. */
export interface Hit {
  text: string;
  index: number;
}

export type LikelihoodExpression = Hit & ({ kind: 'term'; band: BandId } | { kind: 'percent'; percent: number });

/** A scale term written next to its percentage: "very likely (85%)". */
export interface TermWithPercent extends Hit {
  term: string;
  band: BandId;
  percent: number;
}

/** The band of a scale term as written (any case or spacing), or undefined off the scale. */
export function bandOfTerm(term: string): BandId | undefined {
  return SCALE_TERMS.get(term.toLowerCase().replace(/\s+/g, ' '));
}

/** The scale terms and percentages in a text, in order of position. */
export function likelihoodExpressions(text: string): LikelihoodExpression[] {
  const terms = [...text.matchAll(SCALE)].map((m) => ({
    kind: 'term' as const,
    text: m[0],
    index: m.index,
    band: bandOfTerm(m[0]) as BandId,
  }));
  const percents = [...text.matchAll(PERCENT)].map((m) => ({
    kind: 'percent' as const,
    text: m[0],
    index: m.index,
    percent: Number(m[1]),
  }));
  return [...terms, ...percents].sort((a, b) => a.index - b.index);
}

/** The mentions of a confidence level in a text, with the level named (the last one in the mention). */
export function confidenceExpressions(text: string): (Hit & { level: string })[] {
  return [...text.matchAll(CONFIDENCE)].map((m) => ({
    text: m[0],
    index: m.index,
    level: (m[0].match(/low|moderate|medium|high/gi)?.at(-1) ?? '').toLowerCase(),
  }));
}

/** Every "<scale term> (<n>%" in a text; the excerpt includes the closing bracket when it follows. */
export function termsWithPercent(text: string): TermWithPercent[] {
  return [...text.matchAll(TERM_PERCENT)].map((m) => {
    const term = m[1] as string;
    return { text: m[0], index: m.index, term, band: bandOfTerm(term) as BandId, percent: Number(m[2]) };
  });
}

/** Every estimative word of authored running text, scale terms included, longest phrase first. */
export function offScaleWords(text: string): Hit[] {
  return [...text.matchAll(OFF_SCALE)].map((m) => ({ text: m[0], index: m.index }));
}
