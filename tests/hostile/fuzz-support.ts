// Shared by the property tests: the fixed seed and run counts (quoted in docs/testing.md),
// and one way to send a request and fail with a readable line when an answer breaks a rule.
import { SELF } from 'cloudflare:test';
import { type Answer, answerOf, violations } from './response-checks';

/** Fixed, so every run tries the same inputs; fast-check prints it with any counterexample. */
export const FUZZ_SEED = 20_261_128;
/** Runs per property. */
export const FUZZ_RUNS = { routes: 300, paths: 150, writes: 150 } as const;

export const fuzzStats = { requests: 0, serverErrors: 0 };

export async function send(method: string, url: string, headers: Record<string, string>, body?: string) {
  const withBody = body !== undefined && !['GET', 'HEAD'].includes(method);
  const res = await SELF.fetch(url, { method, headers, ...(withBody ? { body } : {}) });
  fuzzStats.requests++;
  if (res.status >= 500) fuzzStats.serverErrors++;
  return answerOf(method, url, res);
}

export function check(answer: Answer, allowed: ReadonlySet<number>): void {
  const found = violations(answer, allowed);
  if (found.length > 0) {
    const where = `${answer.method} ${answer.url.slice(0, 300)} → ${answer.status}`;
    throw new Error(`${where}: ${found.join('; ')}\n${answer.body.slice(0, 300)}`);
  }
}

export function logFigures(property: string, runs: number): void {
  console.info(JSON.stringify({ event: 'fuzz-figures', property, seed: FUZZ_SEED, runs, ...fuzzStats }));
}
