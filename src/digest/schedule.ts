// When the digest runs: the Cron Trigger in wrangler.toml (a test keeps the two equal), and the
// freshness that follows from it: a latest digest is good until the next run.

/** Daily at 06:00 UTC. */
export const DIGEST_CRON = '0 6 * * *';
const RUN_HOUR_UTC = 6;

/** The ISO day (UTC) a run at this instant computes the digest for. */
export function digestDateOf(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/** Seconds from `now` to the next scheduled run, at least a minute. */
export function secondsUntilNextRun(now: Date): number {
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), RUN_HOUR_UTC));
  if (next.getTime() <= now.getTime()) next.setUTCDate(next.getUTCDate() + 1);
  return Math.max(60, Math.ceil((next.getTime() - now.getTime()) / 1000));
}

/** Cache-Control for what changes at the next run: fresh until then, everywhere. */
export function untilNextRun(now: Date): string {
  const seconds = secondsUntilNextRun(now);
  return `public, max-age=${seconds}, s-maxage=${seconds}, stale-while-revalidate=3600`;
}
