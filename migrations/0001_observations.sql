-- Observations analysts record after the article: append-only. A row is never updated except to
-- retract it (retracted_at, retracted_by, retracted_reason, once); it is never deleted. The
-- triggers hold the database to that, whatever the code does.
CREATE TABLE observations (
  id TEXT PRIMARY KEY,
  fact_id TEXT NOT NULL,
  -- The whole validated input as JSON (value, date, source, definition, note, analyst).
  body TEXT NOT NULL,
  -- The same observation (fact, date, value, source URL, quote) twice, while the first counts,
  -- is a conflict; once retracted, it may be recorded again.
  dedupe_key TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  retracted_at TEXT,
  retracted_by TEXT,
  retracted_reason TEXT
);
CREATE UNIQUE INDEX observations_active_dedupe ON observations (dedupe_key) WHERE retracted_at IS NULL;
CREATE INDEX observations_fact ON observations (fact_id, created_at);
CREATE INDEX observations_created ON observations (created_at);

CREATE TRIGGER observations_no_delete BEFORE DELETE ON observations
BEGIN
  SELECT RAISE(ABORT, 'observations are append-only: retract, do not delete');
END;

CREATE TRIGGER observations_retract_only BEFORE UPDATE ON observations
WHEN OLD.retracted_at IS NOT NULL
  OR NEW.id IS NOT OLD.id OR NEW.fact_id IS NOT OLD.fact_id OR NEW.body IS NOT OLD.body
  OR NEW.dedupe_key IS NOT OLD.dedupe_key OR NEW.created_at IS NOT OLD.created_at
  OR NEW.created_by IS NOT OLD.created_by OR NEW.retracted_at IS NULL
BEGIN
  SELECT RAISE(ABORT, 'observations are append-only: only a retraction may change a row, once');
END;
