// Properties of the language checks: the sentence rule looks at one sentence at a time, every
// integer percentage agrees with exactly one band's term, and splitting loses no text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BANDS, bandOf } from '../../src/brief/likelihood';
import { SCALE_TERMS } from '../../src/tradecraft/estimative-terms';
import { scaleMismatches, sentenceRuleViolations } from '../../src/tradecraft/language-checks';
import { sentencesOf } from '../../src/tradecraft/sentences';

const term = fc.constantFrom(...[...SCALE_TERMS.keys()].filter((t) => t !== 'remote'));
const percent = fc.integer({ min: 1, max: 99 });
const level = fc.constantFrom('low', 'moderate', 'medium', 'high');
const claim = fc.constantFrom(
  'the CSTO takes collective action by the end of 2021',
  'Russia sends troops to the U.S. border',
  'Tajikistan asks again',
  'the summit in May agrees on $1.5 billion',
);

const likelihoodPhrase = fc.oneof(
  fc.tuple(term, claim).map(([t, c]) => `it is ${t} that ${c}`),
  fc.tuple(term, percent, claim).map(([t, p, c]) => `it is ${t} (${p}%) that ${c}`),
  fc.tuple(claim, percent).map(([c, p]) => `the chance that ${c} is ${p} %`),
);
const confidencePhrase = fc.oneof(
  level.map((l) => `with ${l} confidence`),
  level.map((l) => `confidence is ${l}`),
  level.map((l) => `Confidence: ${l}`),
  level.map((l) => `${l}-confidence`),
  level.map((l) => `confidence in this judgment is ${l}`),
);
const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

describe('the sentence rule, as a property', () => {
  it('never fires on likelihood-only and confidence-only sentences joined with ". "', () => {
    const sentence = fc.oneof(likelihoodPhrase, confidencePhrase).map(capitalised);
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 8 }), (sentences) => {
        expect(sentenceRuleViolations(`${sentences.join('. ')}.`)).toEqual([]);
      }),
    );
  });

  it('always fires when one sentence holds both', () => {
    const join = fc.constantFrom(', ', '; ', ': ', ' — ', ' and ');
    fc.assert(
      fc.property(likelihoodPhrase, confidencePhrase, join, fc.boolean(), (l, c, j, flip) => {
        const text = capitalised(flip ? `${c}${j}${l}` : `${l}${j}${c}`);
        expect(sentenceRuleViolations(`Before. ${text}. After.`)).toEqual([`${text}.`]);
      }),
    );
  });
});

describe('same number, same term, for every integer percentage', () => {
  it('agrees with the band of bandOf(p / 100) and with no other band, in either row', () => {
    for (let p = 1; p <= 99; p++) {
      const band = bandOf(p / 100).id;
      for (const [t, id] of SCALE_TERMS) {
        const text = `It is ${t} (${p}%).`;
        expect(scaleMismatches(text), text).toHaveLength(id === band ? 0 : 1);
      }
      for (const b of BANDS) expect(scaleMismatches(`${b.term} (${p}%)`)).toHaveLength(b.id === band ? 0 : 1);
    }
  });
});

describe('sentencesOf, as a property', () => {
  const prose = fc.array(
    fc.oneof(
      fc.string({ unit: fc.constantFrom('a', 'B', '1', '.', '!', '?', ' ', '\n', '”', '"', ')', ':', 'é', '\t') }),
      fc.constantFrom('U.S. ', 'e.g. ', 'V. ', '0.85', '“in a flash.” ', 'etc. The', ' (85%). '),
      fc.string(),
    ),
    { maxLength: 12 },
  );
  const bare = (s: string) => s.replace(/\s/g, '');

  it('loses no non-whitespace character, and returns trimmed non-empty sentences', () => {
    fc.assert(
      fc.property(prose, (parts) => {
        const text = parts.join('');
        const sentences = sentencesOf(text);
        expect(sentences.join('').replace(/\s/g, '')).toBe(bare(text));
        for (const s of sentences) expect(s).toBe(s.trim());
        for (const s of sentences) expect(s).not.toBe('');
      }),
      { numRuns: 500 },
    );
  });
});
