// Builds a catalog from authored content files, validating everything: the facts
// (facts/content-checks.ts), each scenario and question set, and the checks that need both (labels over
// assessments, correlated evidence, reachability). The build's content check (checked-content.ts)
// and the tests run it; the service starts from the checked output instead (assemble.ts).
import type { ContentVersion } from '../brief/brief-schema';
import { loadFactBase } from '../facts/content-checks';
import type { ContentFile, FactBaseInput } from '../facts/fact-base';
import { setProblems } from '../sets/check-set';
import { assemble, compileScenarios, compileSets } from './assemble';
import type { Catalog } from './catalog';
import { scenarioProblems } from './check-scenario';
import { authoredContentHash } from './content-hash';

// Where the bench and the tests have long imported them from.
export { catalogFromChecked, withObservationsApplied } from './assemble';

/** The version of authored content: what every brief, ETag and cache key carries. */
function authoredVersion(
  factFiles: FactBaseInput,
  scenarioFiles: readonly ContentFile[],
  setFiles: readonly ContentFile[],
): ContentVersion {
  const scenarios = scenarioFiles.map((f) => f.data);
  return {
    // Without sets, the hash is the one content had before sets existed.
    rules: authoredContentHash(setFiles.length === 0 ? scenarios : { scenarios, sets: setFiles.map((f) => f.data) }),
    facts: authoredContentHash({
      cited: factFiles.cited.data,
      derived: factFiles.derived.data,
      watched: factFiles.watched?.data ?? [],
      statuses: factFiles.statuses?.data ?? [],
      sources: factFiles.sources.map((s) => ({ meta: s.meta.data, text: s.text })),
    }),
  };
}

/** A catalog from authored files, validating every one. */
export function buildCatalog(
  factFiles: FactBaseInput,
  scenarioFiles: readonly ContentFile[],
  setFiles: readonly ContentFile[] = [],
): Catalog {
  const facts = loadFactBase(factFiles);
  const scenarios = compileScenarios(scenarioFiles, facts, 'authored', (s) => scenarioProblems(s, facts));
  const sets = compileSets(setFiles, facts, 'authored', (s) => setProblems(s, facts, scenarios));
  return assemble(facts, scenarios, authoredVersion(factFiles, scenarioFiles, setFiles), [], sets);
}
