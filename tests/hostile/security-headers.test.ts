// Security headers and CORS on every route of the contract table: nosniff, a referrer policy, a
// CSP that allows no inline or eval'd script, framing refused everywhere but the embed cards, no
// cookie, and CORS as docs/security.md documents it (any origin may read; no site may write).
import { SELF } from 'cloudflare:test';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fireCron } from '../digest/fire-cron';
import { BASE, ROUTES } from './routes';

/** The embed cards (a brief's, a set's) are the only pages other sites may frame. */
const FRAMEABLE = new Set(['/embed/{id}', '/embed/sets/{id}']);

function directive(csp: string, name: string): string[] | undefined {
  const found = csp
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find(([n]) => n === name);
  return found?.slice(1);
}

beforeAll(async () => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  await fireCron('2021-07-09T06:00:00Z');
  vi.restoreAllMocks();
});

describe('security headers', () => {
  it.each(ROUTES.map((r) => [`${r.method} ${r.sample}`, r] as const))('%s', async (_name, route) => {
    const res = await SELF.fetch(`${BASE}${route.sample}`, {
      method: route.method,
      headers: { Origin: 'https://newsroom.example' },
    });
    await res.arrayBuffer();
    // Reads succeed (but the one naming an observation this file never made, a 404); writes
    // without a token are refused, and the authoring page's forms from another site before that
    // (403): each must carry the headers.
    const write = route.contract.path.startsWith('/authoring/') ? 403 : 401;
    expect(res.status).toBe(
      route.method !== 'GET' ? write : route.contract.path === '/v1/observations/{id}' ? 404 : 200,
    );
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(res.headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
    expect(res.headers.get('Set-Cookie')).toBeNull();

    const csp = res.headers.get('Content-Security-Policy') ?? '';
    expect(directive(csp, 'default-src')).toEqual(["'none'"]);
    const scripts = directive(csp, 'script-src') ?? directive(csp, 'default-src') ?? [];
    for (const source of scripts) expect(source).toMatch(/^('self'|'none'|'sha256-[A-Za-z0-9+/=]+')$/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|strict-dynamic/);
    if (FRAMEABLE.has(route.contract.path)) {
      expect(directive(csp, 'frame-ancestors')).toEqual(['*', 'file:']);
      expect(res.headers.get('X-Frame-Options')).toBeNull();
    } else {
      expect(directive(csp, 'frame-ancestors')).toEqual(["'none'"]);
      expect(res.headers.get('X-Frame-Options')).toBe('DENY');
    }

    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(res.headers.get('Access-Control-Allow-Credentials')).toBeNull();
  });
});

describe('CORS preflight', () => {
  it.each(ROUTES.map((r) => [`${r.method} ${r.sample}`, r] as const))('%s', async (_name, route) => {
    const res = await SELF.fetch(`${BASE}${route.sample}`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://newsroom.example',
        'Access-Control-Request-Method': route.method,
        'Access-Control-Request-Headers': route.method === 'GET' ? 'If-None-Match' : 'Authorization, Content-Type',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(res.headers.get('Access-Control-Allow-Credentials')).toBeNull();
    const methods = (res.headers.get('Access-Control-Allow-Methods') ?? '').split(/,\s*/);
    expect(methods.sort()).toEqual(['GET', 'HEAD', 'OPTIONS']);
    expect(res.headers.get('Access-Control-Allow-Headers') ?? '').not.toMatch(/authorization/i);
    expect(res.headers.get('Set-Cookie')).toBeNull();
  });
});
