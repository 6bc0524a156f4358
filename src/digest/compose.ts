// Composes a digest: the brief of every scenario as of a date, compared with the digest before
// it, and, for each question it reports resolved for the first time, the score of its calls (from
// the point-in-time record, digest/record-store.ts). Pure and synchronous: the same catalog, date,
// previous digest, clock reading and record give the same digest.
import { buildBrief } from '../brief/brief';
import type { Brief } from '../brief/brief-schema';
import { outcomeInline } from '../brief/outcome-phrase';
import type { Catalog } from '../catalog/catalog';
import type { CompiledScenario } from '../rules/compile-scenario';
import type { ResolutionScore } from '../scoring/score-schema';
import { questionRecord, type RecordedCall } from '../scoring/track-record';
import type { Digest, DigestEntry, Flip, Trend } from './digest-schema';
import { setEntries } from './set-entries';

const pct = (p: number) => `${Math.round(p * 100)}%`;

function flips(brief: Brief, before: DigestEntry | undefined): Flip[] {
  if (!before) return [];
  const old = new Map(before.indicators.map((i) => [i.id, i.status]));
  return brief.indicators
    .filter((i) => old.get(i.id) !== i.status)
    .map((i) => ({
      indicatorId: i.id,
      label: i.label,
      before: old.get(i.id) ?? null,
      after: i.status,
      explanation: i.explanation,
    }));
}

/**
 * What changed, one idea a sentence: the judgment (term and number) in one, confidence in its
 * own, the indicators that flipped in a third. A closed question says how it ended, with its last
 * open judgment labelled as such and in the past tense.
 */
function summarize(
  brief: Brief,
  trend: Trend,
  before: DigestEntry | undefined,
  flipped: Flip[],
  score: ResolutionScore | null,
): string {
  const now = `${brief.likelihood.term} (${pct(brief.likelihood.probability)})`;
  const level = brief.confidence.level;
  const confidence =
    !before || before.confidence !== level
      ? ` Confidence is ${level}${before ? `, where it was ${before.confidence}` : ''}.`
      : '';
  const what =
    flipped.length === 0
      ? ''
      : ` ${flipped.length} indicator${flipped.length === 1 ? '' : 's'} changed status: ${flipped.map((f) => `“${f.label}” ${f.before ?? 'absent'} → ${f.after}`).join('; ')}.`;
  const { status } = brief.resolution;
  if (status !== 'open') {
    if (before?.status !== status)
      return `${brief.bottomLine.judgment}${what}${score ? ` ${scoreSentence(score)}` : ''}`;
    const state = outcomeInline(status, brief.resolution.date, brief.resolution.basis);
    return `No change since ${before.id.split('@')[1]}: ${state}.${what}`;
  }
  if (!before) return `First assessment: ${now}.${confidence}`;
  const moved =
    trend === 'unchanged'
      ? flipped.length === 0 && !confidence
        ? `No change since ${before.id.split('@')[1]}: ${now}.`
        : `Unchanged at ${now}.`
      : `Moved ${trend} from ${before.term} (${pct(before.probability)}) to ${now}.`;
  return `${moved}${confidence}${what}`;
}

const brier = (n: number) => n.toFixed(3);
const signed = (n: number | null) => (n === null ? 'undefined' : `${n >= 0 ? '+' : '−'}${Math.abs(n).toFixed(2)}`);

/**
 * A resolution's score in words: each kind apart, what was said at the time first, the postdiction
 * labelled as such; and, when nobody observed the outcome, that the score tests the horizon's default.
 */
export function scoreSentence(score: ResolutionScore): string {
  const parts: string[] = [];
  const { recorded, postdiction } = score;
  if (recorded) {
    parts.push(
      `What the service said at the time scores Brier ${brier(recorded.brier)} (0 is best, 0.25 is always saying 50%) over ${recorded.days} days, skill ${signed(recorded.skillVsBaseRate)} against the base rate.`,
    );
  }
  if (postdiction) {
    parts.push(
      `${recorded ? 'Before the record began, the' : 'The service said nothing at the time; the'} postdiction (today’s rules as known then) scores Brier ${brier(postdiction.brier)} over ${postdiction.days} days, skill ${signed(postdiction.skillVsBaseRate)} against the base rate.`,
    );
  }
  if (!recorded && !postdiction)
    parts.push('No call stood for a full day before it closed: there is nothing to score.');
  if (!score.outcomeObserved) {
    parts.push(
      'Nobody observed the outcome (it resolved for want of any record), so the score tests the horizon’s default, and calibration leaves it out.',
    );
  }
  return parts.join(' ');
}

