// The floor: every scenario's indicators written by hand as plain TypeScript, one expression per
// indicator, with the same three-valued semantics as the rules module (an unknown fact makes a
// test unknown; "more than 1,500" is an interval, not a number). No interpretation, no
// explanations: the least work that reaches the same statuses.
import type { FactRecord } from '../../src/facts/fact-record';
import { periodEnd, yearsBetween } from '../../src/facts/partial-date';
import type { IndicatorStatus } from '../../src/rules/evaluate';
import { compareInterval, datesEqual, intervalOf } from '../../src/rules/interval';
import { and, fromBoolean, type Truth } from '../../src/rules/truth';

type Facts = ReadonlyMap<string, FactRecord>;

const STATUS: Record<Truth, IndicatorStatus> = { true: 'met', false: 'not-met', unknown: 'unknown' };

function is(facts: Facts, id: string, value: boolean | string): Truth {
  const fact = facts.get(id);
  return fact ? fromBoolean(fact.value === value) : 'unknown';
}

function isIn(facts: Facts, id: string, values: string[]): Truth {
  const fact = facts.get(id);
  return fact ? fromBoolean(values.includes(fact.value as string)) : 'unknown';
}

/** A date-typed fact equal to a date, each the period it names (as interval.ts decides). */
function sameDate(facts: Facts, id: string, date: string): Truth {
  const fact = facts.get(id);
  return fact ? datesEqual(fact.value as string, date) : 'unknown';
}

function atLeast(facts: Facts, id: string, c: number): Truth {
  const fact = facts.get(id);
  return fact ? compareInterval(intervalOf(fact.value as number, fact.qualifier), 'gte', c) : 'unknown';
}

/** Years since a fact's date: a span when the date is partial (as operand.ts resolves it). */
function yearsSinceAtLeast(facts: Facts, id: string, asOf: string, c: number): Truth {
  const fact = facts.get(id);
  if (!fact) return 'unknown';
  const since = fact.type === 'date' ? (fact.value as string) : fact.date;
  const most = yearsBetween(since, asOf);
  const least = yearsBetween(periodEnd(since), asOf);
  return least >= c ? 'true' : most < c ? 'false' : 'unknown';
}

/** a / b against c; unknown when either is missing or only bounded, as operand.ts decides. */
function ratio(facts: Facts, a: string, b: string, op: 'lt' | 'gt' | 'gte', c: number): Truth {
  const x = facts.get(a);
  const y = facts.get(b);
  if (!x || !y) return 'unknown';
  const exact = (f: FactRecord) => f.qualifier === 'exact' || f.qualifier === 'about';
  if (!exact(x) || !exact(y)) return 'unknown';
  const r = (x.value as number) / (y.value as number);
  if (!Number.isFinite(r)) return 'unknown';
  return fromBoolean(op === 'lt' ? r < c : op === 'gt' ? r > c : r >= c);
}

const PLEDGE_SHARE = ['ru.pledge_2014_received_usd', 'ru.pledge_2014_usd'] as const;
const RESPONSE_AGREED = ['agreed', 'adopted'];

