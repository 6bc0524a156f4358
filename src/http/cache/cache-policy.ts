// Cache-Control per kind of resource. Every entry of our edge cache is keyed by the content
// version (rules, facts with observations, and code revision), so an entry can never be stale at
// our edge; the lifetimes below bound what browsers (max-age) and other shared caches
// (s-maxage) may reuse without revalidating, which a strong ETag makes a cheap 304.

export const CACHE_POLICIES = {
  /**
   * Anything an observation can change: briefs, pages, embeds, facts, scenarios, sources and `/`,
   * with or without `asOf` (a back-dated observation changes a past day as much as today).
   * Outside caches keep them 30 s at most: with the isolates' 30 s re-read of observations, an
   * answer is never more than 60 s behind.
   */
  live: 'public, max-age=30, s-maxage=30',
  /** Schemas, the API contract and its documentation, scripts and styles: change only with a deploy. */
  reference: 'public, max-age=3600, s-maxage=86400, stale-while-revalidate=604800',
} as const;

export type CachePolicy = keyof typeof CACHE_POLICIES;

/** How a route's answers may be cached, as the API contract states it. */
export type RouteCaching = CachePolicy | 'until-next-digest' | 'no-store';

/** A route's policy in words, for the API documentation. */
export function describeCachePolicy(cache: RouteCaching): string {
  if (cache === 'no-store') return 'Cache-Control: `no-store`: the audit trail and writes are never cached.';
  if (cache === 'until-next-digest') {
    return 'Cache-Control: `public, max-age=N, s-maxage=N, stale-while-revalidate=3600`, where N is the number of seconds until the next digest run (daily at 06:00 UTC).';
  }
  return `Cache-Control: \`${CACHE_POLICIES[cache]}\`.`;
}
