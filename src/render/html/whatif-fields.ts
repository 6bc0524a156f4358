// The fields of a brief page's what-if form: one per fact the scenario reads, in its indicators
// or its resolution criteria (the inputs of a derived fact in its stead), with the value as
// reported and the value assumed, if any.
import { type Assumptions, type FactBase, factsBehind } from '../../facts/fact-base';
import type { FactRecord, FactValue } from '../../facts/fact-record';
import { describeValue } from '../../facts/format';
import type { CompiledScenario } from '../../rules/compile-scenario';

export interface WhatIfField {
  factId: string;
  statement: string;
  type: FactRecord['type'];
  unit: FactRecord['unit'];
  /** As reported on the brief date; null when not yet known then. */
  reported: FactValue | null;
  /** The reported value as the fact reads it, bound included ("more than 1,500 persons"); null when not known. */
  reportedText: string | null;
  /** The assumed value, `null` for "unknown", undefined when not assumed. */
  assumed?: FactValue | null;
}

function reportedText(fact: FactRecord | undefined): string | null {
  if (!fact) return null;
  return fact.type === 'number' ? describeValue(fact) : String(fact.value);
}

/** The what-if form's fields, one per fact the scenario reads or (for a derived fact) its inputs. */
export function whatIfFields(
  scenario: CompiledScenario,
  base: FactBase,
  reported: ReadonlyMap<string, FactRecord>,
  assumptions: Assumptions,
): WhatIfField[] {
  // Derived facts are not assumed directly: their inputs get the fields.
  const read = [...scenario.factIds, ...scenario.resolutionFactIds];
  const ids = [...factsBehind(base, read)].filter((id) => !base.types.get(id)?.derived);
  return ids.flatMap((id) => {
    const fact = base.definitions.get(id);
    if (!fact) return [];
    return [
      {
        factId: id,
        statement: fact.statement,
        type: fact.type,
        unit: fact.unit,
        reported: reported.get(id)?.value ?? null,
        reportedText: reportedText(reported.get(id)),
        ...(assumptions.has(id) ? { assumed: assumptions.get(id) ?? null } : {}),
      },
    ];
  });
}
