-- Sessions of the authoring page (/authoring): the cookie holds a random session id, never an
-- analyst's token, and only the id's SHA-256 is kept here. A session lasts eight hours at most
-- and ends at sign-out (revoked_at); its form key, random too, is what every form of the page
-- carries. Rows are never updated except to revoke them.
CREATE TABLE authoring_sessions (
  id_sha256 TEXT PRIMARY KEY,
  -- Who signed in: the analyst's name, and the SHA-256 of the token used, so a session ends when
  -- that token is revoked or rotated (or, for the admin, when the secret changes).
  analyst TEXT NOT NULL,
  token_sha256 TEXT NOT NULL,
  form_key TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  revoked_at TEXT
);
CREATE INDEX authoring_sessions_expiry ON authoring_sessions (expires_at);
