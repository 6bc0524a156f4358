// Bearer-token authentication for writes (RFC 6750), naming who writes. Each analyst has a token
// of their own (`npm run analyst`, migrations/0005_analysts.sql); only its SHA-256 is stored, and
// a token is found by that hash. The ADMIN_TOKEN secret stays as the bootstrap, and writes as
// "admin". The admin token is compared in constant time: both sides are hashed first, so neither
// their contents nor their lengths show in the timing. A token is never logged or echoed.
import type { Context } from 'hono';
import type { AppBindings } from './app-bindings';
import { fromDatabase } from './database-call';
import { Problem } from './problem';

/** The shortest admin token that turns writes on. */
export const MIN_TOKEN_LENGTH = 16;

/** The name the admin token writes as in the audit trail. */
export const ADMIN_NAME = 'admin';

/** Who a write is from: an analyst named by their token, or the bootstrap admin. */
export interface Writer {
  name: string;
  via: 'analyst-token' | 'admin-token';
}

async function digest(text: string): Promise<ArrayBuffer> {
  return crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
}

/** Whether two tokens are equal, compared in constant time over their hashes. */
export async function tokensEqual(given: string, expected: string): Promise<boolean> {
  const [a, b] = await Promise.all([digest(given), digest(expected)]);
  return crypto.subtle.timingSafeEqual(a, b);
}

/** The lower-case hex SHA-256 of a token: what the analysts table keeps. */
export async function tokenSha256(token: string): Promise<string> {
  return [...new Uint8Array(await digest(token))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** An analyst table that is not there yet (migrations not applied) has no analysts. */
async function orNoAnalysts<T>(read: Promise<T>, none: T): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (String(error).includes('no such table: analysts')) return none;
    throw error;
  }
}

async function analystByToken(db: D1Database, token: string): Promise<string | null> {
  const hash = await tokenSha256(token);
  const row = await orNoAnalysts(
    db
      .prepare('SELECT name FROM analysts WHERE token_sha256 = ? AND revoked_at IS NULL')
      .bind(hash)
      .first<{ name: string }>(),
    null,
  );
  return row?.name ?? null;
}

async function anyAnalyst(db: D1Database): Promise<boolean> {
  const row = await orNoAnalysts(
    db.prepare('SELECT 1 AS one FROM analysts WHERE revoked_at IS NULL LIMIT 1').first<{ one: number }>(),
    null,
  );
  return row !== null;
}

/** Who a token names: an analyst with a live token, the admin (the bootstrap secret), or no one. */
export async function writerOfToken(c: Context<AppBindings>, token: string): Promise<Writer | undefined> {
  const admin = c.env.ADMIN_TOKEN;
  if (admin !== undefined && admin.length >= MIN_TOKEN_LENGTH && (await tokensEqual(token, admin))) {
    return { name: ADMIN_NAME, via: 'admin-token' };
  }
  const analyst = await fromDatabase('read of the analysts', () => analystByToken(c.env.DB, token));
  return analyst ? { name: analyst, via: 'analyst-token' } : undefined;
}

/**
 * Who is writing, or the right problem: 401 for a missing or unknown token, 403 when no admin
 * token is configured and no analyst is either (writes are then off).
 */
export async function requireWriter(c: Context<AppBindings>): Promise<Writer> {
  const admin = c.env.ADMIN_TOKEN;
  // A short secret is as good as none: guessable. It turns nothing on.
  const adminOn = admin !== undefined && admin.length >= MIN_TOKEN_LENGTH;
  const header = c.req.header('Authorization') ?? '';
  const token = /^Bearer ([\x21-\x7e]+)$/i.exec(header)?.[1];
  const writer = token ? await writerOfToken(c, token) : undefined;
  if (writer) return writer;
  if (!adminOn && !(await fromDatabase('read of the analysts', () => anyAnalyst(c.env.DB)))) {
    throw new Problem(
      'writes-disabled',
      `Writes are disabled: no analyst is registered and no ADMIN_TOKEN secret of at least ${MIN_TOKEN_LENGTH} characters is configured.`,
    );
  }
  throw new Problem('unauthorized', 'A valid bearer token is required to write: Authorization: Bearer <token>.', {
    authenticate: token ? 'Bearer error="invalid_token"' : 'Bearer',
  });
}
