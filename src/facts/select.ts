// Selecting facts by actor and tag, as the fact list filters them.
import type { FactRecord } from './fact-record';

export interface FactFilter {
  actor?: string;
  tag?: string;
}

/** The facts with the actor and the tag, where given; in the order given. */
export function selectFacts(facts: Iterable<FactRecord>, filter: FactFilter): FactRecord[] {
  const { actor, tag } = filter;
  return [...facts].filter(
    (f) => (actor === undefined || f.actors.includes(actor)) && (tag === undefined || f.tags.includes(tag)),
  );
}
