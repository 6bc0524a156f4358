// The catalog of hostile requests, as data: one entry per case, grouped by the bullet of issue #8
// it covers, each with what the answer must be. catalog.test.ts sends every case and applies, on
// top of the case's own expectations, every rule of response-checks.ts. Cases built from the
// contract table (a payload in every parameter of every route) are generated below.
import { catalog } from '../../src/catalog/catalog';
import { MAX_ASSUMED_VALUE_LENGTH } from '../../src/facts/assumed-value';
import { MAX_BODY_BYTES } from '../../src/http/json-body';
import type { ProblemType } from '../../src/http/problem';
import { MAX_ASSUMPTIONS } from '../../src/http/query';
import { MAX_URL_LENGTH } from '../../src/http/url-limit';
import { citingRegistered, AGREED as DESCRIBED, registrationOf, TEST_ADMIN_TOKEN } from '../observation-fixtures';

/** The test observation, citing its source as registered: the catalog's test registers it first. */
const AGREED = citingRegistered(DESCRIBED);
/** The source that registration is of. */
export const AGREED_SOURCE = registrationOf(DESCRIBED.source);

import { MARKER } from './response-checks';
import { ROUTES } from './routes';

export type Bullet =
  | 'xss'
  | 'dangerous-url'
  | 'header-injection'
  | 'impossible-date'
  | 'bad-number'
  | 'many-assumptions'
  | 'long-url'
  | 'body-on-get'
  | 'content-type'
  | 'path-traversal'
  | 'method'
  | 'write-api';

export interface HostileCase {
  name: string;
  bullet: Bullet;
  request: { method?: string; path: string; headers?: Record<string, string>; body?: string };
  expect: {
    status: number | readonly number[];
    /** The problem type of an error answer. */
    problem?: ProblemType;
    /** A parameter (or body field) the problem's issues must name. */
    names?: string;
    /** Text that must not appear in the body. */
    absent?: readonly string[];
    /** Text that must not appear in any response header. */
    absentFromHeaders?: readonly string[];
    /** The body is at most this long: huge input is not reflected whole. */
    maxBodyLength?: number;
    /** The observations table is the same after the request. */
    storesNothing?: boolean;
  };
}

const XSS = `"><script>alert(1)</script>${MARKER}`;
const SCRIPT = '<script>alert(1)';
const AUTH = { Authorization: `Bearer ${TEST_ADMIN_TOKEN}` };
const JSON_WRITE = { ...AUTH, 'Content-Type': 'application/json' };
const FILES = ['[[d1_databases]]', '"devDependencies"', 'root:x:0:0', 'compatibility_date', '[fonts]'];
const q = encodeURIComponent;

/** Non-derived facts: those a what-if may assume. */
const ASSUMABLE = [...catalog.facts.types].filter(([, t]) => !t.derived).map(([id]) => id);

/** A path and query of exactly `length` characters. */
function urlOfLength(prefix: string, length: number): string {
  return `${prefix}${'x'.repeat(length - prefix.length)}`;
}

/** A JSON body of exactly `bytes` bytes (valid JSON, not a valid observation). */
function bodyOfBytes(bytes: number): string {
  const shell = '{"note":""}';
  return `{"note":"${'x'.repeat(bytes - shell.length)}"}`;
}

// ---- a payload in every parameter of every route, from the contract ----

const EVERY_PARAMETER: HostileCase[] = ROUTES.filter((r) => r.method === 'GET').flatMap((route) => {
  const errors = [...route.documented].filter((s) => s >= 400 && s !== 405);
  const query = route.queryParams.map((name) => {
    const key = name === 'assume' ? 'assume.tj.reservists_mobilized' : name;
    return {
      name: `${key} of ${route.contract.path} carrying a script`,
      bullet: 'xss' as const,
      request: { path: `${route.path()}?${key}=${q(XSS)}` },
      expect: { status: errors, absent: [SCRIPT] },
    };
  });
  const path = route.pathParams.map((name) => ({
    name: `path parameter ${name} of ${route.contract.path} carrying a script`,
    bullet: 'xss' as const,
    request: { path: route.path({ [name]: q(XSS) }) },
    expect: { status: errors, absent: [SCRIPT] },
  }));
  return [...query, ...path];
});

