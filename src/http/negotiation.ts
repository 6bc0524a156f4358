// Content negotiation for the one route that serves two representations (/): HTML for people,
// JSON for programs that ask for it. RFC 9110 §12.5.1: a media type takes the q-value of the
// most specific range that matches it.

/** The q-value the Accept header gives `type`, or 0 if no range matches it. */
function quality(accept: string, type: string): number {
  const [major] = type.split('/');
  let specificity = 0;
  let q = 0;
  for (const part of accept.split(',')) {
    const [range = '', ...params] = part.trim().toLowerCase().split(';');
    const rank = range === type ? 3 : range === `${major}/*` ? 2 : range === '*/*' ? 1 : 0;
    if (rank <= specificity) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qParam ? Number(qParam.slice(2)) : 1;
    specificity = rank;
    q = Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
  }
  return q;
}

/** Whether the client prefers JSON to HTML; on a tie, or with no Accept header, HTML wins. */
export function prefersJson(accept: string | undefined): boolean {
  if (!accept) return false;
  return quality(accept, 'application/json') > quality(accept, 'text/html');
}
