// Stored text: what it refuses (controls, bidirectional controls, lone surrogates) and what it
// must keep accepting (any script, emoji as surrogate pairs, line breaks in paragraphs).
import { describe, expect, it } from 'vitest';
import { unsafeText } from '../../src/facts/safe-text';

describe('unsafeText', () => {
  it.each([
    ['Душанбе, 7 июля'],
    ['دوشنبه'],
    ['עברית'],
    ['an emoji 😀 is a surrogate pair'],
    ['“typographic” quotes — and dashes'],
  ])('accepts %s on one line', (text) => {
    expect(unsafeText(text, false)).toBeUndefined();
  });

  it('accepts tabs and line breaks in a paragraph only', () => {
    expect(unsafeText('one\ntwo\r\nthree\tfour', true)).toBeUndefined();
    expect(unsafeText('one\ntwo', false)).toMatch(/line breaks/);
    expect(unsafeText('one\ttwo', false)).toMatch(/control/);
  });

  it.each([
    ['NUL', 'a\u0000b'],
    ['BEL', 'a\u0007b'],
    ['DEL', 'a\u007fb'],
    ['a C1 control', 'a\u0085b'],
    ['U+202E', 'a\u202eb'],
    ['U+2066', 'a\u2066b'],
    ['a lone high surrogate', 'a\ud83d'],
    ['a lone low surrogate', '\ude00b'],
    ['two high surrogates', '\ud83d\ud83d\ude00'],
  ])('refuses %s, even in a paragraph', (_name, text) => {
    expect(unsafeText(text, true)).toBeDefined();
    expect(unsafeText(text, false)).toBeDefined();
  });
});