/** Statuses in indicator order, per scenario id. */
export const HAND_WRITTEN: Record<string, (f: Facts, asOf: string) => IndicatorStatus[]> = {
  'taliban-border-advance': (f) =>
    [
      is(f, 'taliban.border_provinces_offensive', true),
      atLeast(f, 'afg.soldiers_fled_to_tajikistan', 1000),
      is(f, 'afg.government_losing_north', true),
      isIn(f, 'us.afghanistan_withdrawal', ['nearly-complete', 'completed']),
      is(f, 'taliban.rules_along_border', true),
      is(f, 'afg.government_holds_north', false),
      is(f, 'taliban.border_crossings_captured', true),
      is(f, 'tj.border_forces_in_control', true),
      is(f, 'afg.government_retakes_border_districts', true),
      isIn(f, 'csto.response_to_request', RESPONSE_AGREED),
    ].map((t) => STATUS[t]),
  'csto-non-response': (f, asOf) =>
    [
      is(f, 'csto.involvement_required', false),
      is(f, 'tj.border_forces_in_control', true),
      and([
        is(f, 'csto.target_program_adopted', false),
        yearsSinceAtLeast(f, 'csto.border_resolution_adopted', asOf, 5),
      ]),
      is(f, 'csto.armenia_2020_inaction', true),
      is(f, 'csto.tj_kg_clashes_inaction', true),
      is(f, 'ru.can_obtain_taliban_assurances', true),
      is(f, 'taliban.assurance_not_to_cross', true),
      is(f, 'tj.csto_request', 'requested'),
      atLeast(f, 'afg.soldiers_fled_to_tajikistan', 1000),
      is(f, 'csto.promised_security_guarantor', true),
      isIn(f, 'csto.response_to_request', ['convened-no-decision', 'deferred', 'declined']),
      is(f, 'csto.extraordinary_session_called', true),
      is(f, 'csto.assistance_to_tajikistan_discussed', true),
    ].map((t) => STATUS[t]),
  'target-program-stalls': (f, asOf) =>
    [
      is(f, 'csto.target_program_status', 'under-consultation'),
      and([
        is(f, 'csto.target_program_adopted', false),
        yearsSinceAtLeast(f, 'csto.border_resolution_adopted', asOf, 5),
      ]),
      is(f, 'csto.target_program_status', 'deferred'),
      is(f, 'csto.program_delay_explanation', 'such a program cannot be worked out in a flash'),
      is(f, 'ru.putin_program_timeline', 'several years'),
      ratio(f, ...PLEDGE_SHARE, 'lt', 0.1),
      is(f, 'ru.prefers_warnings_to_fortifying', true),
      is(f, 'tj.request_cites_2013_resolution', true),
      is(f, 'taliban.rules_along_border', true),
      is(f, 'tj.rahmon_met_csto_secretary_general', true),
      ratio(f, ...PLEDGE_SHARE, 'gte', 0.5),
      isIn(f, 'csto.response_to_request', RESPONSE_AGREED),
      is(f, 'csto.program_acceleration_agreed', true),
      is(f, 'ru.program_funding_pledged', true),
    ].map((t) => STATUS[t]),
  'russia-bilateral-substitution': (f) =>
    [
      is(f, 'taliban.moscow_visit', true),
      is(f, 'ru.can_obtain_taliban_assurances', true),
      is(f, 'csto.involvement_required', false),
      sameDate(f, 'ru.base_stay_until', '2042'),
      is(f, 'ru.border_as_leverage', true),
      is(f, 'tj.rahmon_called_neighbours', true),
      ratio(f, ...PLEDGE_SHARE, 'lt', 0.1),
      is(f, 'tj.csto_request', 'requested'),
      is(f, 'ru.bilateral_defence_pledged', true),
      is(f, 'csto.collective_exercise_in_tajikistan', true),
      is(f, 'ru.prefers_csto_channel', true),
    ].map((t) => STATUS[t]),
  'taliban-cross-border-incursion': (f) =>
    [
      is(f, 'taliban.rules_along_border', true),
      is(f, 'afg.government_losing_north', true),
      is(f, 'csto.involvement_required', false),
      is(f, 'afg.government_holds_north', false),
      is(f, 'afg.border_clashes_with_tajik_forces', true),
      is(f, 'afg.militants_massing_near_border', true),
      is(f, 'ru.can_obtain_taliban_assurances', true),
      atLeast(f, 'tj.reservists_mobilized', 10000),
      is(f, 'tj.border_forces_in_control', true),
      is(f, 'taliban.assurance_not_to_cross', true),
    ].map((t) => STATUS[t]),
  'russian-pledges-delivered': (f, asOf) =>
    [
      ratio(f, ...PLEDGE_SHARE, 'lt', 0.1),
      yearsSinceAtLeast(f, 'ru.pledge_2014_usd', asOf, 5),
      is(f, 'ru.dangles_investment', true),
      is(f, 'ru.pledge_2012_remainder_cantonments', true),
      is(f, 'taliban.rules_along_border', true),
      is(f, 'csto.involvement_required', false),
      ratio(f, ...PLEDGE_SHARE, 'gt', 0),
      ratio(f, ...PLEDGE_SHARE, 'gte', 0.25),
      ratio(f, 'ru.equipment_2017_usd', 'ru.pledge_2012_usd', 'gte', 0.5),
      is(f, 'ru.new_military_aid_to_tajikistan', true),
      is(f, 'ru.pledge_2014_schedule_announced', true),
    ].map((t) => STATUS[t]),
};
