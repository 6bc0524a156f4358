// Text that people write into the record (observations, and what they cite) is shown on pages,
// feeds and in JSON, and stored in D1 as UTF-8. So it holds no control characters (a tab or a line
// break only where a field is a paragraph), no bidirectional controls (U+202E can make a name read
// backwards), and no lone surrogate (UTF-8 cannot store one: it would come back altered).
import * as v from 'valibot';

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
export const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
const CONTROL_BUT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** What is wrong with a text as stored text, if anything; `lines` allows tabs and line breaks. */
export function unsafeText(text: string, lines: boolean): string | undefined {
  if ((lines ? CONTROL_BUT_LINES : CONTROL).test(text)) {
    return lines
      ? 'must not contain control characters other than tabs and line breaks'
      : 'must not contain control characters or line breaks';
  }
  if (BIDI_CONTROL.test(text)) return 'must not contain bidirectional control characters';
  if (LONE_SURROGATE.test(text)) return 'must not contain a lone surrogate (half of a character)';
  return undefined;
}

/** A check of text safety for a valibot pipe: a single line, or (with `lines`) a paragraph. */
export function safeText(lines = false) {
  return v.rawCheck<string>(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const problem = unsafeText(dataset.value, lines);
    if (problem) addIssue({ message: problem });
  });
}

/** A trimmed, non-empty text of at most `max` characters, safe to store: one line. */
export const Line = (max: number) =>
  v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'), v.maxLength(max), safeText());

/** The same for a paragraph: tabs and line breaks allowed. */
export const Paragraph = (max: number) =>
  v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'), v.maxLength(max), safeText(true));

/** An http(s) address of at most 2,000 characters, safe to store. */
export const WebAddress = v.pipe(
  v.string(),
  v.url('must be a URL'),
  v.maxLength(2000),
  v.regex(/^https?:\/\//, 'must be an http(s) URL'),
  // The URL parser drops a raw tab or newline; the text stored would still hold it.
  safeText(),
);
