// Splits running text into sentences, so that the ICD 203 sentence rule can look at one at a time.

/** Where a sentence sits in its text: `text.slice(start, end)`, already trimmed. */
export interface Span {
  start: number;
  end: number;
}

/**
 * A candidate end: terminal punctuation, any closing quotes or brackets, then whitespace and a
 * capital, a digit or an opening quote. A period inside "0.85" or "$1.23" is never followed by
 * whitespace, so decimals need no rule of their own.
 */
const END = /[.!?]+[”’"')\]]*(?=\s+[\p{Lu}\p{N}“‘"'])/gu;

/** Words whose period abbreviates (compared lower-case). "No." is checked apart, case-sensitively. */
const ABBREVIATIONS = new Set([
  'etc',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'jr',
  'sr',
  'vs',
  'approx',
  'cf',
  'fig',
  'gen',
  'col',
  'lt',
]);

/**
 * Whether the period at `at` ends a sentence. Not after an abbreviation, dotted letters ("U.S",
 * "e.g", "i.e"), or a single capital that starts the line or follows a capitalised word (the
 * initial in "Anatoly V. Sidorov"; but "… that X. Confidence" ends). The price: "Plan B. Then"
 * stays one sentence and "and J. Smith" splits after "J.". "!" and "?" always end one.
 */
function endsSentence(line: string, at: number, punctuation: string): boolean {
  if (/[!?]/.test(punctuation)) return true;
  const word = /[\p{L}.]*$/u.exec(line.slice(0, at))?.[0] ?? '';
  if (word === 'No' || ABBREVIATIONS.has(word.toLowerCase())) return false;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return false;
  if (!/^\p{Lu}$/u.test(word)) return true;
  const previous = /\S*$/.exec(line.slice(0, at - 1).trimEnd())?.[0] ?? '';
  return previous !== '' && !/^\P{L}*\p{Lu}/u.test(previous);
}

/** The trimmed sentences of a text, as spans; a newline always ends one (paragraphs, list items). */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  const push = (start: number, end: number) => {
    const piece = text.slice(start, end);
    const trimmed = piece.trim();
    const lead = piece.length - piece.trimStart().length;
    if (trimmed) spans.push({ start: start + lead, end: start + lead + trimmed.length });
  };
  for (const line of text.matchAll(/[^\n]+/g)) {
    let start = 0;
    for (const m of line[0].matchAll(END)) {
      if (!endsSentence(line[0], m.index, m[0])) continue;
      push(line.index + start, line.index + m.index + m[0].length);
      start = m.index + m[0].length;
    }
    push(line.index + start, line.index + line[0].length);
  }
  return spans;
}

/** The trimmed, non-empty sentences of a text, in order; no non-whitespace character is lost. */
export function sentencesOf(text: string): string[] {
  return sentenceSpans(text).map((s) => text.slice(s.start, s.end));
}
