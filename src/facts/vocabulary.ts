// The closed vocabularies facts are written in: value types, units, qualifiers, statuses, certainty.
// Kept in one place so schemas, the rules compiler and the API documentation agree.

export const VALUE_TYPES = ['boolean', 'number', 'date', 'status', 'text'] as const;
export type ValueType = (typeof VALUE_TYPES)[number];

/** Units of numeric facts. `share` is a fraction in [0, 1]. */
export const UNITS = ['USD', 'persons', 'years', 'count', 'share'] as const;
export type Unit = (typeof UNITS)[number];

/**
 * How a number is bounded by the source's wording: "more than 1,500" is `more-than` 1500, an open
 * lower bound. Comparisons treat a bounded number as the interval it denotes.
 */
export const QUALIFIERS = ['exact', 'about', 'more-than', 'at-least', 'less-than', 'at-most'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** Statuses of programmes, requests and processes, as the article describes them. */
export const STATUSES = [
  'requested',
  'declined',
  'agreed',
  'adopted',
  'under-consultation',
  'nearly-complete',
  'completed',
  'failed',
] as const;
export type Status = (typeof STATUSES)[number];

/**
 * How the source supports a fact: `stated` as fact by the author; `reported` attributed to
 * another source or marked "reportedly"; `assessment` the author's own judgment; `uncertain`
 * hedged in the text ("seemingly", "seems"). Anything but `stated` lowers confidence.
 */
export const CERTAINTIES = ['stated', 'reported', 'assessment', 'uncertain'] as const;
export type Certainty = (typeof CERTAINTIES)[number];

/** Weakest first, so the weakest certainty among several inputs is the one with the lowest rank. */
export const CERTAINTY_RANK: Record<Certainty, number> = {
  uncertain: 0,
  assessment: 1,
  reported: 2,
  stated: 3,
};
