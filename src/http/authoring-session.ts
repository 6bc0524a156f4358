// The authoring page's session: how an analyst signed in through a form is known, with no
// credential in the page and no way for another site's form to write.
//
// - The token is typed into the sign-in form once and kept in a cookie the page cannot read
//   (`__Host-` prefix: Secure, Path=/, no Domain; HttpOnly; SameSite=Strict, so no cross-site
//   request carries it), for at most SESSION_SECONDS.
// - Every form POST must come from this origin: `Sec-Fetch-Site` (sent by every current browser)
//   must say same-origin, or else `Origin` must be ours. A request that proves neither is refused.
// - Every form the page serves carries a form key derived from the token (a hash, not the token),
//   and a write's form key must match the session's: a leaked page cannot be replayed by a site
//   that does not hold the cookie.
import type { Context } from 'hono';
import { sha256Hex } from '../lib/hash';
import type { AppBindings } from './app-bindings';
import { type Writer, writerOfToken } from './auth';
import { Problem } from './problem';

export const SESSION_COOKIE = '__Host-analyst';
/** A working day: the analyst signs in again after it. */
export const SESSION_SECONDS = 8 * 60 * 60;

/** The session's token, from its cookie, if any. */
function sessionToken(c: Context<AppBindings>): string | undefined {
  const cookies = c.req.header('Cookie') ?? '';
  for (const part of cookies.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) {
      const token = value.join('=');
      return /^[\x21-\x7e]{1,512}$/.test(token) ? token : undefined;
    }
  }
  return undefined;
}

export interface Session {
  writer: Writer;
  /** What every form of the page carries, and every write must give back. */
  formKey: string;
}

/** The form key of a token: a hash of it, so the page holds no credential. */
function formKeyOf(token: string): string {
  return sha256Hex(`scenario-briefs authoring form\u0000${token}`).slice(0, 32);
}

/** The signed-in analyst, or undefined (no cookie, or a token revoked since). */
export async function currentSession(c: Context<AppBindings>): Promise<Session | undefined> {
  const token = sessionToken(c);
  if (!token) return undefined;
  const writer = await writerOfToken(c, token);
  return writer ? { writer, formKey: formKeyOf(token) } : undefined;
}

/** Refuses a form POST that another site could have sent. */
export function requireSameOrigin(c: Context<AppBindings>): void {
  const site = c.req.header('Sec-Fetch-Site');
  const origin = c.req.header('Origin');
  const ours = new URL(c.req.url).origin;
  const sameSite = site === undefined ? origin === ours : site === 'same-origin' && (!origin || origin === ours);
  if (!sameSite) {
    throw new Problem('forbidden', 'The authoring page takes forms from its own pages only, not from another site.');
  }
}

/** The session a write needs: signed in, and the form's key is this session's. */
export async function requireFormSession(c: Context<AppBindings>, form: URLSearchParams): Promise<Session> {
  requireSameOrigin(c);
  const session = await currentSession(c);
  if (!session) throw new Problem('unauthorized', 'Sign in on the authoring page first: the session has ended.');
  if (form.get('formKey') !== session.formKey) {
    throw new Problem('forbidden', 'The form is not from this session: reload the authoring page and try again.');
  }
  return session;
}

/** The Set-Cookie of a session holding `token`, or of none. */
export function sessionCookie(token: string | undefined): string {
  const attributes = 'Path=/; Secure; HttpOnly; SameSite=Strict';
  return token
    ? `${SESSION_COOKIE}=${token}; ${attributes}; Max-Age=${SESSION_SECONDS}`
    : `${SESSION_COOKIE}=; ${attributes}; Max-Age=0`;
}
