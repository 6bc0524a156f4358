// Security headers on every response. JSON and other non-HTML documents get a CSP that allows
// nothing (they are data, never rendered as a page); HTML routes set their own strict CSP.
import type { MiddlewareHandler } from 'hono';

const DATA_CSP = "default-src 'none'; frame-ancestors 'none'";

export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  const headers = c.res.headers;
  headers.set('X-Content-Type-Options', 'nosniff');
  headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
  headers.set('X-Frame-Options', 'DENY');
  if (!headers.has('Content-Security-Policy')) headers.set('Content-Security-Policy', DATA_CSP);
};
