// One document, one origin, however the writer spells it (found by a hostile review of the
// forged-citation fix: http for https, no trailing slash, a query, `www.`, an invisible character
// in the publisher all passed for "another" source).
import { describe, expect, it } from 'vitest';
import { comparableText, documentAddress, sameDocument } from '../../src/facts/source-identity';
import { originKey } from '../../src/facts/sources';

const ARTICLE = {
  url: 'https://thediplomat.com/2021/07/a-fateful-moment-for-the-csto-on-the-afghan-border/',
  title: 'A Fateful Moment for the CSTO on the Afghan Border',
  publisher: 'The Diplomat',
};

describe('sameDocument', () => {
  it.each([
    ['http', 'http://thediplomat.com/2021/07/a-fateful-moment-for-the-csto-on-the-afghan-border/'],
    ['no trailing slash', 'https://thediplomat.com/2021/07/a-fateful-moment-for-the-csto-on-the-afghan-border'],
    ['a query', 'https://thediplomat.com/2021/07/a-fateful-moment-for-the-csto-on-the-afghan-border/?utm=1'],
    ['a fragment', 'https://thediplomat.com/2021/07/a-fateful-moment-for-the-csto-on-the-afghan-border/#top'],
    ['www.', 'https://www.thediplomat.com/2021/07/a-fateful-moment-for-the-csto-on-the-afghan-border/'],
    ['a trailing dot', 'https://thediplomat.com./2021/07/a-fateful-moment-for-the-csto-on-the-afghan-border/'],
    ['case', 'https://TheDiplomat.com/2021/07/A-Fateful-Moment-for-the-CSTO-on-the-Afghan-Border/'],
    ['escapes', 'https://thediplomat.com/2021/07/%61-fateful-moment-for-the-csto-on-the-afghan-border/'],
  ])('finds the same address with %s', (_name, url) => {
    expect(sameDocument(ARTICLE, { url, title: 'Something else', publisher: 'Someone else' })).toBe(true);
  });

  it.each([
    ['an invisible character', 'The Diplomat\u200b'],
    ['a soft hyphen', 'The Dip\u00adlomat'],
    ['no "The"', 'Diplomat'],
    ['a full stop', 'The Diplomat.'],
    ['other spacing and case', '  the   DIPLOMAT '],
  ])('finds the same title and publisher with %s', (_name, publisher) => {
    expect(sameDocument(ARTICLE, { url: 'https://elsewhere.example/copy', title: ARTICLE.title, publisher })).toBe(
      true,
    );
  });

  it('tells different documents apart', () => {
    expect(
      sameDocument(ARTICLE, {
        url: 'https://thediplomat.com/2021/08/another-piece/',
        title: 'Another piece',
        publisher: 'The Diplomat',
      }),
    ).toBe(false);
    expect(documentAddress('https://a.example/x')).not.toBe(documentAddress('https://b.example/x'));
    expect(comparableText('Radio Ozodi')).not.toBe(comparableText('Radio Free Europe'));
  });
});

describe('originKey', () => {
  it('does not count an invisible character or punctuation as a second origin', () => {
    const key = originKey({ publisher: 'The Diplomat' });
    expect(originKey({ publisher: 'The Diplomat\u200b' })).toBe(key);
    expect(originKey({ publisher: 'The Diplomat.' })).toBe(key);
    expect(originKey({ publisher: 'Radio Ozodi' })).not.toBe(key);
  });
});
