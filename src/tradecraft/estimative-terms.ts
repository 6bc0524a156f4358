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

/**
 * The letter and letter-or-digit classes a pattern's source is written with. In full, they are
 * Unicode's, so a word boundary holds in any script; for plain text (below) their ASCII subsets
 * match at exactly the same places, and V8 compiles those patterns far faster (case-insensitive
 * Unicode classes were what a fresh isolate's first brief waited on most: docs/performance.md).
 */
interface Classes {
  letter: string;
  letterOrDigit: string;
}
const UNICODE: Classes = { letter: '\\p{L}', letterOrDigit: '\\p{L}\\p{N}' };
const ASCII: Classes = { letter: 'A-Za-z', letterOrDigit: 'A-Za-z0-9' };

/**
 * Printable ASCII with tabs and line breaks, and the non-ASCII characters that are neither letters
 * nor digits and have no case: the spaces, dashes, quotes and signs briefs and sources are written
 * with. (A text with another control character is simply read by the Unicode compilation.)
 */
const PLAIN_TEXT =
  /^[\t\n\r\x20-\x7E\u00A0\u00A3\u00A7\u00B0\u00B7\u00D7\u2010-\u2015\u2018-\u2022\u2026\u2032\u2033\u20AC]*$/;

/** Which compilation of the patterns reads a text: 'plain' is only for plain text. */
export type Flavour = 'plain' | 'unicode';

/**
 * 'plain' for a text of ASCII and the marks above alone, else 'unicode'. On plain text the two
 * compilations agree: a character there is an ASCII letter (digit) exactly when it is a Unicode
 * one, and no case folding reaches an ASCII letter from it (the long s and the Kelvin sign, which
 * fold to s and k, are letters, so never plain). The functions below choose it from their text;
 * only tests pass it, to compare the two compilations.
 */
export function flavourOf(text: string): Flavour {
  return PLAIN_TEXT.test(text) ? 'plain' : 'unicode';
}

/** A pattern written over `Classes`, each compilation made on its first use. */
function pattern(source: (k: Classes) => string): (flavour: Flavour) => RegExp {
  let plain: RegExp | undefined;
  let unicode: RegExp | undefined;
  return (flavour) => {
    if (flavour === 'plain') {
      plain ??= new RegExp(source(ASCII), 'gi');
      return plain;
    }
    unicode ??= new RegExp(source(UNICODE), 'giu');
    return unicode;
  };
}

/** Regex sources that only count in some contexts; the rest are the phrase itself. */
const CONTEXT: Readonly<Record<string, (k: Classes) => string>> = {
  remote: () => '(?=\\s*\\(\\s*\\d)',
  likelihood: (k) => `(?![\\s-]+ratios?(?![${k.letter}]))`,
  // "All but settle" is a judgment; "all but one/the smallest states" means "except".
  'all but': (k) =>
    `(?!\\s+(?:\\d|one|two|three|four|five|six|seven|eight|nine|ten|a|an|the|those|these|few)(?![${k.letterOrDigit}]))`,
  // "The odds are good/slim/that …" is a judgment; "the odds are multiplied by the LR" is arithmetic.
  'odds are': (k) =>
    `(?=\\s+(?:that|good|high|low|slim|long|small|even|strong|against|in\\s+favou?r)(?![${k.letter}]))`,
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

/** A whole-word, case-insensitive pattern source for phrases; any run of whitespace may sit between words. */
function wordsSource(phrases: readonly string[]): (k: Classes) => string {
  const sorted = [...phrases].sort((a, b) => b.length - a.length);
  return (k) => {
    const sources = sorted.map(
      (p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+') + (CONTEXT[p]?.(k) ?? ''),
    );
    return `(?<![${k.letterOrDigit}])(?:${sources.join('|')})(?![${k.letterOrDigit}])`;
  };
}

const SCALE_SOURCE = wordsSource([...SCALE_TERMS.keys()]);
const SCALE = pattern(SCALE_SOURCE);
const OFF_SCALE = pattern(wordsSource([...SCALE_TERMS.keys(), ...OFF_SCALE_EXTRA]));
/** "85%", "85 %", "85.5%", "85 percent", "85 per cent"; the number is group 1. */
const percentSource = (k: Classes) =>
  `(?<![${k.letterOrDigit}.])(\\d+(?:\\.\\d+)?)(?:\\s?%|\\s+per\\s?cent(?![${k.letter}]))`;
const PERCENT = pattern(percentSource);
/** A scale term then a percentage in brackets: "very likely (85%)", "likely (72 %, up from 60%)". */
const TERM_PERCENT = pattern((k) => `(${SCALE_SOURCE(k)})\\s*\\(\\s*${percentSource(k)}(?:\\s*\\))?`);

const LEVEL = '(?:low|moderate|medium|high)';
/** "moderate confidence", "high-confidence", "Confidence: low", "confidence in X is high", … */
const CONFIDENCE = pattern((k) =>
  [
    `${LEVEL}[\\s-]+confidence`,
    `(?:high|moderate)ly\\s+confident`,
    `${LEVEL}\\s+(?:level|degree)\\s+of\\s+confidence`,
    `confidence(?:\\s+level)?\\s*(?::|=|\\(|—|–|-)\\s*${LEVEL}`,
    `confidence(?:\\s+(?:in|about|for)\\s+[^.;:!?]{1,60}?)?\\s+(?:is|was|remains|stays|would\\s+be|will\\s+be|becomes|(?:falls|rises|drops|moves)\\s+to)\\s+(?:[${k.letter}]+\\s+)?${LEVEL}`,
  ]
    .map((s) => `(?<![${k.letterOrDigit}])${s}(?![${k.letterOrDigit}])`)
    .join('|'),
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
export function likelihoodExpressions(text: string, flavour = flavourOf(text)): LikelihoodExpression[] {
  const terms = [...text.matchAll(SCALE(flavour))].map((m) => ({
    kind: 'term' as const,
    text: m[0],
    index: m.index,
    band: bandOfTerm(m[0]) as BandId,
  }));
  const percents = [...text.matchAll(PERCENT(flavour))].map((m) => ({
    kind: 'percent' as const,
    text: m[0],
    index: m.index,
    percent: Number(m[1]),
  }));
  return [...terms, ...percents].sort((a, b) => a.index - b.index);
}

/** The mentions of a confidence level in a text, with the level named (the last one in the mention). */
export function confidenceExpressions(text: string, flavour = flavourOf(text)): (Hit & { level: string })[] {
  return [...text.matchAll(CONFIDENCE(flavour))].map((m) => ({
    text: m[0],
    index: m.index,
    level: (m[0].match(/low|moderate|medium|high/gi)?.at(-1) ?? '').toLowerCase(),
  }));
}

/** Every "<scale term> (<n>%" in a text; the excerpt includes the closing bracket when it follows. */
export function termsWithPercent(text: string, flavour = flavourOf(text)): TermWithPercent[] {
  return [...text.matchAll(TERM_PERCENT(flavour))].map((m) => {
    const term = m[1] as string;
    return { text: m[0], index: m.index, term, band: bandOfTerm(term) as BandId, percent: Number(m[2]) };
  });
}

/** Every estimative word of authored running text, scale terms included, longest phrase first. */
export function offScaleWords(text: string, flavour = flavourOf(text)): Hit[] {
  return [...text.matchAll(OFF_SCALE(flavour))].map((m) => ({ text: m[0], index: m.index }));
}
