// HTML responses and their Content-Security-Policies. Every page says exactly what it may load:
// our stylesheet, our scripts where it runs any, never inline code, and who may frame it.
import type { Context } from 'hono';
import type { AppBindings } from './app-bindings';
import { strongEtagOfText } from './cache/etag';

const BASE = ["default-src 'none'", "style-src 'self'", "img-src 'self' data:", "base-uri 'none'"];

export const CSP = {
  /** Pages: no script, forms submit only to us, never framed. */
  page: [...BASE, "form-action 'self'", "frame-ancestors 'none'"].join('; '),
  /** The widget page runs our widget, which probes and frames our embed card. */
  widgetPage: [
    ...BASE,
    "script-src 'self'",
    "connect-src 'self'",
    "frame-src 'self'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; '),
  /** The authoring page: forms submit only to us, and it runs our quote-selection script. */
  authoring: [...BASE, "script-src 'self'", "form-action 'self'", "frame-ancestors 'none'"].join('; '),
  /** The embed card: framed by any site (and local files), runs only its height script. */
  embed: [...BASE, "script-src 'self'", "form-action 'none'", 'frame-ancestors * file:'].join('; '),
} as const;

/** A page with its CSP and strong ETag (tagged here, from the text, so the edge cache need not read it back). */
export function htmlResponse(c: Context<AppBindings>, body: string, csp: string): Response {
  const html = `<!DOCTYPE html>${body}`;
  return c.html(html, 200, { 'Content-Security-Policy': csp, ETag: strongEtagOfText(html) });
}
