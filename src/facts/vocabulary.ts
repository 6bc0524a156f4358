// The closed vocabularies facts are written in: units, qualifiers, statuses, certainty (value
// types, and what each takes, are in value-types.ts). Kept in one place so schemas, the rules
// compiler and the API documentation agree.
import statusVocabulary from '../../scenarios/vocabulary/statuses.json';

/** Units of numeric facts. `share` is a fraction in [0, 1]. */
export const UNITS = ['USD', 'persons', 'years', 'count', 'share'] as const;
export type Unit = (typeof UNITS)[number];

/**
 * How a number is bounded by the source's wording: "more than 1,500" is `more-than` 1500, an open
 * lower bound. Comparisons treat a bounded number as the interval it denotes.
 */
export const QUALIFIERS = ['exact', 'about', 'more-than', 'at-least', 'less-than', 'at-most'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/**
 * Statuses of requests, programmes and processes: data, in `scenarios/vocabulary/statuses.json`,
 * each with what it means, so a status is added by editing that file (the content check and a
 * test validate it). `pending` records that a request is open with no decision reported: what
 * a source's silence supports, not a refusal; `convened-no-decision`, `deferred`, `exercise`
 * versus `deployment` and `in-implementation` say what happened without overstating it.
 */
export const STATUS_VOCABULARY: readonly { id: string; description: string }[] = statusVocabulary;
export const STATUSES: readonly string[] = STATUS_VOCABULARY.map((s) => s.id);
export type Status = string;

/**
 * How the source supports a fact: `stated` as fact by the author; `reported` attributed to
 * another source or marked "reportedly"; `assessment` the author's own judgment or
 * characterisation; `uncertain` hedged in the text ("seemingly", "seems"); `inferred` read by
 * this service from what the source says or leaves unsaid (e.g. no decision reported), which
 * the `readingNote` explains. Anything but `stated` lowers confidence.
 */
export const CERTAINTIES = ['stated', 'reported', 'assessment', 'uncertain', 'inferred'] as const;
export type Certainty = (typeof CERTAINTIES)[number];

/** Weakest first, so the weakest certainty among several inputs is the one with the lowest rank. */
export const CERTAINTY_RANK: Record<Certainty, number> = {
  inferred: 0,
  uncertain: 1,
  assessment: 2,
  reported: 3,
  stated: 4,
};

/**
 * What kind of document a source is. Genre matters to confidence: an analysis or opinion piece
 * argues a thesis, and its characterisations are the author's assessments, not reported facts.
 */
export const GENRES = ['analysis', 'opinion', 'news-report', 'wire-report', 'official-statement', 'dataset'] as const;
export type Genre = (typeof GENRES)[number];

/** Genres whose author argues a case: a judgment resting on one of them alone is weak. */
export const ARGUING_GENRES: readonly Genre[] = ['analysis', 'opinion'];

/** How a reader would name a genre in a citation. */
export const GENRE_NAMES: Record<Genre, string> = {
  analysis: 'analysis',
  opinion: 'opinion',
  'news-report': 'news report',
  'wire-report': 'wire report',
  'official-statement': 'official statement',
  dataset: 'dataset',
};

/** The Admiralty (NATO) grades of a source's reliability, A to F. */
export const RELIABILITY_GRADES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type ReliabilityGrade = (typeof RELIABILITY_GRADES)[number];

export const RELIABILITY_NAMES: Record<ReliabilityGrade, string> = {
  A: 'completely reliable',
  B: 'usually reliable',
  C: 'fairly reliable',
  D: 'not usually reliable',
  E: 'unreliable',
  F: 'reliability cannot be judged',
};

/** How a citation presents its fact, as a reader needs it: "reported second-hand by The Diplomat". */
export const CERTAINTY_PHRASES: Record<Certainty, string> = {
  stated: 'stated as fact by',
  reported: 'reported second-hand by',
  assessment: 'the author’s assessment in',
  uncertain: 'hedged by',
  inferred: 'inferred by this service from',
};
