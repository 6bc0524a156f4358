// JSON responses. Characters that could end a string or open a tag in an HTML context (<, >, &)
// and the JavaScript line separators are written as \u escapes: the JSON means the same, and no
// echoed input can ever be read as markup by a browser that sniffs, or by a page that inlines it.
import type { Context } from 'hono';

const UNSAFE = /[<>&\u2028\u2029]/g;

export function safeJson(value: unknown): string {
  return JSON.stringify(value).replace(UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function jsonResponse(c: Context, value: unknown, contentType = 'application/json; charset=UTF-8'): Response {
  return c.body(safeJson(value), 200, { 'Content-Type': contentType });
}
