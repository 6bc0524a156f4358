// The catalog type, and the catalog compiled from the content the build checked
// (assets/content.json, see checked-content.ts) when this module is first imported: for the
// build-time generators, the bench and the tests. The worker never imports that value, so the
// content stays out of its bundle: it reads the same file once per isolate from Static Assets
// (content-asset.ts). Everything a request needs that depends on the catalog alone is computed
// once per catalog, the first time it is asked for (assemble.ts), not at start-up and not per
// request.

import CHECKED_CONTENT from '../../assets/content.json';
import type { Brief, ContentVersion } from '../brief/brief-schema';
import type { FactBase } from '../facts/fact-base';
import type { FactRecord } from '../facts/fact-record';
import type { CompiledScenario } from '../rules/compile-scenario';
import type { CompiledSet } from '../sets/compile-set';
import { catalogFromChecked } from './assemble';
import type { CheckedContent } from './checked-content';
import type { UnservedVersion } from './scenario-versions';
import type { UnservedSetVersion } from './set-versions';

/** The state on one day with no assumptions: what is known, and each scenario's brief. */
export interface DayState {
  readonly day: string;
  /** Computed on first use, then kept. */
  readonly facts: ReadonlyMap<string, FactRecord>;
  /** A scenario's brief, computed on its first use, then kept; undefined for an unknown id. */
  brief(scenarioId: string): Brief | undefined;
}

export interface Catalog {
  facts: FactBase;
  scenarios: ReadonlyMap<string, CompiledScenario>;
  /** The question sets (competing hypotheses), by id. */
  sets: ReadonlyMap<string, CompiledSet>;
  version: ContentVersion;
  /** The state on a day (the service's default is today, read at the edge), kept for the days asked most. */
  on(day: string): DayState;
  /** The state at the fact base's latest date. */
  readonly current: DayState;
  /** For each source id, the ids of the cited facts that quote it. */
  citingFacts: ReadonlyMap<string, readonly string[]>;
  /** Published scenario versions that cannot be served now, and why (scenario-versions.ts). */
  unservedVersions: readonly UnservedVersion[];
  /** Published set versions that cannot be served now, and why (set-versions.ts). */
  unservedSetVersions: readonly UnservedSetVersion[];
}

// The generated file is the checker's own output (a test keeps it equal to checkContent's), so
// it has the checked shape; JSON imports are typed only by what they happen to contain.
export const catalog: Catalog = catalogFromChecked(CHECKED_CONTENT as unknown as CheckedContent);
