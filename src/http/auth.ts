// Bearer-token authentication for writes (RFC 6750). The token is compared in constant time:
// both sides are hashed first, so neither their contents nor their lengths show in the timing.
// The token is never logged or echoed.
import type { Context } from 'hono';
import type { AppBindings } from './app-bindings';
import { Problem } from './problem';

/** The shortest admin token that turns writes on. */
export const MIN_TOKEN_LENGTH = 16;

async function digest(text: string): Promise<ArrayBuffer> {
  return crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
}

export async function tokensEqual(given: string, expected: string): Promise<boolean> {
  const [a, b] = await Promise.all([digest(given), digest(expected)]);
  return crypto.subtle.timingSafeEqual(a, b);
}

/** Throws the right problem unless the request carries the configured admin token. */
export async function requireAdmin(c: Context<AppBindings>): Promise<void> {
  const expected = c.env.ADMIN_TOKEN;
  // A short secret is as good as none: guessable. Writes then stay off.
  if (!expected || expected.length < MIN_TOKEN_LENGTH) {
    throw new Problem(
      'writes-disabled',
      `Writes are disabled: no ADMIN_TOKEN secret of at least ${MIN_TOKEN_LENGTH} characters is configured.`,
    );
  }
  const header = c.req.header('Authorization') ?? '';
  const match = /^Bearer ([\x21-\x7e]+)$/i.exec(header);
  if (!match?.[1] || !(await tokensEqual(match[1], expected))) {
    throw new Problem('unauthorized', 'A valid bearer token is required to write: Authorization: Bearer <token>.', {
      authenticate: match ? 'Bearer error="invalid_token"' : 'Bearer',
    });
  }
}
