// Analytic confidence, kept apart from likelihood: how sound the basis of a judgment is — how
// much of the picture is known, how many independent origins back it, and how much of it rests
// on second-hand reports or on judgments rather than stated facts. The rule, which a reviewer
// can apply by hand from the brief's indicators and sources:
//
//   key indicators — the (at most three) known indicators that move the judgment most, by the
//     size of their likelihood ratio's logarithm; an indicator that moves nothing is not key;
//   soft — a known indicator resting on a fact that is reported second-hand, the author's
//     assessment, hedged, or inferred by this service (the weakest of its facts decides);
//   origins — sources count by origin (publisher, or the report they carry), not by id, and a
//     restatement from the same origin adds nothing (fact-base.ts, settled);
//
//   low      — fewer than half of the indicators are known; or no known indicator rests on a
//              cited source; or every source is one origin's analysis or opinion (one argued
//              piece carries the case: even its stated facts are its author's assertions, with
//              nothing to check them against); or more than half of the known indicators are soft;
//   high     — at least 80 % known, at least two independent origins, no key indicator soft,
//              and at most a quarter of the known indicators soft;
//   moderate — otherwise (one origin alone caps confidence here).
//
// A what-if assumption is the caller's claim: it is neither a source nor soft, and a brief that
// rests on assumptions says so.
import * as v from 'valibot';
import type { FactRecord } from '../facts/fact-record';
import { formatPeriod } from '../facts/format';
import type { SourceMeta } from '../facts/schema';
import type { Source } from '../facts/sources';
import { ARGUING_GENRES, CERTAINTIES, CERTAINTY_RANK, type Certainty, GENRE_NAMES } from '../facts/vocabulary';
import type { IndicatorResult } from '../rules/evaluate';
import { originsOf } from './sourcing';

export const CONFIDENCE_LEVELS = ['low', 'moderate', 'high'] as const;
export type ConfidenceLevel = (typeof CONFIDENCE_LEVELS)[number];

const BASES = [...CERTAINTIES, 'assumed'] as const;
type Basis = (typeof BASES)[number];

export const ConfidenceSchema = v.object({
  level: v.picklist(CONFIDENCE_LEVELS),
  statement: v.pipe(
    v.string(),
    v.description('One sentence: the level and its basis in words. It never states a likelihood.'),
  ),
  knownIndicators: v.number(),
  totalIndicators: v.number(),
  sourceIds: v.pipe(v.array(v.string()), v.description('The sources behind the known indicators.')),
  origins: v.pipe(
    v.array(v.string()),
    v.description('The independent origins behind the known indicators: sources count by origin, not by id.'),
  ),
  keyIndicatorIds: v.pipe(v.array(v.string()), v.description('The known indicators that move the judgment most.')),
  basis: v.pipe(
    v.record(v.picklist(BASES), v.number()),
    v.description(
      'Known indicators by the weakest support among their facts: stated, reported (second-hand), assessment, uncertain (hedged), inferred (by this service), assumed (what-if).',
    ),
  ),
  hedgedIndicators: v.pipe(
    v.number(),
    v.description('Known indicators resting on a fact reported second-hand, judged, hedged or inferred.'),
  ),
  assumedIndicators: v.pipe(v.number(), v.description('Known indicators resting on a what-if assumption.')),
  reasons: v.pipe(v.array(v.string()), v.description('What the rule found, one finding a sentence.')),
});
export type Confidence = v.InferOutput<typeof ConfidenceSchema>;

/** What confidence needs of an indicator: its status, the ratio it applied, its label and the facts it names. */
export type IndicatorBasis = Pick<IndicatorResult, 'id' | 'label' | 'status' | 'factIds' | 'appliedRatio'>;

/** How much an indicator moves the judgment as it stands: |ln| of the ratio it applied. */
export function movement(indicator: Pick<IndicatorResult, 'appliedRatio'>): number {
  return Math.abs(Math.log(indicator.appliedRatio));
}

/** The (at most three) known indicators that move the judgment most, heaviest first; ties keep their order. */
export function keyIndicators<I extends Pick<IndicatorResult, 'appliedRatio'>>(indicators: readonly I[]): I[] {
  return indicators
    .filter((i) => movement(i) > 0)
    .sort((a, b) => movement(b) - movement(a))
    .slice(0, 3);
}

/**
 * What was read of an indicator: its label where it is met; where it is known not met, that its
 * label does not hold (a label says what an indicator tests, not what was found).
 */
export function readingOf(indicator: Pick<IndicatorResult, 'label' | 'status'>): string {
  return indicator.status === 'not-met' ? `that “${indicator.label}” does not hold` : `“${indicator.label}”`;
}

/** The weakest support among the known facts an indicator rests on; assumed if any is a what-if. */
function basisOf(restsOn: readonly FactRecord[]): Basis {
  if (restsOn.some((f) => f.assumed)) return 'assumed';
  return restsOn.reduce<Certainty>(
    (weakest, f) => (CERTAINTY_RANK[f.certainty] < CERTAINTY_RANK[weakest] ? f.certainty : weakest),
    'stated',
  );
}

const JUDGED: readonly Basis[] = ['assessment', 'uncertain', 'inferred'];
const SOFT_WORDS: Record<Basis, string> = {
  stated: 'a stated fact',
  reported: 'a second-hand report',
  assessment: 'the author’s own assessment',
  uncertain: 'a reading the source hedges',
  inferred: 'this service’s inference from the source',
  assumed: 'a what-if assumption',
};

