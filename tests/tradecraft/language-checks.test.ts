// Worked examples of the ICD 203 language checks, among them real failures of earlier briefs.
import { describe, expect, it } from 'vitest';
import { confidenceExpressions, likelihoodExpressions, offScaleWords } from '../../src/tradecraft/estimative-terms';
import {
  lintAuthoredText,
  lintEmittedText,
  scaleMismatches,
  sentenceRuleViolations,
} from '../../src/tradecraft/language-checks';

const words = (text: string) => offScaleWords(text).map((w) => w.text);

describe('the sentence rule', () => {
  it.each([
    "As of 9 July 2021, it is very likely (85%) that the CSTO takes no collective action on Tajikistan's July 7, 2021 request by the end of 2021, with moderate confidence: 9 of 11 indicators are met.",
    'First assessment: very likely (80%), moderate confidence.',
    'likely (72%) , with moderate confidence.',
    'It is unlikely that the CSTO acts; confidence is high.',
    'Confidence: low. This is a 30 % chance; Confidence: low',
    'A high-confidence judgment that a response is almost certain.',
    'Confidence in this judgment is low because action is highly improbable.',
    'We judge it probable, confidence level - moderate.',
  ])('catches %s', (text) => {
    expect(sentenceRuleViolations(text)).toHaveLength(1);
  });

  it.each([
    'Confidence is moderate: the judgment rests on one analysis article.',
    'As of 31 July 2021, it is very likely (85%) that X. Confidence in this judgment is low.',
    'It is likely (60%) that the CSTO acts.\nModerate confidence: two sources agree.',
    'Confidence rests on two independent sources.',
    'A high share of the indicators is met, and 61% of the pledge arrived.',
  ])('passes %s', (text) => {
    expect(sentenceRuleViolations(text)).toEqual([]);
  });

  it('reports each offending sentence once, as written', () => {
    const text = 'It is likely (60%), with high confidence. Then nothing. Very unlikely; moderate confidence.';
    expect(sentenceRuleViolations(text)).toEqual([
      'It is likely (60%), with high confidence.',
      'Very unlikely; moderate confidence.',
    ]);
  });
});

describe('same number, same term', () => {
  it('catches a percentage outside its term’s band', () => {
    expect(scaleMismatches('First assessment: very likely (80%), moderate confidence.')).toEqual([
      { text: 'very likely (80%)', index: 18, term: 'very likely', percent: 80, expectedTerm: 'likely' },
    ]);
    expect(scaleMismatches('It would stay very likely (80%).').map((m) => m.expectedTerm)).toEqual(['likely']);
    expect(scaleMismatches('It would move to likely (45%).').map((m) => m.expectedTerm)).toEqual([
      'roughly even chance',
    ]);
    expect(scaleMismatches('Highly probable (96 %) and remote (6%).').map((m) => m.expectedTerm)).toEqual([
      'almost certain',
      'very unlikely',
    ]);
  });

  it('follows bandOf’s edges', () => {
    const ok = [
      'likely (80%)',
      'unlikely (20%)',
      'roughly even chance (55%)',
      'roughly even chance (45%)',
      'very unlikely (5%)',
      'very likely (95%)',
      'Unchanged at very likely (85%)',
      'would move to likely (59%)',
      'almost certain (97.5%)',
      'roughly even odds (50 per cent)',
      'nearly certain (99 percent)',
    ];
    for (const text of ok) expect(scaleMismatches(text), text).toEqual([]);
    expect(scaleMismatches('very likely (80%) and unlikely (19%) and likely (81 %)')).toHaveLength(3);
  });

  it('takes the longest term: "very unlikely (30%)" is a mismatch, "unlikely (30%)" is not', () => {
    expect(scaleMismatches('It is very unlikely (30%).')).toHaveLength(1);
    expect(scaleMismatches('It is unlikely (30%).')).toEqual([]);
  });
});

