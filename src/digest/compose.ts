// Composes a digest: the brief of every scenario as of a date, compared with the digest before
// it. Pure and synchronous: the same catalog, date, previous digest and clock reading give the
// same digest.
import { buildBrief } from '../brief/brief';
import type { Brief } from '../brief/brief-schema';
import { outcomeInline } from '../brief/outcome-phrase';
import type { Catalog } from '../catalog/catalog';
import type { Digest, DigestEntry, Flip, Trend } from './digest-schema';

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
function summarize(brief: Brief, trend: Trend, before: DigestEntry | undefined, flipped: Flip[]): string {
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
    if (before?.status !== status) return `${brief.bottomLine.judgment}${what}`;
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

/**
 * How far the probability must move in a day, with no band, indicator, confidence or status
 * change, to count as news. Time to the horizon moves every open judgment a little each day; a
 * feed item for each point of that drift would bury the news it exists to carry.
 */
export const NEWSWORTHY_MOVE = 0.05;

function entryOf(id: string, brief: Brief, date: string, before: DigestEntry | undefined): DigestEntry {
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
    summary: summarize(brief, trend, before, flipped),
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
 * (its probabilities, bands and indicator statuses, as judged then). Throws a DigestComposeError
 * naming the scenario if any brief fails: never a partial digest.
 */
export function composeDigest(catalog: Catalog, date: string, previous: Digest | null, computedAt: string): Digest {
  const before = new Map(previous?.entries.map((e) => [e.scenarioId, e]));
  const entries = [...catalog.scenarios].map(([id, scenario]) => {
    try {
      const brief = buildBrief(scenario, catalog.facts, catalog.version, { asOf: date });
      return entryOf(id, brief, date, before.get(id));
    } catch (error) {
      throw new DigestComposeError(id, error);
    }
  });
  return { date, previousDate: previous?.date ?? null, computedAt, version: catalog.version, entries };
}
