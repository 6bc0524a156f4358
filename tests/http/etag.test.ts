// The synchronous tag of a prepared JSON body is the tag the edge cache computes from its bytes.
import { describe, expect, it } from 'vitest';
import { strongEtag, strongEtagOfText } from '../../src/http/cache/etag';
import { preparedJson, safeJson } from '../../src/http/json-response';

const encode = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;

describe('strongEtagOfText', () => {
  it.each(['', 'a', '{"x":1}', 'é “quotes” \u2028 – ü'.repeat(500), '\uD83D\uDE00 emoji'])(
    'equals strongEtag over the UTF-8 bytes of %j',
    async (text) => {
      expect(strongEtagOfText(text)).toBe(await strongEtag(encode(text)));
    },
  );
});

describe('preparedJson', () => {
  it('writes a document once and reuses text and tag for the same object', () => {
    const doc = { a: '<b>&</b>', n: 1 };
    const first = preparedJson(doc);
    expect(first.text).toBe(safeJson(doc));
    expect(first.text).not.toMatch(/[<>&]/);
    expect(preparedJson(doc)).toBe(first);
    expect(preparedJson({ ...doc })).not.toBe(first);
    expect(preparedJson({ ...doc }).etag).toBe(first.etag);
  });
});
