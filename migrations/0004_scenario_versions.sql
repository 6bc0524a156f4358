-- Scenario versions analysts publish (POST /v1/scenarios, PUT /v1/scenarios/:id): each version is
-- the whole scenario document, checked as the build checks a scenario file. A version is never
-- changed or deleted; it can be retired once (retired_at, retired_by, retired_reason), and the
-- scenario is then served at its latest version that is not retired. A scenario from the files in
-- scenarios/ (the seed set) has version 1 from its file; it is recorded here, as version 1, the
-- first time it is written to. The triggers hold the database to that, whatever the code does.
CREATE TABLE scenario_versions (
  scenario_id TEXT NOT NULL,
  version INTEGER NOT NULL CHECK (version >= 1),
  -- The validated scenario document as JSON.
  document TEXT NOT NULL,
  -- The content hash of the document (its canonical JSON): what briefs name with the number.
  hash TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  reason TEXT NOT NULL,
  retired_at TEXT,
  retired_by TEXT,
  retired_reason TEXT,
  -- Two writers publishing the same next version: the key decides, and the loser gets a 409.
  PRIMARY KEY (scenario_id, version)
);

CREATE TRIGGER scenario_versions_no_delete BEFORE DELETE ON scenario_versions
BEGIN
  SELECT RAISE(ABORT, 'scenario versions are kept: retire a version, do not delete it');
END;

CREATE TRIGGER scenario_versions_retire_only BEFORE UPDATE ON scenario_versions
WHEN OLD.retired_at IS NOT NULL
  OR NEW.scenario_id IS NOT OLD.scenario_id OR NEW.version IS NOT OLD.version
  OR NEW.document IS NOT OLD.document OR NEW.hash IS NOT OLD.hash
  OR NEW.created_at IS NOT OLD.created_at OR NEW.created_by IS NOT OLD.created_by
  OR NEW.reason IS NOT OLD.reason OR NEW.retired_at IS NULL
BEGIN
  SELECT RAISE(ABORT, 'a scenario version is only ever retired, once');
END;