const EVERY_AS_OF: HostileCase[] = ROUTES.filter((r) => r.queryParams.includes('asOf')).flatMap((route) =>
  ['2021-02-30', '0000-01-01', '2021000000-07-09', '2021-13-01', '２０２１-07-09'].map((date) => ({
    name: `asOf=${date} on ${route.contract.path}`,
    bullet: 'impossible-date' as const,
    // A write (a draft's preview) is asked with its method, a token and a body: the date is still what fails.
    request:
      route.method === 'GET'
        ? { path: `${route.path()}?asOf=${q(date)}` }
        : { method: route.method, path: `${route.path()}?asOf=${q(date)}`, headers: JSON_WRITE, body: '{}' },
    expect: { status: 400, problem: 'invalid-query' as const, names: 'asOf' },
  })),
);

export const CASES: readonly HostileCase[] = [
  ...EVERY_PARAMETER,
  ...EVERY_AS_OF,

  // ---- XSS where the input is legitimately shown back ----
  {
    name: 'a script as a what-if text value, in the JSON brief',
    bullet: 'xss',
    request: { path: `/v1/briefs/target-program-stalls?assume.csto.program_delay_explanation=${q(XSS)}` },
    expect: { status: 200, absent: [SCRIPT] },
  },
  {
    name: 'a script as a what-if text value, on the brief page',
    bullet: 'xss',
    request: { path: `/briefs/target-program-stalls?assume.csto.program_delay_explanation=${q(XSS)}` },
    expect: { status: 200, absent: [SCRIPT, '"><script'] },
  },
  {
    name: 'a script as a what-if parameter name',
    bullet: 'xss',
    request: { path: `/v1/briefs/csto-non-response?assume.${q(XSS)}=1` },
    expect: { status: 400, problem: 'invalid-query', absent: [SCRIPT] },
  },
  {
    name: 'a script in an unknown parameter of the widget page (the widget takes none)',
    bullet: 'xss',
    request: { path: `/widget?scenario=${q(XSS)}&as-of=${q(XSS)}` },
    expect: { status: 200, absent: [SCRIPT] },
  },
  {
    name: 'a script in the embed card’s theme, as the widget’s theme attribute would pass it',
    bullet: 'xss',
    request: { path: `/embed/csto-non-response?theme=${q(XSS)}&view=full` },
    expect: { status: 400, problem: 'invalid-query', names: 'theme', absent: [SCRIPT] },
  },
  {
    name: 'a script as the widget’s scenario attribute, framed as /embed/<scenario>',
    bullet: 'xss',
    request: { path: `/embed/${q(XSS)}` },
    expect: { status: 404, absent: [SCRIPT] },
  },
  {
    name: 'a script in the oEmbed format',
    bullet: 'xss',
    request: { path: `/oembed?url=${q('http://briefs.test/briefs/csto-non-response')}&format=${q('<b>x')}` },
    expect: { status: 501, problem: 'not-implemented', absent: ['<b>'] },
  },
  {
    name: 'a script in the asOf of an oEmbed URL (ignored, not echoed)',
    bullet: 'xss',
    request: { path: `/oembed?url=${q(`http://briefs.test/briefs/csto-non-response?asOf=${XSS}`)}` },
    expect: { status: 200, absent: [SCRIPT] },
  },
  {
    name: 'an attribute breakout in the oEmbed URL',
    bullet: 'xss',
    request: { path: `/oembed?url=${q('http://briefs.test/embed/csto-non-response" onload="alert(1)')}` },
    expect: { status: 404, problem: 'not-found', absent: ['onload="'] },
  },
  {
    name: 'a script in oEmbed maxwidth and maxheight',
    bullet: 'xss',
    request: {
      path: `/oembed?url=${q('http://briefs.test/briefs/csto-non-response')}&maxwidth=${q(XSS)}&maxheight=${q(XSS)}`,
    },
    expect: { status: 400, problem: 'invalid-query', names: 'maxheight', absent: [SCRIPT] },
  },
  {
    name: 'a script in an accepted observation note: stored, and answered escaped',
    bullet: 'xss',
    request: {
      method: 'POST',
      path: '/v1/observations',
      headers: JSON_WRITE,
      body: JSON.stringify({ ...AGREED, date: '2021-10-12', note: XSS }),
    },
    expect: { status: 201, absent: [SCRIPT] },
  },

  // ---- javascript: and data: URLs ----
  ...['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x'].map(
    (url): HostileCase => ({
      name: `oEmbed url ${url}`,
      bullet: 'dangerous-url',
      request: { path: `/oembed?url=${q(url)}` },
      expect: { status: 404, problem: 'not-found', absent: [SCRIPT] },
    }),
  ),
  ...[
    'http://evil.example/briefs/csto-non-response',
    'http://briefs.test@evil.example/briefs/csto-non-response',
    'http://evil.example#@briefs.test/briefs/csto-non-response',
    '//briefs.test/briefs/csto-non-response',
    'ftp://briefs.test/briefs/csto-non-response',
    'http://briefs.test/briefs/../v1/observations',
  ].map(
    (url): HostileCase => ({
      name: `oEmbed url of another host or kind: ${url}`,
      bullet: 'dangerous-url',
      request: { path: `/oembed?url=${q(url)}` },
      expect: { status: 404, problem: 'not-found' },
    }),
  ),
  ...['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd'].map(
    (url): HostileCase => ({
      name: `a source registered with the url ${url}`,
      bullet: 'dangerous-url',
      request: {
        method: 'POST',
        path: '/v1/sources',
        headers: JSON_WRITE,
        body: JSON.stringify({ ...AGREED_SOURCE, id: 'dangerous-url', title: `Dangerous ${url}`, url }),
      },
      expect: { status: 400, problem: 'invalid-body', names: 'url', absent: [SCRIPT] },
    }),
  ),
  {
    name: 'an observation that describes its source (a javascript: url) rather than citing a registered one',
    bullet: 'dangerous-url',
    request: {
      method: 'POST',
      path: '/v1/observations',
      headers: JSON_WRITE,
      body: JSON.stringify({ ...DESCRIBED, source: { ...DESCRIBED.source, url: 'javascript:alert(1)' } }),
    },
    expect: { status: 400, problem: 'invalid-body', names: 'source', storesNothing: true, absent: [SCRIPT] },
  },

  // ---- header injection (CR LF in what could be echoed) ----
  {
    name: 'CR LF and a Set-Cookie in a path',
    bullet: 'header-injection',
    request: { path: '/v1/briefs/x%0d%0aSet-Cookie:%20evil=1%0d%0aX-Evil:%201' },
    expect: { status: 404, absentFromHeaders: ['evil', 'X-Evil'] },
  },
  {
    name: 'CR LF and a Set-Cookie in a query value',
    bullet: 'header-injection',
    request: { path: '/v1/briefs/csto-non-response?asOf=2021-07-09%0d%0aSet-Cookie:%20evil=1' },
    expect: { status: 400, problem: 'invalid-query', absentFromHeaders: ['evil'] },
  },
  {
    name: 'CR LF and a Location in the oEmbed URL',
    bullet: 'header-injection',
    request: {
      path: `/oembed?url=${q('http://briefs.test/briefs/csto-non-response\r\nLocation: http://evil.example')}`,
    },
    expect: { status: 404, absentFromHeaders: ['evil'] },
  },
  {
    name: 'CR LF on a page path',
    bullet: 'header-injection',
    request: { path: '/briefs/csto-non-response%0d%0aRefresh:%200;url=http://evil.example' },
    expect: { status: 404, absentFromHeaders: ['evil', 'Refresh'] },
  },

  // ---- impossible dates, beyond every asOf above ----
  {
    name: 'a leap day in a leap year is a real date',
    bullet: 'impossible-date',
    request: { path: '/v1/briefs/csto-non-response?asOf=2020-02-29' },
    expect: { status: 200 },
  },
  {
    name: 'a leap day in a common year',
    bullet: 'impossible-date',
    request: { path: '/v1/briefs/csto-non-response?asOf=2021-02-29' },
    expect: { status: 400, problem: 'invalid-query', names: 'asOf' },
  },
  ...['2021-02-30', '0000-01-01', '9999999999-01-01', '2021-7-9', '%2B002021-07-09'].map(
    (date): HostileCase => ({
      name: `digest of ${date}`,
      bullet: 'impossible-date',
      request: { path: `/v1/digest/${date}` },
      expect: { status: 400, problem: 'invalid-query', names: 'date' },
    }),
  ),
  ...['2021-02-30', '0000-01-01', '2021-13-01', '2021-01-01T25:00:00Z', '2021-01-01T00:00:60Z'].map(
    (since): HostileCase => ({
      name: `observations since ${since}`,
      bullet: 'impossible-date',
      request: { path: `/v1/observations?since=${q(since)}` },
      expect: { status: 400, problem: 'invalid-query', names: 'since' },
    }),
  ),
  {
    name: 'observations since a real UTC time',
    bullet: 'impossible-date',
    request: { path: '/v1/observations?since=2021-01-01T00:00:00Z' },
    expect: { status: 200 },
  },
  ...['2042-02-30', '0000', '10000-01-01'].map(
    (date): HostileCase => ({
      name: `a date fact assumed to be ${date}`,
      bullet: 'impossible-date',
      request: { path: `/v1/briefs/russia-bilateral-substitution?assume.ru.base_stay_until=${date}` },
      expect: { status: 400, problem: 'invalid-query', names: 'assume.ru.base_stay_until' },
    }),
  ),
  {
    name: 'an observation dated 2021-02-30',
    bullet: 'impossible-date',
    request: {
      method: 'POST',
      path: '/v1/observations',
      headers: JSON_WRITE,
      body: JSON.stringify({ ...AGREED, date: '2021-02-30' }),
    },
    expect: { status: 400, problem: 'invalid-body', names: 'date', storesNothing: true },
  },

  // ---- numbers ----
  ...['NaN', 'Infinity', '-Infinity', '1e309', '-1e309', '0x10', '1_000', ' 5', '+5', '.5', '5.', '1e', '', '-1'].map(
    (n): HostileCase => ({
      name: `a number fact assumed to be "${n}"`,
      bullet: 'bad-number',
      request: { path: `/v1/briefs/csto-non-response?assume.tj.reservists_mobilized=${q(n)}` },
      expect: { status: 400, problem: 'invalid-query', names: 'assume.tj.reservists_mobilized' },
    }),
  ),
  ...['-0', '1e308', '0.5', '5e3'].map(
    (n): HostileCase => ({
      name: `a number fact assumed to be ${n} (finite, not negative: accepted)`,
      bullet: 'bad-number',
      request: { path: `/v1/briefs/csto-non-response?assume.tj.reservists_mobilized=${q(n)}` },
      expect: { status: 200 },
    }),
  ),
  ...['0', '-0', '-1', 'NaN', 'Infinity', '1e3', '100000', '480.5', '00480'].map(
    (n): HostileCase => ({
      name: `oEmbed maxwidth=${n}`,
      bullet: 'bad-number',
      request: { path: `/oembed?url=${q('http://briefs.test/briefs/csto-non-response')}&maxwidth=${q(n)}` },
      expect: { status: 400, problem: 'invalid-query', names: 'maxwidth' },
    }),
  ),
  {
    name: 'oEmbed maxwidth=99999, the largest accepted',
    bullet: 'bad-number',
    request: { path: `/oembed?url=${q('http://briefs.test/briefs/csto-non-response')}&maxwidth=99999` },
    expect: { status: 200 },
  },

  // ---- many assumptions and long values ----
  {
    name: `${MAX_ASSUMPTIONS} assumptions, the most accepted`,
    bullet: 'many-assumptions',
    request: {
      path: `/v1/briefs/csto-non-response?${ASSUMABLE.slice(0, MAX_ASSUMPTIONS)
        .map((id) => `assume.${id}=unknown`)
        .join('&')}`,
    },
    expect: { status: 200 },
  },
  {
    name: `${MAX_ASSUMPTIONS + 1} assumptions`,
    bullet: 'many-assumptions',
    request: {
      path: `/v1/briefs/csto-non-response?${ASSUMABLE.slice(0, MAX_ASSUMPTIONS + 1)
        .map((id) => `assume.${id}=unknown`)
        .join('&')}`,
    },
    expect: { status: 400, problem: 'invalid-query', names: 'assume.' },
  },
  {
    name: '1000 assume.* parameters',
    bullet: 'many-assumptions',
    request: {
      path: `/v1/briefs/csto-non-response?${Array.from({ length: 1000 }, (_, i) => `assume.f${i}=1`).join('&')}`,
    },
    expect: { status: 400, problem: 'invalid-query', names: 'assume.', maxBodyLength: 1000 },
  },
  {
    name: '1000 assume.* parameters on the brief page',
    bullet: 'many-assumptions',
    request: {
      path: `/briefs/csto-non-response?${Array.from({ length: 1000 }, (_, i) => `assume.f${i}=1`).join('&')}`,
    },
    expect: { status: 400 },
  },
  {
    name: '5000 assume.* parameters: over the URL limit',
    bullet: 'many-assumptions',
    request: {
      path: `/v1/briefs/csto-non-response?${Array.from({ length: 5000 }, (_, i) => `assume.f${i}=1`).join('&')}`,
    },
    expect: { status: 414, problem: 'uri-too-long', maxBodyLength: 2000 },
  },
  {
    name: 'one assumption repeated 300 times',
    bullet: 'many-assumptions',
    request: {
      path: `/v1/briefs/csto-non-response?${'assume.tj.reservists_mobilized=1&'.repeat(300)}`,
    },
    expect: { status: 400, problem: 'invalid-query', names: 'assume.tj.reservists_mobilized', maxBodyLength: 1000 },
  },
  {
    name: `a text value of ${MAX_ASSUMED_VALUE_LENGTH} characters, the longest accepted`,
    bullet: 'many-assumptions',
    request: {
      path: `/v1/briefs/target-program-stalls?assume.csto.program_delay_explanation=${'é'.repeat(MAX_ASSUMED_VALUE_LENGTH)}`,
    },
    expect: { status: 200 },
  },
  {
    name: `a text value of ${MAX_ASSUMED_VALUE_LENGTH + 1} characters`,
    bullet: 'many-assumptions',
    request: {
      path: `/v1/briefs/target-program-stalls?assume.csto.program_delay_explanation=${'é'.repeat(MAX_ASSUMED_VALUE_LENGTH + 1)}`,
    },
    expect: { status: 400, problem: 'invalid-query', names: 'assume.csto.program_delay_explanation' },
  },
  {
    name: 'a 5000-character parameter name is not reflected whole',
    bullet: 'many-assumptions',
    request: { path: `/v1/briefs/csto-non-response?assume.${'x'.repeat(5000)}=1` },
    expect: { status: 400, problem: 'invalid-query', maxBodyLength: 1000 },
  },

  // ---- very long URLs: the limit and its boundary ----
  {
    name: `a path and query of exactly ${MAX_URL_LENGTH} characters`,
    bullet: 'long-url',
    request: { path: urlOfLength('/v1/scenarios?pad=', MAX_URL_LENGTH) },
    expect: { status: 200 },
  },
  {
    name: `a path and query of ${MAX_URL_LENGTH + 1} characters`,
    bullet: 'long-url',
    request: { path: urlOfLength('/v1/scenarios?pad=', MAX_URL_LENGTH + 1) },
    expect: { status: 414, problem: 'uri-too-long', maxBodyLength: 1000 },
  },
  {
    name: 'a 100 000-character path',
    bullet: 'long-url',
    request: { path: `/v1/briefs/${'a'.repeat(100_000)}` },
    expect: { status: 414, problem: 'uri-too-long', maxBodyLength: 2000 },
  },
  {
    name: 'an over-long brief page URL is answered as a page',
    bullet: 'long-url',
    request: { path: urlOfLength('/briefs/csto-non-response?asOf=', MAX_URL_LENGTH + 1) },
    expect: { status: 414, maxBodyLength: 10_000 },
  },
  {
    name: 'an over-long write is refused before anything is read or stored',
    bullet: 'long-url',
    request: {
      method: 'POST',
      path: urlOfLength('/v1/observations?pad=', MAX_URL_LENGTH + 1),
      headers: JSON_WRITE,
      body: JSON.stringify(AGREED),
    },
    expect: { status: 414, problem: 'uri-too-long', storesNothing: true },
  },

  // ---- bodies on GET (fetch cannot send one; the node suite sends one raw) ----
  {
    name: 'a GET that declares a JSON body it does not send',
    bullet: 'body-on-get',
    request: { path: '/v1/briefs/csto-non-response', headers: { 'Content-Type': 'application/json' } },
    expect: { status: 200 },
  },
  {
    name: 'a GET of the observations that declares a form body',
    bullet: 'body-on-get',
    request: { path: '/v1/observations', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } },
    expect: { status: 200 },
  },

  // ---- wrong content types ----
  ...[
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/xml',
    'application/jsonx',
    'application/json-patch+json',
    'text/json',
    'json',
  ].map(
    (type): HostileCase => ({
      name: `an observation sent as ${type}`,
      bullet: 'content-type',
      request: {
        method: 'POST',
        path: '/v1/observations',
        headers: { ...AUTH, 'Content-Type': type },
        body: JSON.stringify(AGREED),
      },
      expect: { status: 415, problem: 'unsupported-media-type', storesNothing: true },
    }),
  ),
  {
    name: 'an observation with no content type',
    bullet: 'content-type',
    request: { method: 'POST', path: '/v1/observations', headers: AUTH, body: JSON.stringify(AGREED) },
    expect: { status: 415, problem: 'unsupported-media-type', storesNothing: true },
  },
  {
    name: 'a retraction reason sent as text/plain',
    bullet: 'content-type',
    request: {
      method: 'DELETE',
      path: '/v1/observations/no-such-observation',
      headers: { ...AUTH, 'Content-Type': 'text/plain' },
      body: 'because',
    },
    expect: { status: 404, storesNothing: true },
  },

  // ---- path traversal ----
  ...[
    ['/v1/briefs/..%2f..%2fetc', 404],
    ['/v1/briefs/..%2f..%2fetc%2fpasswd', 404],
    ['/v1/sources/..%2F..%2Fwrangler.toml', 404],
    ['/v1/scenarios/..%2f..%2fscenarios%2fcsto-non-response.json', 404],
    ['/v1/facts/..%5c..%5cwindows%5cwin.ini', 404],
    ['/static/..%2f..%2fpackage.json', 404],
    ['/static/%2e%2e/%2e%2e/wrangler.toml', 404],
    ['/static/%2e%2e%2f%2e%2e%2fwrangler.toml', 404],
    ['/v1/schemas/..%2f..%2fpackage.json', 404],
    ['/problems/..%2f..%2fwrangler.toml', 404],
    ['/problems/__proto__', 404],
    ['/briefs/..%2f..%2fetc%2fpasswd', 404],
    ['/embed/....%2f%2f....%2f%2fetc', 404],
    ['/v1/observations/..%2f..%2f', 404],
    ['/v1/digest/..%2f..%2fpackage.json', 400],
    ['/%2e%2e/%2e%2e/etc/passwd', 404],
    ['/.dev.vars', 404],
    ['/.git/config', 404],
  ].map(
    ([path, status]): HostileCase => ({
      name: `traversal ${path}`,
      bullet: 'path-traversal',
      request: { path: path as string },
      expect: { status: status as number, absent: FILES },
    }),
  ),

  // ---- methods ----
  ...['PUT', 'PATCH', 'POST', 'DELETE', 'TRACE', 'PROPFIND'].map(
    (method): HostileCase => ({
      name: `${method} on a brief`,
      bullet: 'method',
      request: { method, path: '/v1/briefs/csto-non-response' },
      expect: { status: 405, problem: 'method-not-allowed' },
    }),
  ),
  {
    name: 'DELETE on the observation list',
    bullet: 'method',
    request: { method: 'DELETE', path: '/v1/observations', headers: AUTH },
    expect: { status: 405, problem: 'method-not-allowed', storesNothing: true },
  },
  {
    name: 'a method override header does not turn a GET into a write',
    bullet: 'method',
    request: { path: '/v1/observations', headers: { ...AUTH, 'X-HTTP-Method-Override': 'POST' } },
    expect: { status: 200, storesNothing: true },
  },

  // ---- the write API ----
  ...[
    ['truncated JSON', '{"factId": '],
    ['an unclosed array', '['],
    ['two documents', '{}{}'],
    ['single quotes', "{'factId': 'x'}"],
    ['a NUL byte', '\u0000'],
    ['deep nesting', `${'['.repeat(5000)}${']'.repeat(5000)}`],
    ['a JSON string', '"observation"'],
    ['null', 'null'],
    ['an array of observations', JSON.stringify([AGREED])],
    ['a __proto__ key', `${JSON.stringify(AGREED).slice(0, -1)}, "__proto__": {"admin": true}}`],
    ['a constructor key', JSON.stringify({ ...AGREED, constructor: { prototype: { admin: true } } })],
    ['a number too large for a double', `${JSON.stringify(AGREED).slice(0, -1)}, "note": 1e309}`],
    ['an empty body', ''],
  ].map(
    ([what, body]): HostileCase => ({
      name: `an observation that is ${what}`,
      bullet: 'write-api',
      request: { method: 'POST', path: '/v1/observations', headers: JSON_WRITE, body: body as string },
      expect: { status: 400, problem: 'invalid-body', storesNothing: true },
    }),
  ),
  {
    // RFC 8259 §8.1 lets a parser ignore a byte-order mark; TextDecoder does.
    name: 'an observation after a byte-order mark is read as JSON',
    bullet: 'write-api',
    request: {
      method: 'POST',
      path: '/v1/observations',
      headers: JSON_WRITE,
      body: `\ufeff${JSON.stringify({ ...AGREED, date: '2021-10-14' })}`,
    },
    expect: { status: 201 },
  },
  {
    name: `a body of exactly ${MAX_BODY_BYTES} bytes is read (and judged)`,
    bullet: 'write-api',
    request: { method: 'POST', path: '/v1/observations', headers: JSON_WRITE, body: bodyOfBytes(MAX_BODY_BYTES) },
    expect: { status: 400, problem: 'invalid-body', storesNothing: true },
  },
  {
    name: `a body of ${MAX_BODY_BYTES + 1} bytes`,
    bullet: 'write-api',
    request: { method: 'POST', path: '/v1/observations', headers: JSON_WRITE, body: bodyOfBytes(MAX_BODY_BYTES + 1) },
    expect: { status: 413, problem: 'payload-too-large', storesNothing: true },
  },
  {
    name: 'a 1 MiB body',
    bullet: 'write-api',
    request: { method: 'POST', path: '/v1/observations', headers: JSON_WRITE, body: bodyOfBytes(1024 * 1024) },
    expect: { status: 413, problem: 'payload-too-large', storesNothing: true, maxBodyLength: 1000 },
  },
  {
    name: 'an oversized retraction body',
    bullet: 'write-api',
    request: {
      method: 'DELETE',
      path: '/v1/observations/no-such-observation',
      headers: JSON_WRITE,
      body: bodyOfBytes(MAX_BODY_BYTES + 1),
    },
    // The id is looked up first: an unknown one is a 404 whatever the body.
    expect: { status: [404, 413], storesNothing: true },
  },
  ...[
    ['no Authorization header', {}],
    ['the token in upper case', { Authorization: `Bearer ${TEST_ADMIN_TOKEN.toUpperCase()}` }],
    ['the token one character short', { Authorization: `Bearer ${TEST_ADMIN_TOKEN.slice(0, -1)}` }],
    ['the token with one character more', { Authorization: `Bearer ${TEST_ADMIN_TOKEN}0` }],
    ['the token of the wrong length', { Authorization: 'Bearer x' }],
    ['a very long token', { Authorization: `Bearer ${'x'.repeat(10_000)}` }],
    ['Bearer with two spaces', { Authorization: `Bearer  ${TEST_ADMIN_TOKEN}` }],
    ['Bearer with a tab', { Authorization: `Bearer\t${TEST_ADMIN_TOKEN}` }],
    ['no scheme', { Authorization: TEST_ADMIN_TOKEN }],
    ['the scheme alone', { Authorization: 'Bearer' }],
    ['another scheme', { Authorization: `Basic ${btoa(`admin:${TEST_ADMIN_TOKEN}`)}` }],
    ['two tokens', { Authorization: `Bearer ${TEST_ADMIN_TOKEN}, Bearer ${TEST_ADMIN_TOKEN}` }],
    ['the token in a cookie', { Cookie: `token=${TEST_ADMIN_TOKEN}` }],
    ['the token in a query-like header', { 'X-Admin-Token': TEST_ADMIN_TOKEN }],
  ].map(
    ([what, headers]): HostileCase => ({
      name: `a write with ${what}`,
      bullet: 'write-api',
      request: {
        method: 'POST',
        path: '/v1/observations',
        headers: { 'Content-Type': 'application/json', ...(headers as Record<string, string>) },
        body: JSON.stringify({ ...AGREED, date: '2021-10-13' }),
      },
      expect: { status: 401, problem: 'unauthorized', storesNothing: true, absent: [TEST_ADMIN_TOKEN] },
    }),
  ),
  {
    name: 'a retraction with a wrong token',
    bullet: 'write-api',
    request: {
      method: 'DELETE',
      path: '/v1/observations/no-such-observation',
      headers: { Authorization: `Bearer ${TEST_ADMIN_TOKEN.toUpperCase()}` },
    },
    expect: { status: 401, problem: 'unauthorized', storesNothing: true },
  },
  {
    name: 'a write with the token in the query string',
    bullet: 'write-api',
    request: {
      method: 'POST',
      path: `/v1/observations?token=${TEST_ADMIN_TOKEN}&access_token=${TEST_ADMIN_TOKEN}`,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(AGREED),
    },
    expect: { status: 401, problem: 'unauthorized', storesNothing: true },
  },
];
