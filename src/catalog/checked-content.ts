// Content as the build checked it: every authored file under scenarios/ validated (schemas,
// quotes, ids, derivations, conditions: everything buildCatalog checks) and normalised (schema
// defaults applied), with the source texts, the content's version and latest date. The service
// starts from this instead of validating again, which would cost a cold isolate more than its
// start-up budget to find nothing (docs/performance.md).
//
// `npm run content` writes it to assets/content.json, failing on a broken file with its name and
// path. The worker does not bundle it: each isolate reads it once from Static Assets
// (content-asset.ts), so the bundle carries code only. Before every dev and deploy wrangler checks
// that the committed file is what the authored files give today, and refuses to go on otherwise
// ([build] in wrangler.toml); a test checks it too.
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
  /** Each source's metadata. */
  sources: ContentFile[];
  /** Each source's text, by its metadata file: what citations are offsets into. */
  texts: Record<string, string>;
  cited: ContentFile;
  derived: ContentFile;
  watched: ContentFile;
  scenarios: ContentFile[];
  /** The question sets (scenarios/sets/). */
  sets: ContentFile[];
}

/** The authored files checked as the build checks them, or a ContentError naming file and path. */
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
    texts: Object.fromEntries(factFiles.sources.map(({ meta, text }) => [meta.file, text])),
    cited: parsed(CitedFactListSchema, factFiles.cited),
    derived: parsed(DerivedFactListSchema, factFiles.derived),
    watched: parsed(WatchedFactListSchema, factFiles.watched ?? { file: 'scenarios/facts/watched.json', data: [] }),
    scenarios: scenarioFiles.map((f) => parsed(ScenarioSchema, f)),
    sets: setFiles.map((f) => parsed(SetSchema, f)),
  };
}
