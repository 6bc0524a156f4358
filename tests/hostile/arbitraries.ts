// fast-check generators of hostile requests: paths, methods, query strings (repeated, empty,
// huge, unicode, RTL, NUL, broken percent-encoding), headers and bodies. Values mix known-bad
// constants, raw (not re-encoded) percent sequences and arbitrary strings; many carry MARKER,
// which no answer may echo verbatim.
import fc from 'fast-check';
import { catalog } from '../../src/catalog/catalog';
import { MAX_URL_LENGTH } from '../../src/http/url-limit';
import { MARKER } from './response-checks';
import type { RouteUnderTest } from './routes';

/** Percent-encodes; a lone surrogate (which has no UTF-8) becomes an invalid UTF-8 sequence. */
export function encode(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return '%ED%A0%80';
  }
}

/** Values that are wrong in some way for some parameter (and some that are right). */
export const HOSTILE_VALUES = [
  '',
  ' ',
  MARKER,
  `"><script>${MARKER}</script>`,
  `'><img src=x onerror=alert(1)>${MARKER}`,
  'javascript:alert(1)',
  `data:text/html,${MARKER}`,
  '\u202e2021-07-09',
  '\u200f',
  'a\u0000b',
  '\r\nSet-Cookie: x=1',
  'NaN',
  'Infinity',
  '-Infinity',
  '-0',
  '1e309',
  '0x10',
  '1_000',
  '2021-02-30',
  '2021-02-29',
  '0000-01-01',
  '9999999999-01-01',
  '+002021-07-09',
  '2021-07-09',
  'unknown',
  'true',
  'agreed',
  'dark',
  'full',
  'xml',
  '480',
  'http://briefs.test/briefs/csto-non-response',
  `http://briefs.test/briefs/${MARKER}`,
  '\ud800',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ﷺ',
  'x'.repeat(201),
] as const;

/** Inserted into the URL as they are: broken or surprising percent-encoding. */
export const RAW_SEQUENCES = [
  '%',
  '%zz',
  '%00',
  '%c0%af',
  '%2e%2e',
  '%2f',
  '%5c',
  '%%',
  '%u0041',
  '+',
  '%0d%0aSet-Cookie:%20x=1',
  '%ff%fe',
  '%E2%80%AE',
  '%3Cx-probe-7f3a%3E',
] as const;

const FACT_IDS = [...catalog.facts.types.keys()];

const arbitraryText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary-ascii', maxLength: 40 }),
);

/** One URL component (a path segment, a key or a value), already in URL form. */
export const urlPart = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_VALUES).map(encode) },
  { weight: 2, arbitrary: fc.constantFrom(...RAW_SEQUENCES) },
  { weight: 3, arbitrary: arbitraryText.map(encode) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...HOSTILE_VALUES), fc.constantFrom(...RAW_SEQUENCES), arbitraryText)
      .map(([a, raw, b]) => `${encode(a)}${raw}${encode(b)}`),
  },
);

/** Long values around the URL limit, now and then. */
const hugePart = fc.integer({ min: 1, max: MAX_URL_LENGTH + 2000 }).map((n) => 'x'.repeat(n));

function queryKey(route: RouteUnderTest | undefined) {
  const named = route?.queryParams.flatMap((p) => (p === 'assume' ? [] : [p])) ?? [];
  return fc.oneof(
    ...(named.length > 0 ? [{ weight: 4, arbitrary: fc.constantFrom(...named) }] : []),
    { weight: 3, arbitrary: fc.constantFrom(...FACT_IDS).map((id) => `assume.${id}`) },
    { weight: 1, arbitrary: urlPart.map((k) => `assume.${k}`) },
    { weight: 1, arbitrary: fc.constantFrom('utm_source', 'fbclid', '_v', 'asOf', '__proto__', 'constructor') },
    { weight: 2, arbitrary: urlPart },
  );
}

/** A query string: repeated keys, empty pairs, keys without `=`, huge values, anything. */
export function queryString(route: RouteUnderTest | undefined) {
  const value = fc.oneof({ weight: 12, arbitrary: urlPart }, { weight: 1, arbitrary: hugePart });
  const pair = fc
    .tuple(queryKey(route), value, fc.constantFrom('=', '=', '=', '', '=='))
    .map(([k, v, eq]) => (eq === '' ? k : `${k}${eq}${v}`));
  return fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom('', '?', '?&', '?=', '?&&=') },
    {
      weight: 8,
      arbitrary: fc
        .tuple(fc.array(pair, { minLength: 1, maxLength: 10 }), fc.constantFrom('&', '&', '&&', ';'))
        .map(([pairs, sep]) => `?${pairs.join(sep)}`),
    },
  );
}

/** A path parameter: the real one mostly, or something hostile. */
export function pathValue(real: string) {
  return fc.oneof({ weight: 2, arbitrary: fc.constant(real) }, { weight: 3, arbitrary: urlPart });
}

export const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND'] as const;

export const readMethod = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('GET', 'HEAD') },
  { weight: 1, arbitrary: fc.constantFrom(...METHODS) },
);

/** Printable ASCII (no CR, LF or NUL): what fetch lets a header carry. */
export const headerText = fc.string({
  unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)),
  maxLength: 60,
});

/** Request headers a hostile client or a proxy may send, each present or not. */
export const hostileHeaders = fc.record(
  {
    Accept: fc.oneof(
      fc.constantFrom(
        'application/json',
        'text/html',
        '*/*',
        'application/json;q=NaN',
        'text/html;q=1e309, application/json;q=-1',
        MARKER,
        '',
      ),
      headerText,
    ),
    'Accept-Language': fc.oneof(fc.constantFrom('fr-CH, fr;q=0.9', 'xx-EVIL', MARKER), headerText),
    Cookie: fc.oneof(fc.constantFrom('session=evil-cookie', `a=${MARKER}`), headerText),
    'X-Forwarded-Host': fc.oneof(fc.constantFrom('evil.example', MARKER), headerText),
    'X-Forwarded-Proto': fc.constantFrom('https', 'gopher', MARKER),
    'X-HTTP-Method-Override': fc.constantFrom('DELETE', 'POST', 'PUT'),
    'X-Original-URL': fc.constantFrom('/v1/observations', '/admin', MARKER),
    Origin: fc.oneof(fc.constantFrom('https://evil.example', 'null', MARKER), headerText),
    'If-None-Match': fc.oneof(fc.constantFrom('*', '"x"', 'W/"x"', '""', ',,,', MARKER), headerText),
    'If-Modified-Since': fc.oneof(
      fc.constantFrom('Sat, 01 Jan 2000 00:00:00 GMT', 'Mon, 32 Foo 99999 99:99:99 GMT', '0', MARKER),
      headerText,
    ),
    'Content-Type': fc.oneof(
      fc.constantFrom('application/json', 'text/plain', 'multipart/form-data; boundary=x', 'application/jsonx', MARKER),
      headerText,
    ),
    Range: fc.constantFrom('bytes=0-10', 'bytes=-1', 'bytes=999999-'),
  },
  { requiredKeys: [] },
);
