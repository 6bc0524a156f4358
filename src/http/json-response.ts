// JSON responses. Characters that could end a string or open a tag in an HTML context (<, >, &)
// and the JavaScript line separators are written as \u escapes: the JSON means the same, and no
// echoed input can ever be read as markup by a browser that sniffs, or by a page that inlines it.
import type { Context } from 'hono';
import { strongEtagOfText } from './cache/etag';

const UNSAFE = /[<>&\u2028\u2029]/g;

const TEST_UNSAFE = /[<>&\u2028\u2029]/;

/** The value as JSON text, with `<`, `>`, `&`, U+2028 and U+2029 written as \u escapes. */
export function safeJson(value: unknown): string {
  const json = JSON.stringify(value);
  // Most documents have none of these characters: a test is much cheaper than a replace pass.
  if (!TEST_UNSAFE.test(json)) return json;
  return json.replace(UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

interface Prepared {
  text: string;
  etag: string;
}

/**
 * A document's JSON text and strong ETag, written once per document object: the briefs, lists and
 * resources computed once per catalog snapshot are served again and again without being
 * serialised or hashed again. Keyed weakly, so a document computed for one request goes with it.
 */
const prepared = new WeakMap<object, Prepared>();

/** The document's escaped JSON text and strong ETag, made once per document object. */
export function preparedJson(value: object): Prepared {
  let p = prepared.get(value);
  if (!p) {
    const text = safeJson(value);
    p = { text, etag: strongEtagOfText(text) };
    prepared.set(value, p);
  }
  return p;
}

/** A JSON answer with its strong ETag (which the edge cache keeps rather than hashing again). */
export function jsonResponse(c: Context, value: object, contentType = 'application/json; charset=UTF-8'): Response {
  const { text, etag } = preparedJson(value);
  return c.body(text, 200, { 'Content-Type': contentType, ETag: etag });
}
