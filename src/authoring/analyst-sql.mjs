// The statements `npm run analyst` runs against D1 (migrations/0005_analysts.sql): a new token
// for an analyst, a rotation, a revocation. Only a token's SHA-256 reaches the database; the
// token itself is printed once, to the person running the command. Pure, so it can be tested.
import { createHash, randomBytes } from 'node:crypto';

/** An analyst's name as the audit trail shows it: lower-case, with dots, hyphens or underscores. */
export const NAME = /^[a-z][a-z0-9._-]{1,59}$/;
/** Names the service writes itself: the bootstrap admin token, and the seed files. */
export const RESERVED = ['admin', 'seed'];

/** Why a name cannot be an analyst's, or undefined when it can. */
export function checkName(name) {
  if (typeof name !== 'string' || !NAME.test(name)) {
    return 'a name is 2 to 60 characters: a lower-case letter, then lower-case letters, digits, ".", "-" or "_"';
  }
  if (RESERVED.includes(name)) return `"${name}" is the service's own name in the audit trail: choose another`;
  return undefined;
}

/** A new token: 32 random bytes, base64url, with a prefix that says what it is if it leaks. */
export function newToken() {
  return `sba_${randomBytes(32).toString('base64url')}`;
}

/** The token's SHA-256, hex: all the database keeps of it. */
export function tokenSha256(token) {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

const quoted = (text) => `'${String(text).replaceAll("'", "''")}'`;

/** Adds an analyst: fails in the database if the name has a live token already (one per name). */
export function addStatement(name, token, at) {
  return `INSERT INTO analysts (token_sha256, name, created_at) VALUES (${quoted(tokenSha256(token))}, ${quoted(name)}, ${quoted(at)});`;
}

const revoke = (name, at) =>
  `UPDATE analysts SET revoked_at = ${quoted(at)} WHERE name = ${quoted(name)} AND revoked_at IS NULL`;

/**
 * Revokes an analyst's live token; the name and what it wrote stay on record. It returns the row
 * it revoked, so the command can say when there was none (a mistyped name).
 */
export function revokeStatement(name, at) {
  return `${revoke(name, at)} RETURNING name;`;
}

/** A new token for an analyst, in one step: the old one is revoked as the new one is added. */
export function rotateStatements(name, token, at) {
  return `${revoke(name, at)}; ${addStatement(name, token, at)}`;
}

export const LIST_STATEMENT = 'SELECT name, created_at, revoked_at FROM analysts ORDER BY name, created_at;';
