// Content as the build checked it: every authored file under scenarios/ validated (schemas,
// quotes, ids, derivations, conditions: everything buildCatalog checks) and normalised (schema
// defaults applied), with the content's version and latest date. The service starts from this
// instead of validating again: valibot over 62 facts and 6 scenarios took a cold isolate ~15 ms,
// three times the start-up budget, to find nothing.
//
// `npm run content` writes checked-content.json, failing on a broken file with its name and path.
// Before every dev and deploy wrangler checks that the committed file is what the authored files
// give today, and refuses to go on otherwise ([build] in wrangler.toml); a test checks it too.
import type { ContentVersion } from '../brief/brief-schema';
import type { ContentFile, FactBaseInput } from '../facts/fact-base';
import { CitedFactListSchema, DerivedFactListSchema, SourceMetaSchema, WatchedFactListSchema } from '../facts/schema';
import { parseContent } from '../facts/validate';
import { ScenarioSchema } from '../rules/scenario-schema';
import { SetSchema } from '../sets/set-schema';
import { buildCatalog } from './build-catalog';

export interface CheckedContent {
  version: ContentVersion;
  /** The day the latest fact became known: the default date of a brief. */
  latestDate: string;
  /** Each source's metadata; its text stays in its own file (source-texts.ts). */
  sources: ContentFile[];
  cited: ContentFile;
  derived: ContentFile;
  watched: ContentFile;
  scenarios: ContentFile[];
  /** The question sets (scenarios/sets/). */
  sets: ContentFile[];
}

export function checkContent(
  factFiles: FactBaseInput,
  scenarioFiles: readonly ContentFile[],
  setFiles: readonly ContentFile[] = [],
): CheckedContent {
  const { facts, version } = buildCatalog(factFiles, scenarioFiles, setFiles);
  const parsed = (schema: Parameters<typeof parseContent>[0], { file, data }: ContentFile): ContentFile => ({
    file,
    data: parseContent(schema, data, file),
  });
  return {
    version,
    latestDate: facts.latestDate,
    sources: factFiles.sources.map(({ meta }) => parsed(SourceMetaSchema, meta)),
    cited: parsed(CitedFactListSchema, factFiles.cited),
    derived: parsed(DerivedFactListSchema, factFiles.derived),
    watched: parsed(WatchedFactListSchema, factFiles.watched ?? { file: 'scenarios/facts/watched.json', data: [] }),
    scenarios: scenarioFiles.map((f) => parsed(ScenarioSchema, f)),
    sets: setFiles.map((f) => parsed(SetSchema, f)),
  };
}
