// Sentence splitting for the sentence rule: decimals, abbreviations, initials and quotations stay
// inside a sentence; terminal punctuation before a capital, and a newline, end one.
import { describe, expect, it } from 'vitest';
import { sentenceSpans, sentencesOf } from '../../src/tradecraft/sentences';

describe('sentencesOf', () => {
  it('splits after . ! ? before a capital, a digit or an opening quote', () => {
    expect(sentencesOf('It rained. Then it stopped! Did it? 9 of 11 indicators are met. “Quote” here.')).toEqual([
      'It rained.',
      'Then it stopped!',
      'Did it?',
      '9 of 11 indicators are met.',
      '“Quote” here.',
    ]);
  });

  it('does not split inside decimals or amounts', () => {
    expect(sentencesOf('Russia pledged $1.23 billion. The share was 0.85 of it.')).toEqual([
      'Russia pledged $1.23 billion.',
      'The share was 0.85 of it.',
    ]);
  });

  it('does not split after common abbreviations', () => {
    const text =
      'The U.S. Army left. Members, e.g. Armenia, asked; i.e. Armenia did, etc. Then Mr. Lavrov and Dr. Smith spoke vs. No. 5 at approx. 10 am.';
    expect(sentencesOf(text)).toEqual([
      'The U.S. Army left.',
      'Members, e.g. Armenia, asked; i.e. Armenia did, etc. Then Mr. Lavrov and Dr. Smith spoke vs. No. 5 at approx. 10 am.',
    ]);
  });

  it('does not split after a single-letter initial, but does after a lone capital', () => {
    expect(sentencesOf('General Anatoly V. Sidorov spoke. He left.')).toEqual([
      'General Anatoly V. Sidorov spoke.',
      'He left.',
    ]);
    // A capital after a lower-case word reads as a sentence's last word ("that X."), so "and J. R.
    // Smith" would split after "J.": a documented price of keeping "that X. Confidence …" apart.
    expect(sentencesOf('V. Sidorov and General J. R. Smith spoke. It is likely that X. Confidence is low.')).toEqual([
      'V. Sidorov and General J. R. Smith spoke.',
      'It is likely that X.',
      'Confidence is low.',
    ]);
  });

  it('splits after the closing quote, not before it', () => {
    expect(sentencesOf('He said it would end “in a flash.” He said more. It was “over!” Then (quiet.) Next.')).toEqual([
      'He said it would end “in a flash.”',
      'He said more.',
      'It was “over!”',
      'Then (quiet.)',
      'Next.',
    ]);
  });

  it('keeps colons, semicolons and lower-case continuations inside a sentence', () => {
    expect(sentencesOf('Confidence is moderate: the judgment rests on one article; see above. and so on')).toEqual([
      'Confidence is moderate: the judgment rests on one article; see above. and so on',
    ]);
  });

  it('ends a sentence at every newline, trims, and drops empty lines', () => {
    expect(sentencesOf('  - first item\n\n- second item\r\nlast line without a stop  \n \n')).toEqual([
      '- first item',
      '- second item',
      'last line without a stop',
    ]);
    expect(sentencesOf('')).toEqual([]);
    expect(sentencesOf(' \n\t ')).toEqual([]);
  });

  it('gives spans that point at the sentences in the original text', () => {
    const text = ' One.  Two?\nThree ';
    expect(sentenceSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(['One.', 'Two?', 'Three']);
    expect(sentenceSpans(text)[1]).toEqual({ start: 7, end: 11 });
  });
});
