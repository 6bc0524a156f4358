// The estimative patterns are compiled twice: with Unicode letter classes, and with their ASCII
// subsets for plain text (much cheaper for V8 to compile on a fresh isolate's first brief). On
// plain text the two must find exactly the same things, and what counts as plain must hold no
// letter, digit or case-folding surprise outside ASCII.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  confidenceExpressions,
  flavourOf,
  likelihoodExpressions,
  offScaleWords,
  SCALE_TERMS,
  termsWithPercent,
} from '../../src/tradecraft/estimative-terms';

/** Every character of the Basic Multilingual Plane that plain text may hold beyond ASCII. */
const plainMarks = Array.from({ length: 0x10000 - 0x80 }, (_, i) => String.fromCharCode(0x80 + i)).filter(
  (ch) => flavourOf(ch) === 'plain',
);

describe('plain text', () => {
  it('holds, beyond ASCII, only characters that are neither letters nor digits and fold onto no ASCII letter', () => {
    expect(plainMarks.length).toBeGreaterThan(10);
    for (const ch of plainMarks) {
      expect(/[\p{L}\p{N}]/u.test(ch), ch).toBe(false);
      expect(/[a-z0-9]/iu.test(ch), ch).toBe(false);
      expect(ch.toLowerCase() === ch && ch.toUpperCase() === ch, ch).toBe(true);
    }
  });

  it('is not any text with a letter, digit or astral character beyond ASCII', () => {
    for (const text of ['café', 'Душанбе', '\u017F', '\u212A', '²', 'µ', 'ª', '٣', '😀', 'likely\u212A']) {
      expect(flavourOf(text), text).toBe('unicode');
    }
    expect(flavourOf('It is likely (72%) — “at most” 5 km… ‘a’ × 2 °C.')).toBe('plain');
  });
});

/** Words and marks the patterns care about, ASCII and plain marks, so matches are frequent. */
const piece = fc.oneof(
  fc.constantFrom(...SCALE_TERMS.keys()),
  fc.constantFrom('probably', 'in all likelihood', 'all but', 'odds are', 'likelihood ratio', 'per cent', 'percent'),
  fc.constantFrom('confidence', 'high', 'moderate', 'low', 'medium', 'is', 'in', 'level', 'of', 'degree', 'highly'),
  fc.constantFrom('confident', 'the', 'one', 'good', 'remote', 'that', 'May', 'U.S.', 'No.'),
  fc.integer({ min: 0, max: 120 }).map(String),
  fc.constantFrom(
    ' ',
    '  ',
    '\n',
    '-',
    '(',
    ')',
    '%',
    ' %',
    '.',
    ':',
    '=',
    '—',
    '–',
    '“',
    '”',
    '’',
    '…',
    '\u00A0',
    'x',
    '9',
  ),
  fc.constantFrom(...plainMarks),
  fc.string({ maxLength: 3 }),
);
const plainText = fc
  .array(piece, { maxLength: 30 })
  .map((pieces) => pieces.join(''))
  .filter((text) => flavourOf(text) === 'plain');

describe('the two compilations', () => {
  it('find the same likelihoods, confidence levels, term percentages and off-scale words in plain text', () => {
    fc.assert(
      fc.property(plainText, (text) => {
        expect(likelihoodExpressions(text, 'plain')).toEqual(likelihoodExpressions(text, 'unicode'));
        expect(confidenceExpressions(text, 'plain')).toEqual(confidenceExpressions(text, 'unicode'));
        expect(termsWithPercent(text, 'plain')).toEqual(termsWithPercent(text, 'unicode'));
        expect(offScaleWords(text, 'plain')).toEqual(offScaleWords(text, 'unicode'));
      }),
      { numRuns: 2000 },
    );
  });

  it('are not the same pattern: outside plain text a non-ASCII letter is a word character only to Unicode', () => {
    // "likelyé" holds no word "likely" (the é continues it); the ASCII classes would find one.
    expect(likelihoodExpressions('likelyé', 'unicode')).toEqual([]);
    expect(likelihoodExpressions('likelyé', 'plain').map((e) => e.text)).toEqual(['likely']);
    expect(likelihoodExpressions('likelyé')).toEqual([]);
  });
});
