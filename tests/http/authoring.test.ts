// The authoring page: signed in by a form into a cookie the page cannot read, forms from this
// origin only, each carrying a form key (never the token); a source registered by pasting its
// text; an observation previewed (which indicators read it, how the briefs move) and recorded,
// the quote's offsets found by the service.
import { env, SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { TEST_ADMIN_TOKEN } from '../observation-fixtures';

const BASE = 'https://briefs.test';
const SAME = { 'Sec-Fetch-Site': 'same-origin', Origin: BASE };
const FORM = { 'Content-Type': 'application/x-www-form-urlencoded' };

function post(path: string, fields: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
  return SELF.fetch(`${BASE}${path}`, {
    method: 'POST',
    headers: { ...FORM, ...SAME, ...headers },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  });
}

async function signIn(token = TEST_ADMIN_TOKEN): Promise<{ cookie: string; formKey: string }> {
  const res = await post('/authoring/session', { token });
  expect(res.status).toBe(303);
  const setCookie = res.headers.get('Set-Cookie') ?? '';
  expect(setCookie).toMatch(/^__Host-analyst=/);
  expect(setCookie).toMatch(/HttpOnly/);
  expect(setCookie).toMatch(/Secure/);
  expect(setCookie).toMatch(/SameSite=Strict/);
  expect(setCookie).toMatch(/Path=\//);
  const cookie = setCookie.split(';')[0] as string;
  // The cookie holds a random session id, never the token.
  expect(cookie).toMatch(/^__Host-analyst=[A-Za-z0-9_-]{43}$/);
  expect(setCookie).not.toContain(token);
  const page = await (await SELF.fetch(`${BASE}/authoring`, { headers: { Cookie: cookie } })).text();
  const formKey = /name="formKey" value="([A-Za-z0-9_-]+)"/.exec(page)?.[1] ?? '';
  expect(formKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
  return { cookie, formKey };
}

async function count(): Promise<number> {
  const row = await env.DB.prepare('SELECT COUNT(*) AS n FROM observations').first<{ n: number }>();
  return row?.n ?? 0;
}

const ARTICLE = 'diplomat-2021-07-csto-afghan-border';
const QUOTE = 'Chief of the Joint Staff of the CSTO Anatoly Sidorov stated';

describe('the authoring page', () => {
  it('asks a visitor to sign in, and is never cached', async () => {
    const res = await SELF.fetch(`${BASE}/authoring`);
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    expect(res.headers.get('Content-Security-Policy')).toMatch(/form-action 'self'/);
    const html = await res.text();
    expect(html).toContain('action="/authoring/session"');
    expect(html).not.toContain('name="formKey"');
  });

  it('signs in with a token into a cookie, and the page holds no credential', async () => {
    const { cookie } = await signIn();
    const html = await (
      await SELF.fetch(`${BASE}/authoring?source=${ARTICLE}`, { headers: { Cookie: cookie } })
    ).text();
    expect(html).toContain('Signed in as <strong>admin</strong>');
    expect(html).not.toContain(TEST_ADMIN_TOKEN);
    // The source's text, to select the quote in, and the script that copies a selection.
    expect(html).toContain('id="source-text"');
    expect(html).toContain(QUOTE);
    expect(html).toContain('src="/static/quote-select.js"');
  });

  it('refuses a wrong token with the sign-in form again, and sets no cookie', async () => {
    const res = await post('/authoring/session', { token: 'not-a-token-of-anyone-at-all' });
    expect(res.status).toBe(401);
    expect(res.headers.get('Set-Cookie')).toBeNull();
    expect(await res.text()).toContain('names no analyst');
  });

  it('refuses a form from another site, whatever it carries', async () => {
    const { cookie, formKey } = await signIn();
    const before = await count();
    for (const headers of [
      { 'Sec-Fetch-Site': 'cross-site', Origin: 'https://evil.example' },
      { 'Sec-Fetch-Site': 'same-site', Origin: 'https://sub.briefs.test' },
      { 'Sec-Fetch-Site': '', Origin: 'https://evil.example' },
    ]) {
      const fetched = await SELF.fetch(`${BASE}/authoring/observations`, {
        method: 'POST',
        headers: { ...FORM, Cookie: cookie, ...headers },
        body: new URLSearchParams({ formKey, sourceId: ARTICLE, quote: QUOTE, intent: 'record' }).toString(),
        redirect: 'manual',
      });
      expect(fetched.status, JSON.stringify(headers)).toBe(403);
      expect(await fetched.text()).toContain('/problems/forbidden');
    }
    // Neither Sec-Fetch-Site nor Origin: not provably ours.
    const bare = await SELF.fetch(`${BASE}/authoring/session`, {
      method: 'POST',
      headers: FORM,
      body: new URLSearchParams({ token: TEST_ADMIN_TOKEN }).toString(),
      redirect: 'manual',
    });
    expect(bare.status).toBe(403);
    // A same-origin form without this session's key: a page of another session, or forged.
    const keyless = await post('/authoring/observations', { sourceId: ARTICLE, quote: QUOTE }, { Cookie: cookie });
    expect(keyless.status).toBe(403);
    expect(await count()).toBe(before);
  });

  it('registers a source from pasted text, then shows it to quote from', async () => {
    const { cookie, formKey } = await signIn();
    const text =
      'KHOROG, September 30 (A news agency) — Tajikistan held border drills near Khorog with 2,500 troops, the defence ministry said.';
    const res = await post(
      '/authoring/sources',
      {
        formKey,
        id: 'agency-2021-09-30-drills',
        title: 'Tajikistan holds border drills near Khorog',
        publisher: 'A news agency',
        authors: '',
        genre: 'wire-report',
        published: '2021-09-30',
        url: 'https://news.example/2021/09/30/drills',
        grade: 'B',
        rationale: 'An established wire service with a record of accurate reporting on the region.',
        text,
      },
      { Cookie: cookie },
    );
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe('/authoring?source=agency-2021-09-30-drills');
    const row = await env.DB.prepare('SELECT created_by FROM sources WHERE id = ?')
      .bind('agency-2021-09-30-drills')
      .first<{ created_by: string }>();
    expect(row?.created_by).toBe('admin');
    // The same again is a conflict, shown on the page.
    const again = await post(
      '/authoring/sources',
      { formKey, id: 'agency-2021-09-30-drills', text },
      { Cookie: cookie },
    );
    expect(again.status).toBe(400);
    expect(await again.text()).toContain('The source was not registered.');
  });

  it('previews an observation (the indicators that read it, how the briefs move) without storing it, then records it', async () => {
    const { cookie, formKey } = await signIn();
    const fields = {
      formKey,
      sourceId: ARTICLE,
      quote: 'Anatoly Sidorov stated that the situation does not require the CSTO’s involvement',
      factId: 'csto.involvement_required',
      value: 'false',
      date: '2021-07',
    };
    const before = await count();
    const preview = await post('/authoring/observations', { ...fields, intent: 'preview' }, { Cookie: cookie });
    expect(preview.status).toBe(200);
    const html = await preview.text();
    expect(html).toContain('Preview (nothing is recorded yet)');
    expect(html).toContain('/briefs/csto-non-response');
    expect(html).toMatch(/would become/);
    expect(await count()).toBe(before);

    const recorded = await post('/authoring/observations', { ...fields, intent: 'record' }, { Cookie: cookie });
    expect(recorded.status).toBe(303);
    const location = recorded.headers.get('Location') ?? '';
    const id = /recorded=([0-9a-f-]{36})/.exec(location)?.[1];
    expect(id).toBeDefined();
    const stored = (await (await SELF.fetch(`${BASE}/v1/observations/${id}`)).json()) as {
      analyst: string;
      value: unknown;
      citation: { sourceId: string; start: number; end: number; quote: string };
    };
    expect(stored.analyst).toBe('admin');
    expect(stored.value).toBe(false);
    const article = (await (await SELF.fetch(`${BASE}/v1/sources/${ARTICLE}`)).json()) as { text: string };
    expect(article.text.slice(stored.citation.start, stored.citation.end)).toBe(stored.citation.quote);
    const done = await (await SELF.fetch(`${BASE}${location}`, { headers: { Cookie: cookie } })).text();
    expect(done).toContain('Observation recorded.');
  });

  it('shows what is wrong with a form, field by field, and stores nothing', async () => {
    const { cookie, formKey } = await signIn();
    const before = await count();
    const res = await post(
      '/authoring/observations',
      {
        formKey,
        sourceId: ARTICLE,
        quote: 'A sentence the article does not have anywhere.',
        factId: 'csto.involvement_required',
        value: 'perhaps',
        date: '2021-07',
        intent: 'record',
      },
      { Cookie: cookie },
    );
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('<code>citation.quote</code>');
    expect(html).toContain('<code>value</code>');
    // The form comes back filled.
    expect(html).toContain('A sentence the article does not have anywhere.');
    expect(await count()).toBe(before);
  });

  it('signs out: the session ends on the server, not only in the browser', async () => {
    const { cookie, formKey } = await signIn();
    const res = await post('/authoring/session/end', { formKey }, { Cookie: cookie });
    expect(res.status).toBe(303);
    expect(res.headers.get('Set-Cookie')).toMatch(/^__Host-analyst=; .*Max-Age=0/);
    // A copy of the old cookie is worth nothing now.
    const after = await (await SELF.fetch(`${BASE}/authoring`, { headers: { Cookie: cookie } })).text();
    expect(after).toContain('action="/authoring/session"');
    const write = await post(
      '/authoring/observations',
      { formKey, sourceId: ARTICLE, quote: QUOTE },
      { Cookie: cookie },
    );
    expect(write.status).toBe(401);
  });

  it('gives each session its own form key: a page saved from one session writes nothing in the next', async () => {
    const first = await signIn();
    const second = await signIn();
    expect(second.formKey).not.toBe(first.formKey);
    const stale = await post(
      '/authoring/observations',
      { formKey: first.formKey, sourceId: ARTICLE, quote: QUOTE, intent: 'preview' },
      { Cookie: second.cookie },
    );
    expect(stale.status).toBe(403);
  });

  it('ends a session when the token that opened it is revoked', async () => {
    const { addStatement, newToken, revokeStatement } = await import('../../src/authoring/analyst-sql.mjs');
    const token = newToken();
    await env.DB.exec(addStatement('session-analyst', token, new Date().toISOString()));
    const { cookie } = await signIn(token);
    expect(await (await SELF.fetch(`${BASE}/authoring`, { headers: { Cookie: cookie } })).text()).toContain(
      'Signed in as <strong>session-analyst</strong>',
    );
    await env.DB.prepare(revokeStatement('session-analyst', new Date().toISOString())).all();
    expect(await (await SELF.fetch(`${BASE}/authoring`, { headers: { Cookie: cookie } })).text()).toContain(
      'action="/authoring/session"',
    );
  });

  it('takes no token over plain HTTP, but from this machine', async () => {
    const plain = await SELF.fetch('http://briefs.test/authoring/session', {
      method: 'POST',
      headers: { ...FORM, 'Sec-Fetch-Site': 'same-origin', Origin: 'http://briefs.test' },
      body: new URLSearchParams({ token: TEST_ADMIN_TOKEN }).toString(),
      redirect: 'manual',
    });
    expect(plain.status).toBe(403);
    expect(plain.headers.get('Set-Cookie')).toBeNull();
    expect(await (await SELF.fetch('http://briefs.test/authoring')).text()).toContain('Open this page over HTTPS');
    const local = await SELF.fetch('http://localhost/authoring/session', {
      method: 'POST',
      headers: { ...FORM, 'Sec-Fetch-Site': 'same-origin', Origin: 'http://localhost' },
      body: new URLSearchParams({ token: TEST_ADMIN_TOKEN }).toString(),
      redirect: 'manual',
    });
    expect(local.status).toBe(303);
  });
});
