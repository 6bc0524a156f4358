// The track record: for every question that has resolved yes or no, how the service's calls
// scored, kept in two parts that are never mixed:
// - recorded: what the service said on the day, as the daily cron recorded it (digest/record-store.ts);
// - postdiction: what today's method says it would have said "as known then", for the days before
//   anything was recorded (the seed questions all closed in 2021–2022, before the service existed).
// Calibration bins the calls of questions whose outcome was observed by stated probability, and
// claims nothing below MIN_RESOLVED_FOR_CALIBRATION of them. A question resolved for want of any
// record is scored, labelled as such, and kept out of calibration. Pure: the catalog, the recorded calls and
// the day in, the record out. See docs/track-record.md.
import type { HistoryPoint } from '../brief/history';
import type { ResolutionBasis } from '../brief/resolution';
import type { Catalog } from '../catalog/catalog';
import { historyFor } from '../catalog/history-for';
import { addDays } from '../facts/partial-date';
import type { CompiledScenario } from '../rules/compile-scenario';
import { brierSkill, type CalibrationBin, type Call, calibrationBins, timeAveraged } from './scores';

/** Below this many resolved questions, calibration is not claimed: the bins would be noise. */
export const MIN_RESOLVED_FOR_CALIBRATION = 10;

/** One call the cron recorded: what a brief said that day, and the versions behind it. */
export interface RecordedCall {
  date: string;
  probability: number;
  band: string;
  confidence: string;
  versions: { rules: string; facts: string; scenario: { number: number; hash: string } };
}

export interface ScoredCalls {
  /** How many calls, and the days from the first to the last they cover. */
  calls: number;
  from: string;
  to: string;
  /** Time-averaged over the days the calls stood, up to the day the question closed. */
  brier: number;
  log: number;
  days: number;
  /** 1 − Brier / Brier of the scenario's base rate held throughout. */
  skillVsBaseRate: number | null;
  /** 1 − Brier / 0.25: against an always-50% forecaster. */
  skillVsEven: number | null;
}

export interface QuestionRecord {
  scenarioId: string;
  title: string;
  status: 'open' | 'yes' | 'no' | 'unresolved';
  resolvedOn: string | null;
  /** What the outcome rests on: an event, a record of its absence, or no record (the horizon's default). */
  basis: ResolutionBasis | null;
  /**
   * Whether the outcome was observed (an event or a recorded absence). A question resolved for want
   * of any record took its horizon's default: its scores are shown, labelled, and left out of
   * calibration, since they test the default, not the calls.
   */
  outcomeObserved: boolean;
  baseRate: number;
  recorded: ScoredCalls | null;
  postdiction: ScoredCalls | null;
  /** Days with no recorded call from the first call to the last day one was due: reported, never filled. */
  recordGaps: { from: string; to: string }[];
  /** How many calls the daily record holds for it, and the last day it holds one. */
  recordedCalls: number;
  lastRecorded: string | null;
}

export interface Calibration {
  resolvedQuestions: number;
  calls: number;
  /** False below MIN_RESOLVED_FOR_CALIBRATION resolved questions: no calibration is claimed. */
  enough: boolean;
  bins: CalibrationBin[];
}

/** One point of the score timeline: a question that resolved, and the mean of all up to it. */
export interface TimelinePoint {
  date: string;
  scenarioId: string;
  brier: number;
  /** The mean time-averaged Brier score of every question scored up to and including this one. */
  runningBrier: number;
  /** How many questions that mean is over. */
  questions: number;
  outcomeObserved: boolean;
}

export interface TrackRecord {
  asOf: string;
  minimumForCalibration: number;
  questions: QuestionRecord[];
  /** Each kind's scores in the order the questions resolved, with their running mean. */
  timeline: { recorded: TimelinePoint[]; postdiction: TimelinePoint[] };
  calibration: { recorded: Calibration; postdiction: Calibration };
}

function scored(calls: readonly Call[], until: string, yes: boolean, baseRate: number): ScoredCalls | null {
  const averaged = timeAveraged(calls, until, yes);
  if (!averaged || calls.length === 0) return null;
  return {
    calls: calls.length,
    from: (calls[0] as Call).date,
    to: (calls.at(-1) as Call).date,
    ...averaged,
    skillVsBaseRate: brierSkill(averaged.brier, baseRate, yes),
    skillVsEven: brierSkill(averaged.brier, 0.5, yes),
  };
}

/**
 * The postdiction's calls: the history's open points from the window's opening (the point
 * standing then moved to it) to the day before `before`, each standing until the next. The
 * history has a point at every fact change and on the first of each month.
 */
function postdictionCalls(points: readonly HistoryPoint[], opens: string, before: string): Call[] {
  const open = points.filter((p) => p.status === 'open' && p.date < before);
  const standing = open.filter((p) => p.date <= opens).at(-1);
  const later = open.filter((p) => p.date > opens);
  return [...(standing ? [{ date: opens, probability: standing.probability }] : []), ...later].map((p) => ({
    date: p.date,
    probability: p.probability,
  }));
}

/**
 * The runs of days missing from a record: between consecutive calls, and after the last call up to
 * `lastExpected` (the last day a call should exist for: yesterday while the question is open, since
 * today's run may not have come yet; its last open day once closed). A record that has not begun
 * has no gaps: the days before it are postdiction's.
 */
function gapsOf(calls: readonly RecordedCall[], lastExpected: string): { from: string; to: string }[] {
  const gaps: { from: string; to: string }[] = [];
  calls.forEach((call, i) => {
    const next = calls[i + 1];
    if (next && addDays(call.date, 1) < next.date)
      gaps.push({ from: addDays(call.date, 1), to: addDays(next.date, -1) });
  });
  const last = calls.at(-1);
  if (last && last.date < lastExpected) gaps.push({ from: addDays(last.date, 1), to: lastExpected });
  return gaps;
}

