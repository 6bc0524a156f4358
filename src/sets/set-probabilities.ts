// From priors and evidence to the hypotheses' probabilities, which sum to 1. Three steps:
// 1. Evidence. Each indicator of hypothesis k is a likelihood ratio of its evidence under k
//    against the other hypotheses (read as equally likely to show it), so Bayes' rule over the set
//    gives P_k ∝ π_k · exp(L_k), where L_k sums the log ratios k's indicators apply (grouping
//    counted, brief/likelihood.ts), normalised over the set. These are over the whole window.
// 2. Time, as competing risks. Each non-default hypothesis is a race to be recorded first; with
//    constant hazards λ_k, the chance any is recorded over the window is E = Σ P_k (k not the
//    default), and with a share s of the window left and none yet recorded, the chance any still
//    is comes to 1 − (1 − E)^s, split among them in proportion to P_k (their hazards' shares).
//    The default, "none by the horizon", takes the rest, (1 − E)^s: with no new facts it grows
//    day by day and reaches 1 at the horizon. New evidence moves the P_k, and so E, at any time.
// 3. Statement. Whole percents by largest remainder, so the stated numbers sum to exactly 100%,
//    none below 1% (a rule set cannot rule a hypothesis out). The floor caps the leader at
//    100 − (n − 1)%: 97% with four hypotheses, even on the horizon where time leaves the default 1.
// Pure: numbers in, numbers out.

/** P_k ∝ π_k · exp(L_k), normalised; computed in log space so large ratios cannot overflow. */
export function evidenceShares(priors: readonly number[], logRatios: readonly number[]): number[] {
  const logs = priors.map((p, k) => Math.log(p) + (logRatios[k] ?? 0));
  const top = Math.max(...logs);
  const weights = logs.map((l) => Math.exp(l - top));
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => w / total);
}

/**
 * The shares with a share `remaining` (0 to 1) of the window left and nothing recorded yet
 * (step 2). `defaultIndex` is the hypothesis that holds when nothing is recorded.
 */
export function withCompetingTime(shares: readonly number[], defaultIndex: number, remaining: number): number[] {
  if (remaining >= 1) return [...shares];
  const events = shares.reduce((sum, p, k) => (k === defaultIndex ? sum : sum + p), 0);
  if (events <= 0) return shares.map((_, k) => (k === defaultIndex ? 1 : 0));
  const anyLeft = 1 - (1 - Math.min(1, events)) ** Math.max(0, remaining);
  return shares.map((p, k) => (k === defaultIndex ? 1 - anyLeft : (p / events) * anyLeft));
}

/**
 * Whole percents summing to 100: each share's floor, at least `floor`, then the points left over
 * to the largest remainders (ties to the earlier hypothesis); any excess the floors made is taken
 * from the largest. Stated as fractions (0.37).
 */
export function wholePercents(shares: readonly number[], floor = 1): number[] {
  const raw = shares.map((p) => Math.max(0, p) * 100);
  const out = raw.map((r) => Math.max(floor, Math.floor(r)));
  let left = 100 - out.reduce((a, b) => a + b, 0);
  // Entries lifted to the floor already have more than their share: they take no leftover point.
  const byRemainder = raw
    .map((r, k) => ({ k, rest: r - Math.floor(r) }))
    .filter(({ k }) => (out[k] as number) <= (raw[k] as number) || raw.every((r) => r < floor))
    .sort((a, b) => b.rest - a.rest || a.k - b.k)
    .map(({ k }) => k);
  for (let i = 0; left > 0; i = (i + 1) % byRemainder.length, left -= 1) {
    const k = byRemainder[i] as number;
    out[k] = (out[k] as number) + 1;
  }
  while (left < 0) {
    const k = out.indexOf(Math.max(...out));
    out[k] = (out[k] as number) - 1;
    left += 1;
  }
  return out.map((n) => n / 100);
}
