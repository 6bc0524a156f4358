// The ICD 203 language checks over a text: the sentence rule, same number same term, and the
// off-scale estimative words that authored text must not use.
import { bandOf } from '../brief/likelihood';
import { confidenceExpressions, likelihoodExpressions, offScaleWords, termsWithPercent } from './estimative-terms';
import { type Span, sentenceSpans } from './sentences';

export type LintRule = 'sentence-rule' | 'scale-mismatch' | 'off-scale-word';

/** One problem in a text: the rule it breaks, where, the words at fault, and a message for the author. */
export interface Finding {
  rule: LintRule;
  index: number;
  text: string;
  message: string;
}

/** A scale term whose percentage falls in another band; `expectedTerm` is from the primary row. */
export interface ScaleMismatch {
  text: string;
  index: number;
  term: string;
  percent: number;
  expectedTerm: string;
}

/** Sentences that hold both a likelihood (scale term or percentage) and a confidence level. */
function sentenceRuleSpans(text: string): Span[] {
  // Most texts never mention confidence: no sentence of theirs can break the rule, and the
  // splitting and Unicode patterns below are most of the cost of checking a brief.
  if (!/confiden/i.test(text)) return [];
  return sentenceSpans(text).filter((s) => {
    const sentence = text.slice(s.start, s.end);
    return likelihoodExpressions(sentence).length > 0 && confidenceExpressions(sentence).length > 0;
  });
}

/** The sentences that combine a likelihood and a confidence level, which ICD 203 forbids. */
export function sentenceRuleViolations(text: string): string[] {
  return sentenceRuleSpans(text).map((s) => text.slice(s.start, s.end));
}

/** Every "<term> (<n>%)" whose percentage, by `bandOf`'s edge convention, belongs to another band. */
export function scaleMismatches(text: string): ScaleMismatch[] {
  if (!/%|per\s?cent/i.test(text)) return [];
  return termsWithPercent(text).flatMap((t) => {
    const expected = bandOf(t.percent / 100);
    if (expected.id === t.band) return [];
    return [{ text: t.text, index: t.index, term: t.term, percent: t.percent, expectedTerm: expected.term }];
  });
}

/** The checks on text the service emits, which states judgments: the sentence rule and same number, same term. */
export function lintEmittedText(text: string): Finding[] {
  const sentenceRule = sentenceRuleSpans(text).map((s) => {
    const sentence = text.slice(s.start, s.end);
    const likelihood = likelihoodExpressions(sentence)[0]?.text;
    const confidence = confidenceExpressions(sentence)[0]?.text;
    return {
      rule: 'sentence-rule' as const,
      index: s.start,
      text: sentence,
      message: `"${likelihood}" and "${confidence}" share a sentence: state likelihood and confidence apart.`,
    };
  });
  const mismatches = scaleMismatches(text).map((m) => ({
    rule: 'scale-mismatch' as const,
    index: m.index,
    text: m.text,
    message: `${m.percent}% is "${m.expectedTerm}" on the ICD 203 scale, not "${m.term}".`,
  }));
  return [...sentenceRule, ...mismatches].sort((a, b) => a.index - b.index);
}

/**
 * The checks on authored text (questions, labels, rationales), which states no judgment of its own:
 * those on emitted text, and no estimative word at all, scale terms included.
 */
export function lintAuthoredText(text: string): Finding[] {
  const words = offScaleWords(text).map((w) => ({
    rule: 'off-scale-word' as const,
    index: w.index,
    text: w.text,
    message: `"${w.text}" expresses a probability outside a stated judgment: use plain words.`,
  }));
  return [...lintEmittedText(text), ...words].sort((a, b) => a.index - b.index);
}
