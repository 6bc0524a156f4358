// The fields of a brief page's what-if form: one per fact the scenario reads (the inputs of a
// derived fact in its stead), with the value as reported and the value assumed, if any.
import type { Assumptions, FactBase } from '../../facts/fact-base';
import type { FactRecord, FactValue } from '../../facts/fact-record';
import type { CompiledScenario } from '../../rules/compile-scenario';

export interface WhatIfField {
  factId: string;
  statement: string;
  type: FactRecord['type'];
  unit: FactRecord['unit'];
  /** As reported on the brief date; null when not yet known then. */
  reported: FactValue | null;
  /** The assumed value, `null` for "unknown", undefined when not assumed. */
  assumed?: FactValue | null;
}

export function whatIfFields(
  scenario: CompiledScenario,
  base: FactBase,
  reported: ReadonlyMap<string, FactRecord>,
  assumptions: Assumptions,
): WhatIfField[] {
  const ids = new Set<string>();
  const add = (id: string) => {
    const derived = base.derived.find((d) => d.id === id);
    if (derived) for (const input of derived.derivation.inputs) add(input);
    else ids.add(id);
  };
  for (const id of scenario.factIds) add(id);
  return [...ids].flatMap((id) => {
    const fact = base.citedById.get(id);
    if (!fact) return [];
    return [
      {
        factId: id,
        statement: fact.statement,
        type: fact.type,
        unit: fact.unit,
        reported: reported.get(id)?.value ?? null,
        ...(assumptions.has(id) ? { assumed: assumptions.get(id) ?? null } : {}),
      },
    ];
  });
}
