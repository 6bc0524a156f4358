// Scenario versions as the API serves them: who published each, when and why, whether it is
// retired, and whether briefs use it now. Shapes: ScenarioVersionSchema (resource-schemas.ts).
import type { ScenarioVersion, UnservedVersion } from '../catalog/scenario-versions';
import type { ContentProblem } from '../facts/content-error';
import type { ScenarioVersionTag } from '../rules/compile-scenario';

/** What the answers about a scenario's versions need to know of the catalog serving it. */
export interface ServedState {
  /** The version briefs use now, if any. */
  served: ScenarioVersionTag | undefined;
  unserved: readonly UnservedVersion[];
}

function problemsOf(version: ScenarioVersion, state: ServedState): readonly ContentProblem[] | undefined {
  if (version.retiredAt !== null) return undefined;
  return state.unserved.find((u) => u.scenarioId === version.scenarioId && u.version === version.version)?.problems;
}

/**
 * One version; `recorded` is false for a seed that is not stored yet (it has no time of
 * publication), and `withDocument` adds the document itself.
 */
export function scenarioVersionResource(
  version: ScenarioVersion,
  state: ServedState,
  options: { recorded?: boolean; seed?: boolean; withDocument?: boolean } = {},
) {
  const { scenarioId, version: number } = version;
  const problems = problemsOf(version, state);
  return {
    scenarioId,
    version: number,
    hash: version.hash,
    seed: options.seed ?? false,
    publishedAt: options.recorded === false ? null : version.createdAt,
    by: version.createdBy,
    reason: version.reason,
    retired:
      version.retiredAt === null
        ? null
        : { at: version.retiredAt, by: version.retiredBy ?? '', reason: version.retiredReason },
    served: state.served?.number === number && state.served.hash === version.hash,
    ...(problems ? { problems: problems.map((p) => ({ path: p.path, message: p.message })) } : {}),
    ...(options.withDocument ? { document: version.document } : {}),
    links: {
      self: `/v1/scenarios/${scenarioId}/versions/${number}`,
      versions: `/v1/scenarios/${scenarioId}/versions`,
      scenario: `/v1/scenarios/${scenarioId}`,
      brief: `/v1/briefs/${scenarioId}`,
    },
  };
}
