// The scenario file format: a question with its window (when it opened, its horizon), a base
// rate, weighted indicators over facts (two-sided where absence is informative, grouped where
// they read one piece of evidence), and the criteria that resolve it.
import * as v from 'valibot';
import { isFullDate } from '../facts/partial-date';
import { safeText } from '../facts/safe-text';
import { ConditionSchema } from './condition';

// Scenarios are published live (POST /v1/scenarios) as well as authored in files: their text is
// held to what observations and sources are held to (no control or bidirectional characters, no
// lone surrogates: facts/safe-text.ts), and ids are short enough to name in a URL.
export const Slug = v.pipe(
  v.string(),
  v.regex(/^[a-z][a-z0-9-]*$/, 'lower-case words joined by hyphens'),
  v.maxLength(60, 'at most 60 characters'),
);
/** Authored text of `min` to 600 characters, not blank, held to the safe-text rules. */
export const Text = (min: number) =>
  v.pipe(
    v.string(),
    v.minLength(min),
    v.check((s) => s.trim().length >= min, `at least ${min} characters of text, not spaces`),
    v.maxLength(600),
    safeText(true),
  );

/** The longest question window: a judgment over decades is not a forecast the indicators can carry. */
export const MAX_WINDOW_YEARS = 10;

/** The checks on a question's window, shared by scenarios and question sets. */
export const WINDOW_CHECKS = {
  ordered: (h: { opens: string; end: string }) => h.opens < h.end,
  short: (h: { opens: string; end: string }) =>
    Number(h.end.slice(0, 4)) - Number(h.opens.slice(0, 4)) <= MAX_WINDOW_YEARS,
} as const;

export const DIRECTIONS = ['raises', 'lowers'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const IndicatorSchema = v.strictObject({
  id: Slug,
  label: Text(5),
  condition: ConditionSchema,
  direction: v.picklist(DIRECTIONS),
  /**
   * A likelihood ratio: how many times more likely this indicator is to be met if the scenario
   * comes true than if it does not. A met indicator multiplies (raises) or divides (lowers) the odds.
   */
  weight: v.pipe(v.number(), v.minValue(1.05), v.maxValue(10)),
  rationale: Text(20),
  /**
   * Two-sided evidence: the likelihood ratio of the indicator being known not met, which moves
   * the odds the other way. Without it, a known absence is neutral (the default: no claim).
   */
  ifNotMet: v.optional(
    v.strictObject({
      weight: v.pipe(v.number(), v.minValue(1.05), v.maxValue(10)),
      rationale: Text(20),
    }),
  ),
  /**
   * Indicators that read one piece of evidence (one fact, one quoted sentence, one phenomenon)
   * share a group; within it only the strongest reading in each direction counts.
   */
  group: v.optional(Slug),
});

/** Two indicators that share a fact or a quote yet are independent evidence, and why. */
export const IndependenceSchema = v.strictObject({
  indicators: v.pipe(v.array(Slug), v.length(2, 'name exactly two indicators')),
  reason: Text(20),
});

/** A condition over facts that settles the question one way, with the words a reader sees. */
export const SettlingSchema = v.strictObject({
  condition: ConditionSchema,
  /** The settling development as a reader would watch for it: "The CSTO agrees to a collective response". */
  label: Text(5),
});

export const OUTCOMES = ['yes', 'no'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/**
 * How the question resolves, as data: the conditions that settle it yes or no, checked over
 * facts about events up to the horizon, and what the horizon's passing means when neither holds.
 */
export const ResolutionCriteriaSchema = v.pipe(
  v.strictObject({
    /** In plain words, what counts and what does not (e.g. whether an exercise is collective action). */
    criteria: Text(40),
    yes: v.optional(SettlingSchema),
    no: v.optional(SettlingSchema),
    /** What the horizon's passing settles when no condition has held: yes, no, or nothing. */
    atHorizon: v.picklist([...OUTCOMES, 'unresolved']),
    /**
     * Days after the horizon during which a report of an earlier event can still settle the
     * question; the horizon's own outcome waits for them. Default 0: it is decided the day after.
     */
    reportingDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(365)), 0),
  }),
  v.check(
    (r) => r.yes !== undefined || r.no !== undefined,
    'a question needs a condition that settles it yes or no before the horizon',
  ),
);
export type ResolutionCriteria = v.InferOutput<typeof ResolutionCriteriaSchema>;

/** The fields of a scenario; `ScenarioSchema` adds the checks across fields. */
export const ScenarioObjectSchema = v.strictObject({
  $schema: v.optional(v.string()),
  id: Slug,
  title: Text(5),
  question: v.pipe(Text(10), v.endsWith('?', 'a question ends with a question mark')),
  /** The claim the probability is about, as a clause: "the CSTO takes no collective action …". */
  claim: Text(10),
  horizon: v.strictObject({
    label: Text(3),
    /**
     * The day the question's window opened: the evidence's probability is for the whole window
     * from here to the horizon, and time left shrinks it (brief/likelihood.ts).
     */
    opens: v.pipe(v.string(), v.check(isFullDate, 'the window opens on a real YYYY-MM-DD date')),
    end: v.pipe(v.string(), v.check(isFullDate, 'the horizon ends on a real YYYY-MM-DD date')),
  }),
  baseRate: v.strictObject({
    probability: v.pipe(v.number(), v.minValue(0.01), v.maxValue(0.99)),
    rationale: Text(20),
  }),
  indicators: v.pipe(v.array(IndicatorSchema), v.minLength(1)),
  /** Pairs of indicators that share a fact or a quote but are independent evidence. */
  independent: v.optional(v.array(IndependenceSchema), []),
  /**
   * Why the scenario cannot reach 90 % or 10 % short of resolution, where it cannot; the build
   * refuses such a scenario without a reason.
   */
  reachability: v.optional(v.strictObject({ reason: Text(20) })),
  resolution: ResolutionCriteriaSchema,
});

export const ScenarioSchema = v.pipe(
  ScenarioObjectSchema,
  v.forward(
    v.check(
      (s) => new Set(s.indicators.map((i) => i.id)).size === s.indicators.length,
      'indicator ids must be unique within a scenario',
    ),
    ['indicators'],
  ),
  v.forward(
    v.check((s) => WINDOW_CHECKS.ordered(s.horizon), 'the window opens before the horizon ends'),
    ['horizon', 'opens'],
  ),
  v.forward(
    v.check((s) => WINDOW_CHECKS.short(s.horizon), `the window spans at most ${MAX_WINDOW_YEARS} years`),
    ['horizon', 'end'],
  ),
);
export type Scenario = v.InferOutput<typeof ScenarioSchema>;
export type Indicator = Scenario['indicators'][number];
