-- Question-set versions analysts publish (PUT /v1/sets/:id): each version is the whole set
-- document, checked as the build checks a file in scenarios/sets/. A version is never changed or
-- deleted; it can be retired once (retired_at, retired_by, retired_reason), and the set is then
-- served at its latest version that is not retired. A set from the files (the seed) has version 1
-- from its file; it is recorded here, as version 1, the first time it is written to. The triggers
-- hold the database to that, whatever the code does.
CREATE TABLE set_versions (
  set_id TEXT NOT NULL,
  version INTEGER NOT NULL CHECK (version >= 1),
  -- The validated set document as JSON.
  document TEXT NOT NULL,
  -- The content hash of the document (its canonical JSON).
  hash TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  reason TEXT NOT NULL,
  retired_at TEXT,
  retired_by TEXT,
  retired_reason TEXT,
  -- Two writers publishing the same next version: the key decides, and the loser gets a 409.
  PRIMARY KEY (set_id, version)
);

CREATE TRIGGER set_versions_no_delete BEFORE DELETE ON set_versions
BEGIN
  SELECT RAISE(ABORT, 'set versions are kept: retire a version, do not delete it');
END;

CREATE TRIGGER set_versions_retire_only BEFORE UPDATE ON set_versions
WHEN OLD.retired_at IS NOT NULL
  OR NEW.set_id IS NOT OLD.set_id OR NEW.version IS NOT OLD.version
  OR NEW.document IS NOT OLD.document OR NEW.hash IS NOT OLD.hash
  OR NEW.created_at IS NOT OLD.created_at OR NEW.created_by IS NOT OLD.created_by
  OR NEW.reason IS NOT OLD.reason OR NEW.retired_at IS NULL
BEGIN
  SELECT RAISE(ABORT, 'a set version is only ever retired, once');
END;
