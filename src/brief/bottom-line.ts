// The bottom line up front: one sentence with the likelihood term, the probability, the claim,
// its horizon, the confidence, and the indicator that weighs most for the judgment.
import type { Scenario } from '../rules/scenario-schema';
import type { Judgment } from './judgment';
import type { BandId } from './likelihood';

/** The ICD 203 terms in a sentence: "it is likely that …", "there is a roughly even chance that …". */
const LEAD_IN: Record<BandId, string> = {
  'almost-no-chance': 'there is almost no chance',
  'very-unlikely': 'it is very unlikely',
  unlikely: 'it is unlikely',
  'roughly-even': 'there is a roughly even chance',
  likely: 'it is likely',
  'very-likely': 'it is very likely',
  'almost-certain': 'it is almost certain',
};

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * `2021-07-05` → `5 July 2021`, as en-GB writes a day (a test compares it with Intl). Written out:
 * constructing an Intl.DateTimeFormat at module load cost a sizeable share of a cold start.
 */
export function formatDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** `assumptions` is the number of what-if assumptions in force; the sentence says so when there are any. */
export function bottomLine(scenario: Scenario, judgment: Judgment, asOf: string, assumptions = 0): string {
  const { band, probability, indicators, confidence } = judgment;
  const met = indicators.filter((i) => i.status === 'met');
  const lead = [...met].sort((a, b) => b.weight - a.weight)[0];
  const percent = Math.round(probability * 100);
  let evidence = `none of the ${indicators.length} indicators is met`;
  if (lead) {
    const leadText =
      lead.direction === 'raises'
        ? `the weightiest being “${lead.label}”`
        : `the weightiest, “${lead.label}”, counting against it`;
    evidence = `${met.length} of ${indicators.length} indicators are met, ${leadText}`;
  }
  const under =
    assumptions === 0 ? '' : `Under ${assumptions} what-if ${assumptions === 1 ? 'assumption' : 'assumptions'} and as`;
  return (
    `${under || 'As'} of ${formatDay(asOf)}, ${LEAD_IN[band.id]} (${percent}%) that ${scenario.claim} ${scenario.horizon.label}, ` +
    `with ${confidence.level} confidence: ${evidence}.`
  );
}