describe('expressions', () => {
  it('finds scale terms and percentages with their positions', () => {
    expect(likelihoodExpressions('very unlikely, 12.5%, a remote chance, remote area')).toEqual([
      { kind: 'term', text: 'very unlikely', index: 0, band: 'very-unlikely' },
      { kind: 'percent', text: '12.5%', index: 15, percent: 12.5 },
      { kind: 'term', text: 'remote chance', index: 24, band: 'almost-no-chance' },
    ]);
  });

  it('finds confidence levels in their usual forms', () => {
    const text =
      'moderate confidence; high-confidence; Confidence: low; confidence is high; Confidence in the high command is low; a medium level of confidence';
    expect(confidenceExpressions(text).map((c) => c.level)).toEqual([
      'moderate',
      'high',
      'low',
      'high',
      'low',
      'medium',
    ]);
    expect(confidenceExpressions('Confidence rests on sources; we are confident; confidence-building')).toEqual([]);
  });
});

describe('off-scale words', () => {
  it.each([
    ['The CSTO is unlikely to find the will.', ['unlikely']],
    ['That makes some collective gesture more likely.', ['more likely']],
    ['A response is less likely now.', ['less likely']],
    ['Russia would likely carry the burden.', ['likely']],
    ['The summit would all but settle it.', ['all but']],
    ['Presumably, Moscow leads.', ['Presumably']],
    ['It is very unlikely, not just unlikely.', ['very unlikely', 'unlikely']],
    [
      'Probably; possibly; perhaps; maybe; doubtful; certainly; surely.',
      ['Probably', 'possibly', 'perhaps', 'maybe', 'doubtful', 'certainly', 'surely'],
    ],
    [
      'In all likelihood, chances are slim and odds are that it fails; the likelihood is low.',
      ['In all likelihood', 'chances are', 'odds are', 'likelihood'],
    ],
    [
      'most likely, roughly even odds, even chance, a remote possibility, highly probable, almost certainly',
      ['most likely', 'roughly even odds', 'even chance', 'remote possibility', 'highly probable', 'almost certainly'],
    ],
    [
      'nearly certain, almost no chance, improbable, probable',
      ['nearly certain', 'almost no chance', 'improbable', 'probable'],
    ],
  ])('flags %s', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it.each([
    'Each met indicator carries a likelihood ratio 1.5.',
    'The odds are multiplied by the likelihood ratio; likelihood-ratios multiply.',
    'In May 2021 the CSTO may meet; it might, could, would or should act.',
    'certainty: stated',
    'The certainty is uncertain.',
    'Prior odds times the LR give posterior odds.',
    'All but one member state, all but the smallest, all but 2 of them.',
    'A remote border post; a very likeable envoy.',
  ])('does not flag %s', (text) => {
    expect(offScaleWords(text)).toEqual([]);
  });

  it('gives the index of each word', () => {
    expect(offScaleWords('It will probably rain')).toEqual([{ text: 'probably', index: 8 }]);
  });
});

describe('the combined lints', () => {
  it('on emitted text, reports the sentence rule and mismatches, in order, but not scale terms', () => {
    const findings = lintEmittedText('First assessment: very likely (80%), moderate confidence. It is likely (60%).');
    expect(findings.map((f) => [f.rule, f.index])).toEqual([
      ['sentence-rule', 0],
      ['scale-mismatch', 18],
    ]);
    expect(findings[0]?.message).toContain('"very likely"');
    expect(findings[1]?.message).toBe('80% is "likely" on the ICD 203 scale, not "very likely".');
  });

  it('on authored text, also reports every estimative word', () => {
    expect(lintAuthoredText('Will the CSTO act by 2022?')).toEqual([]);
    const findings = lintAuthoredText('The CSTO would presumably act, making a response more likely.');
    expect(findings.map((f) => [f.rule, f.text])).toEqual([
      ['off-scale-word', 'presumably'],
      ['off-scale-word', 'more likely'],
    ]);
  });
});