/** "one analysis piece in The Diplomat (July 2021)", or "3 documents from Reuters": an origin as running text. */
function describeOrigin(name: string, metas: readonly SourceMeta[]): string {
  const [only] = metas;
  if (metas.length > 1 || !only) return `${metas.length} documents from one origin, ${name}`;
  const kind = only.genre ? `${GENRE_NAMES[only.genre]} piece` : 'document';
  return `one ${kind} in ${only.publisher} (${formatPeriod(only.published)})`;
}

/** The confidence level of a judgment over these indicators, with the statement and reasons the rule above gives. */
export function assessConfidence(
  indicators: readonly IndicatorBasis[],
  facts: ReadonlyMap<string, FactRecord>,
  sources: ReadonlyMap<string, Source>,
): Confidence {
  const known = indicators.filter((i) => i.status !== 'unknown');
  const restsOn = new Map(known.map((i) => [i, i.factIds.flatMap((id) => facts.get(id) ?? [])]));
  const bases = new Map(known.map((i) => [i, basisOf(restsOn.get(i) ?? [])]));
  const sourced = [...restsOn.values()].flat().filter((f) => !f.assumed);
  const origins = originsOf(sourced, sources);
  const sourceIds = [...new Set(sourced.flatMap((f) => f.citations.map((c) => c.sourceId)))].sort();
  const basis = Object.fromEntries(BASES.map((b) => [b, 0])) as Record<Basis, number>;
  for (const b of bases.values()) basis[b] += 1;
  const soft = known.filter((i) => {
    const b = bases.get(i);
    return b !== 'stated' && b !== 'assumed';
  });
  const key = keyIndicators(known);
  const softKey = key.find((i) => JUDGED.includes(bases.get(i) as Basis)) ?? key.find((i) => soft.includes(i));
  const knownShare = indicators.length === 0 ? 0 : known.length / indicators.length;
  const [onlyOrigin] = origins.size === 1 ? [...origins.values()] : [];
  const arguedPiece = onlyOrigin?.metas.every((m) => m.genre !== undefined && ARGUING_GENRES.includes(m.genre));
  const judgedKey = key.find((i) => JUDGED.includes(bases.get(i) as Basis));

  const onePiece = onlyOrigin ? describeOrigin(onlyOrigin.name, onlyOrigin.metas) : '';
  const softShare = `${soft.length} of the ${known.length} known indicators rest on second-hand reports or judgments rather than stated facts`;

  let level: ConfidenceLevel;
  let why: string;
  if (knownShare < 0.5) {
    level = 'low';
    why =
      known.length === 0
        ? `none of the ${indicators.length} indicators is known`
        : `only ${known.length} of the ${indicators.length} indicators ${known.length === 1 ? 'is' : 'are'} known`;
  } else if (origins.size === 0) {
    level = 'low';
    why = 'no known indicator rests on a cited source';
  } else if (arguedPiece) {
    level = 'low';
    const unsigned = onlyOrigin?.metas.some((m) => (m.authors ?? []).length === 0)
      ? ', whose author is not recorded,'
      : '';
    why = judgedKey
      ? `the judgment rests on ${onePiece}${unsigned} which argues a case; and one of the judgment's weightiest ${judgedKey.status === 'not-met' ? 'readings' : 'indicators'}, ${readingOf(judgedKey)}, is ${SOFT_WORDS[bases.get(judgedKey) as Basis]}`
      : `the judgment rests on ${onePiece}${unsigned} which argues a case: even its stated facts are its author's assertions, with no second origin to check them`;
  } else if (soft.length > known.length / 2) {
    level = 'low';
    why = softShare;
  } else if (knownShare >= 0.8 && origins.size >= 2 && !softKey && soft.length <= known.length / 4) {
    level = 'high';
    why = `${known.length} of the ${indicators.length} indicators are known, ${origins.size} independent origins back them, and the weightiest rest on stated facts`;
  } else {
    level = 'moderate';
    why =
      origins.size === 1
        ? `the known indicators rest on ${onePiece}, a single origin, and ${softShare.replace(/^(\d+) of the (\d+) known indicators/, '$1 of $2 of them')}`
        : softKey
          ? `${origins.size} independent origins back the known indicators, but one of the weightiest, ${readingOf(softKey)}, rests on ${SOFT_WORDS[bases.get(softKey) as Basis]}`
          : `${origins.size} independent origins back the known indicators, but ${softShare}`;
  }

  const reasons = [
    `${known.length} of ${indicators.length} indicators are known.`,
    origins.size === 0
      ? 'No known indicator rests on a cited source.'
      : origins.size === 1
        ? `All known indicators rest on one origin, ${onlyOrigin?.name}: one origin can give no more than moderate confidence${arguedPiece ? ', and one argued piece no more than low' : ''}.`
        : `Known indicators rest on ${origins.size} independent origins: ${[...origins.values()].map((o) => o.name).join(', ')}.`,
    `${soft.length} of ${known.length} known indicators rest on facts reported second-hand, judged, hedged or inferred.`,
    ...(key.length > 0
      ? [`The weightiest: ${key.map((i) => `${readingOf(i)} (${SOFT_WORDS[bases.get(i) as Basis]})`).join('; ')}.`]
      : []),
    ...(basis.assumed > 0
      ? [`${basis.assumed} of ${known.length} known indicators rest on what-if assumptions, which no source backs.`]
      : []),
  ];
  return {
    level,
    statement: `Confidence in this judgment is ${level}: ${why}.`,
    knownIndicators: known.length,
    totalIndicators: indicators.length,
    sourceIds,
    origins: [...origins.values()].map((o) => o.name).sort(),
    keyIndicatorIds: key.map((i) => i.id),
    basis,
    hedgedIndicators: soft.length,
    assumedIndicators: basis.assumed,
    reasons,
  };
}
