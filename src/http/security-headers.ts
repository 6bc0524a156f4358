// Security headers on every response. JSON and other non-HTML documents get a CSP that allows
// nothing (they are data, never rendered as a page); HTML routes set their own strict CSP, and
// only the embed card, whose CSP lets any site frame it, goes without X-Frame-Options: DENY.
const DATA_CSP = "default-src 'none'; frame-ancestors 'none'";

/** Sets the headers above on a response the route has made. */
export function setSecurityHeaders(headers: Headers): void {
  headers.set('X-Content-Type-Options', 'nosniff');
  headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
  const csp = headers.get('Content-Security-Policy');
  if (csp === null) headers.set('Content-Security-Policy', DATA_CSP);
  // The legacy header cannot say "anyone may frame this": leave it off what is meant to be framed.
  if (!csp?.includes('frame-ancestors *')) headers.set('X-Frame-Options', 'DENY');
}
