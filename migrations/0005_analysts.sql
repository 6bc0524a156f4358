-- Named analysts: who may write, each with a token of their own. Only a token's SHA-256 is kept,
-- so a copy of the database writes nothing. `npm run analyst` adds, rotates and revokes them (see
-- docs/authoring.md). A name has at most one live token; a revoked token stays on record, since
-- the audit trail names its analyst, and a row is never deleted.
CREATE TABLE analysts (
  token_sha256 TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  revoked_at TEXT
);
CREATE UNIQUE INDEX analysts_one_live_token ON analysts (name) WHERE revoked_at IS NULL;

CREATE TRIGGER analysts_no_delete BEFORE DELETE ON analysts
BEGIN
  SELECT RAISE(ABORT, 'analysts stay on record: revoke, do not delete');
END;

CREATE TRIGGER analysts_revoke_only BEFORE UPDATE ON analysts
WHEN OLD.revoked_at IS NOT NULL
  OR NEW.name IS NOT OLD.name OR NEW.token_sha256 IS NOT OLD.token_sha256
  OR NEW.created_at IS NOT OLD.created_at OR NEW.revoked_at IS NULL
BEGIN
  SELECT RAISE(ABORT, 'an analyst token is only ever revoked, once');
END;
