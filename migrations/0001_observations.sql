-- Observations analysts record after the article: append-only. A row is never updated except to
-- retract it (retracted_at, retracted_by); it is never deleted.
CREATE TABLE observations (
  id TEXT PRIMARY KEY,
  fact_id TEXT NOT NULL,
  -- The whole validated input as JSON (value, date, source, definition, note, analyst).
  body TEXT NOT NULL,
  -- The same observation twice (fact, date, value, source URL, quote) is a conflict.
  dedupe_key TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  retracted_at TEXT,
  retracted_by TEXT
);
CREATE INDEX observations_fact ON observations (fact_id, created_at);
CREATE INDEX observations_created ON observations (created_at);
