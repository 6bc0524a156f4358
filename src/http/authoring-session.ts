// The authoring page's session: how an analyst signed in through a form is known, with no
// credential in the page and no way for another site's form to write.
//
// - The token is typed into the sign-in form once, over HTTPS (or on this machine), and checked.
//   The service then starts a session (migrations/0006_authoring_sessions.sql): a random id, kept
//   only as its SHA-256, that lasts SESSION_SECONDS and ends at sign-out, or when the token that
//   opened it is revoked or rotated. The cookie holds that id, never the token (`__Host-` prefix:
//   Secure, Path=/, no Domain; HttpOnly; SameSite=Strict, so no cross-site request carries it).
// - Every form POST must come from this origin: `Sec-Fetch-Site` (sent by every current browser)
//   must say same-origin, or else `Origin` must be ours. A request that proves neither is refused.
// - Every form the page serves carries the session's form key, random per session, and a write's
//   form key must match the session's: a page saved from one session writes nothing in another.
import type { Context } from 'hono';
import type { AppBindings } from './app-bindings';
import { ADMIN_NAME, tokenSha256, type Writer, writerOfToken } from './auth';
import { fromDatabase } from './database-call';
import { Problem } from './problem';
import { requestUrl } from './request-url';

export const SESSION_COOKIE = '__Host-analyst';
/** A working day: the analyst signs in again after it. */
export const SESSION_SECONDS = 8 * 60 * 60;

const randomId = () => {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
};

/** The session id from its cookie, if it has the shape of one. */
function sessionId(c: Context<AppBindings>): string | undefined {
  for (const part of (c.req.header('Cookie') ?? '').split(';')) {
    const [name, value] = part.trim().split('=');
    if (name === SESSION_COOKIE && value && /^[A-Za-z0-9_-]{43}$/.test(value)) return value;
  }
  return undefined;
}

export interface Session {
  writer: Writer;
  /** What every form of the page carries, and every write must give back. */
  formKey: string;
}

interface Row {
  analyst: string;
  token_sha256: string;
  form_key: string;
}

/** Whether the token that opened a session still names its analyst (not revoked, not rotated). */
async function stillLive(c: Context<AppBindings>, row: Row): Promise<boolean> {
  if (row.analyst === ADMIN_NAME) {
    const admin = c.env.ADMIN_TOKEN;
    return admin !== undefined && (await tokenSha256(admin)) === row.token_sha256;
  }
  const live = await c.env.DB.prepare(
    'SELECT 1 AS one FROM analysts WHERE token_sha256 = ? AND name = ? AND revoked_at IS NULL',
  )
    .bind(row.token_sha256, row.analyst)
    .first<{ one: number }>();
  return live !== null;
}

/** The signed-in analyst, or undefined: no cookie, an unknown, expired or ended session. */
export async function currentSession(c: Context<AppBindings>): Promise<Session | undefined> {
  const id = sessionId(c);
  if (!id) return undefined;
  const hash = await tokenSha256(id);
  return fromDatabase('read of the session', async () => {
    const row = await c.env.DB.prepare(
      'SELECT analyst, token_sha256, form_key FROM authoring_sessions WHERE id_sha256 = ? AND revoked_at IS NULL AND expires_at > ?',
    )
      .bind(hash, new Date().toISOString())
      .first<Row>();
    if (!row || !(await stillLive(c, row))) return undefined;
    const via = row.analyst === ADMIN_NAME ? ('admin-token' as const) : ('analyst-token' as const);
    return { writer: { name: row.analyst, via }, formKey: row.form_key };
  });
}

/**
 * Opens a session for a token, if it names a writer: the Set-Cookie to send, or undefined. The
 * token is checked and hashed; neither it nor its hash reaches the cookie.
 */
export async function startSession(c: Context<AppBindings>, token: string): Promise<string | undefined> {
  const writer = await writerOfToken(c, token);
  if (!writer) return undefined;
  const id = randomId();
  const [idHash, tokenHash] = await Promise.all([tokenSha256(id), tokenSha256(token)]);
  const now = new Date();
  await fromDatabase('insert of the session', () =>
    c.env.DB.prepare(
      'INSERT INTO authoring_sessions (id_sha256, analyst, token_sha256, form_key, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)',
    )
      .bind(
        idHash,
        writer.name,
        tokenHash,
        randomId(),
        now.toISOString(),
        new Date(now.getTime() + SESSION_SECONDS * 1000).toISOString(),
      )
      .run(),
  );
  return sessionCookie(id);
}

/** Ends the session the request carries, if any. */
export async function endSession(c: Context<AppBindings>): Promise<void> {
  const id = sessionId(c);
  if (!id) return;
  const hash = await tokenSha256(id);
  await fromDatabase('end of the session', () =>
    c.env.DB.prepare('UPDATE authoring_sessions SET revoked_at = ? WHERE id_sha256 = ? AND revoked_at IS NULL')
      .bind(new Date().toISOString(), hash)
      .run(),
  );
}

/** Whether a request may carry a token: over HTTPS, or to this machine (`npm run dev`). */
export function secureEnough(c: Context<AppBindings>): boolean {
  const url = requestUrl(c);
  return url.protocol === 'https:' || ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

/** Refuses a form POST that another site could have sent. */
export function requireSameOrigin(c: Context<AppBindings>): void {
  const site = c.req.header('Sec-Fetch-Site');
  const origin = c.req.header('Origin');
  const ours = requestUrl(c).origin;
  const sameSite = site === undefined ? origin === ours : site === 'same-origin' && (!origin || origin === ours);
  if (!sameSite) {
    throw new Problem('forbidden', 'The authoring page takes forms from its own pages only, not from another site.');
  }
}

/** The session a write needs: signed in, and the form's key is this session's. */
export async function requireSession(c: Context<AppBindings>): Promise<Session> {
  requireSameOrigin(c);
  const session = await currentSession(c);
  if (!session) throw new Problem('unauthorized', 'Sign in on the authoring page first: the session has ended.');
  return session;
}

/** Refuses a form whose key is not the session's: a page of another session, or forged. */
export function requireFormKey(session: Session, form: URLSearchParams): void {
  if (form.get('formKey') !== session.formKey) {
    throw new Problem('forbidden', 'The form is not from this session: reload the authoring page and try again.');
  }
}

/** The Set-Cookie of a session with this id, or of none. */
export function sessionCookie(id: string | undefined): string {
  const attributes = 'Path=/; Secure; HttpOnly; SameSite=Strict';
  return id
    ? `${SESSION_COOKIE}=${id}; ${attributes}; Max-Age=${SESSION_SECONDS}`
    : `${SESSION_COOKIE}=; ${attributes}; Max-Age=0`;
}
