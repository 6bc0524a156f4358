// CORS as the contract states it: any origin may read (GET, HEAD), without credentials; writes
// are for analysts' own tools, not for other sites' pages. Preflights are answered here.
//
// The headers are set on the route's response after it is made (as security-headers.ts does),
// not before: headers set before the route make Hono build a placeholder response and then copy
// it into the route's, two extra responses on every request, a measurable share of a cache hit.
const EXPOSE_HEADERS = 'ETag,Cache-Status,Allow,Content-Length,Location,Last-Modified,Link';

const PREFLIGHT = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': EXPOSE_HEADERS,
  'Access-Control-Max-Age': '86400',
  'Access-Control-Allow-Methods': 'GET,HEAD,OPTIONS',
  'Access-Control-Allow-Headers': 'If-None-Match,If-Modified-Since,Cache-Control',
  Vary: 'Access-Control-Request-Headers',
};

/** Every answer, problems included, may be read by any origin: sets that on a response made. */
export function setCorsHeaders(headers: Headers): void {
  headers.set('Access-Control-Allow-Origin', '*');
  headers.set('Access-Control-Expose-Headers', EXPOSE_HEADERS);
}

/** The answer to a preflight (OPTIONS) request, once it has passed the URL limit. */
export function preflightResponse(): Response {
  return new Response(null, { status: 204, headers: PREFLIGHT });
}