/** Whether an entry reports its question resolved yes or no for the first time. */
const newlyResolved = (brief: Brief, before: DigestEntry | undefined) =>
  (brief.resolution.status === 'yes' || brief.resolution.status === 'no') && before?.status !== brief.resolution.status;

/** The point-in-time record a digest scores resolutions from; null when it could not be read. */
export interface DigestRecord {
  calls: ReadonlyMap<string, readonly RecordedCall[]>;
  /** Series that could not be read: their questions get no score, never one from a partial record. */
  unreadable: ReadonlySet<string>;
}

function scoreOf(catalog: Catalog, scenario: CompiledScenario, date: string, record: DigestRecord | null) {
  const id = scenario.definition.id;
  if (!record || record.unreadable.has(id)) return null;
  const q = questionRecord(catalog, scenario, record.calls.get(id) ?? [], date);
  if (!q) return null;
  return { outcomeObserved: q.outcomeObserved, basis: q.basis, recorded: q.recorded, postdiction: q.postdiction };
}

/**
 * How far the probability must move in a day, with no band, indicator, confidence or status
 * change, to count as news. Time to the horizon moves every open judgment a little each day; a
 * feed item for each point of that drift would bury the news it exists to carry.
 */
export const NEWSWORTHY_MOVE = 0.05;

function entryOf(
  id: string,
  brief: Brief,
  date: string,
  before: DigestEntry | undefined,
  score: ResolutionScore | null,
): DigestEntry {
  const p = brief.likelihood.probability;
  const trend: Trend = !before ? 'new' : p > before.probability ? 'up' : p < before.probability ? 'down' : 'unchanged';
  const flipped = flips(brief, before);
  const changed =
    !before ||
    before.band !== brief.likelihood.band ||
    Math.abs(p - before.probability) >= NEWSWORTHY_MOVE - 1e-9 ||
    flipped.length > 0 ||
    before.confidence !== brief.confidence.level ||
    before.status !== brief.resolution.status;
  return {
    id: `${id}@${date}`,
    scenarioId: id,
    title: brief.scenario.title,
    status: brief.resolution.status,
    resolvedOn: brief.resolution.date ?? null,
    basis: brief.resolution.basis ?? null,
    band: brief.likelihood.band,
    term: brief.likelihood.term,
    probability: p,
    confidence: brief.confidence.level,
    bluf: brief.bluf,
    changed,
    trend,
    bandBefore: before?.band ?? null,
    probabilityBefore: before?.probability ?? null,
    confidenceBefore: before?.confidence ?? null,
    indicators: brief.indicators.map((i) => ({ id: i.id, status: i.status })),
    flipped,
    summary: summarize(brief, trend, before, flipped, score),
    score,
  };
}

export class DigestComposeError extends Error {
  readonly scenarioId: string;

  constructor(scenarioId: string, cause: unknown) {
    super(`composing the digest failed at scenario ${scenarioId}: ${String(cause)}`, { cause });
    this.name = 'DigestComposeError';
    this.scenarioId = scenarioId;
  }
}

/**
 * The digest of every scenario as of `date`, compared with what the previous digest recorded
 * (its probabilities, bands and indicator statuses, as judged then). A question reported resolved
 * for the first time is listed in `newlyResolved`, and its entry carries its score from `record`
 * (none when the record could not be read). Throws a DigestComposeError naming the scenario if any
 * brief fails: never a partial digest.
 */
export function composeDigest(
  catalog: Catalog,
  date: string,
  previous: Digest | null,
  computedAt: string,
  record: DigestRecord | null = null,
): Digest {
  const before = new Map(previous?.entries.map((e) => [e.scenarioId, e]));
  const resolved: string[] = [];
  const entries = [...catalog.scenarios].map(([id, scenario]) => {
    try {
      const brief = buildBrief(scenario, catalog.facts, catalog.version, { asOf: date });
      const earlier = before.get(id);
      const fresh = newlyResolved(brief, earlier);
      if (fresh) resolved.push(id);
      return entryOf(id, brief, date, earlier, fresh ? scoreOf(catalog, scenario, date, record) : null);
    } catch (error) {
      throw new DigestComposeError(id, error);
    }
  });
  return {
    date,
    previousDate: previous?.date ?? null,
    computedAt,
    version: catalog.version,
    newlyResolved: resolved,
    entries,
    sets: setEntries(catalog, date, previous),
  };
}
