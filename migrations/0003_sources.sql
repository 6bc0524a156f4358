-- Sources analysts register (POST /v1/sources): a document's metadata and full text, which
-- observations cite by id and the server finds quotes in. Immutable: a row is never updated or
-- deleted (a correction is a new source), and the triggers hold the database to that.
CREATE TABLE sources (
  id TEXT PRIMARY KEY,
  -- The validated input without its text, as JSON (title, publisher, genre, published, url, ...).
  meta TEXT NOT NULL,
  text TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL
);

CREATE TRIGGER sources_no_delete BEFORE DELETE ON sources
BEGIN
  SELECT RAISE(ABORT, 'sources are immutable: register a corrected one under a new id');
END;

CREATE TRIGGER sources_no_update BEFORE UPDATE ON sources
BEGIN
  SELECT RAISE(ABORT, 'sources are immutable: register a corrected one under a new id');
END;
