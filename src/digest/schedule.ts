// When the digest runs: the Cron Trigger in wrangler.toml (a test keeps the two equal), and the
// freshness that follows from it: a latest digest is good until the next run.
import { utcDay } from '../lib/dates';

/** Daily at 06:00 UTC. */
export const DIGEST_CRON = '0 6 * * *';
/** The run's hour, read from the cron expression (minute hour * * *), so the two cannot differ. */
const RUN_HOUR_UTC = Number(DIGEST_CRON.split(' ')[1]);

/** The ISO day (UTC) a run at this instant computes the digest for. */
export function digestDateOf(instant: Date): string {
  return utcDay(instant);
}

/** Seconds from `now` to the next scheduled run, at least a minute. */
export function secondsUntilNextRun(now: Date): number {
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), RUN_HOUR_UTC));
  if (next.getTime() <= now.getTime()) next.setUTCDate(next.getUTCDate() + 1);
  return Math.max(60, Math.ceil((next.getTime() - now.getTime()) / 1000));
}

/** Freshness while a run is overdue (its digest not committed yet, or the run failed). */
export const OVERDUE_SECONDS = 300;

/**
 * Cache-Control for what changes at the next run: fresh until then, everywhere. If today's run
 * is due but the latest digest is older, only briefly, so readers pick up the run when it lands.
 */
export function untilNextRun(now: Date, latestDigestDate: string): string {
  const due = now.getUTCHours() >= RUN_HOUR_UTC && latestDigestDate < digestDateOf(now);
  const seconds = due ? OVERDUE_SECONDS : secondsUntilNextRun(now);
  return `public, max-age=${seconds}, s-maxage=${seconds}, stale-while-revalidate=3600`;
}