function calibrationOf(calls: readonly { probability: number; yes: boolean }[], questions: number): Calibration {
  return {
    resolvedQuestions: questions,
    calls: calls.length,
    enough: questions >= MIN_RESOLVED_FOR_CALIBRATION,
    bins: calibrationBins(calls),
  };
}

/** One question's record, and the calls each score rests on (for calibration). */
interface Scored {
  question: QuestionRecord;
  recordedCalls: readonly Call[];
  postdictionCalls: readonly Call[];
}

function scoredQuestion(
  catalog: Catalog,
  scenario: CompiledScenario,
  recorded: readonly RecordedCall[],
  today: string,
): Scored | null {
  const id = scenario.definition.id;
  const brief = catalog.on(today).brief(id);
  if (!brief) return null;
  const status = brief.resolution.status;
  const baseRate = scenario.definition.baseRate.probability;
  const basis = brief.resolution.basis ?? null;
  const base = {
    scenarioId: id,
    title: scenario.definition.title,
    status,
    resolvedOn: brief.resolution.date ?? null,
    basis,
    outcomeObserved: (status === 'yes' || status === 'no') && basis !== 'no-record',
    baseRate,
    recordedCalls: recorded.length,
    lastRecorded: recorded.at(-1)?.date ?? null,
    recordGaps: gapsOf(recorded, status === 'open' ? addDays(today, -1) : brief.judgedAsOf),
  };
  if (status !== 'yes' && status !== 'no') {
    return { question: { ...base, recorded: null, postdiction: null }, recordedCalls: [], postdictionCalls: [] };
  }
  const yes = status === 'yes';
  // The open period ends the day after the last open day: the day it resolved, or after the horizon.
  const until = addDays(brief.judgedAsOf, 1);
  const mine = recorded.filter((c) => c.date < until);
  const firstRecorded = mine[0]?.date ?? until;
  const history = historyFor(catalog, scenario, today);
  const postdiction = postdictionCalls(history, scenario.definition.horizon.opens, firstRecorded);
  return {
    question: {
      ...base,
      recorded: scored(mine, until, yes, baseRate),
      postdiction: scored(postdiction, firstRecorded, yes, baseRate),
    },
    recordedCalls: mine,
    postdictionCalls: postdiction,
  };
}

/**
 * One question's record as known on `today`, from its recorded calls: its status, what the
 * outcome rests on, and, once it resolved yes or no, the scores of what was said at the time and
 * of the postdiction. Null for a scenario the catalog does not serve on `today`.
 */
export function questionRecord(
  catalog: Catalog,
  scenario: CompiledScenario,
  recorded: readonly RecordedCall[],
  today: string,
): QuestionRecord | null {
  return scoredQuestion(catalog, scenario, recorded, today)?.question ?? null;
}

/**
 * The scores of one kind in the order their questions resolved (ties by id), each with the mean
 * of all up to it: how the record has moved as questions closed. Questions whose outcome nobody
 * observed are in it, marked, since their scores are shown too.
 */
function scoreTimeline(questions: readonly QuestionRecord[], kind: 'recorded' | 'postdiction'): TimelinePoint[] {
  const scoredOnes = questions
    .filter((q) => q[kind] !== null && q.resolvedOn !== null)
    .sort(
      (a, b) =>
        (a.resolvedOn as string).localeCompare(b.resolvedOn as string) || a.scenarioId.localeCompare(b.scenarioId),
    );
  let sum = 0;
  return scoredOnes.map((q, i) => {
    const brier = (q[kind] as ScoredCalls).brier;
    sum += brier;
    return {
      date: q.resolvedOn as string,
      scenarioId: q.scenarioId,
      brier,
      runningBrier: sum / (i + 1),
      questions: i + 1,
      outcomeObserved: q.outcomeObserved,
    };
  });
}

/** The track record as known on `today`, from the recorded calls of each scenario. */
export function trackRecord(
  catalog: Catalog,
  recorded: ReadonlyMap<string, readonly RecordedCall[]>,
  today: string,
): TrackRecord {
  const questions: QuestionRecord[] = [];
  const recordedBins: { probability: number; yes: boolean }[] = [];
  const postdictedBins: { probability: number; yes: boolean }[] = [];
  let recordedResolved = 0;
  let postdictedResolved = 0;
  for (const scenario of catalog.scenarios.values()) {
    const result = scoredQuestion(catalog, scenario, recorded.get(scenario.definition.id) ?? [], today);
    if (!result) continue;
    const { question } = result;
    questions.push(question);
    if (!question.outcomeObserved) continue;
    const yes = question.status === 'yes';
    if (question.recorded) {
      recordedResolved++;
      recordedBins.push(...result.recordedCalls.map((c) => ({ probability: c.probability, yes })));
    }
    if (question.postdiction) {
      postdictedResolved++;
      postdictedBins.push(...result.postdictionCalls.map((c) => ({ probability: c.probability, yes })));
    }
  }
  return {
    asOf: today,
    minimumForCalibration: MIN_RESOLVED_FOR_CALIBRATION,
    questions,
    timeline: {
      recorded: scoreTimeline(questions, 'recorded'),
      postdiction: scoreTimeline(questions, 'postdiction'),
    },
    calibration: {
      recorded: calibrationOf(recordedBins, recordedResolved),
      postdiction: calibrationOf(postdictedBins, postdictedResolved),
    },
  };
}
