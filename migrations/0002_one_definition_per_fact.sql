-- A new fact is defined by one observation: when analysts race to define the same fact, the
-- database lets one definition in and refuses the rest (the write path answers 409). A row names
-- the fact it defines in defines_fact; at most one active row may name a fact. A retracted
-- definition frees the fact to be defined again.
ALTER TABLE observations ADD COLUMN defines_fact TEXT;

-- The existing definitions, the first of each fact only (the one that counted), before the
-- triggers are rebuilt to cover the new column.
DROP TRIGGER observations_retract_only;
UPDATE observations SET defines_fact = fact_id
WHERE retracted_at IS NULL
  AND json_extract(body, '$.definition') IS NOT NULL
  AND id = (
    SELECT o.id FROM observations o
    WHERE o.fact_id = observations.fact_id AND o.retracted_at IS NULL
      AND json_extract(o.body, '$.definition') IS NOT NULL
    ORDER BY o.created_at, o.id LIMIT 1
  );

CREATE UNIQUE INDEX observations_one_definition ON observations (defines_fact)
WHERE retracted_at IS NULL AND defines_fact IS NOT NULL;

CREATE TRIGGER observations_retract_only BEFORE UPDATE ON observations
WHEN OLD.retracted_at IS NOT NULL
  OR NEW.id IS NOT OLD.id OR NEW.fact_id IS NOT OLD.fact_id OR NEW.body IS NOT OLD.body
  OR NEW.dedupe_key IS NOT OLD.dedupe_key OR NEW.created_at IS NOT OLD.created_at
  OR NEW.created_by IS NOT OLD.created_by OR NEW.defines_fact IS NOT OLD.defines_fact
  OR NEW.retracted_at IS NULL
BEGIN
  SELECT RAISE(ABORT, 'observations are append-only: only a retraction may change a row, once');
END;
