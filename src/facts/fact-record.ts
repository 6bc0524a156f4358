// The shape every fact takes once loaded: what the rules read and the API serves.
import type { Citation, DerivationOp } from './schema';
import type { Certainty, Qualifier, Unit, ValueType } from './vocabulary';

export type FactValue = boolean | number | string;

export interface FactRecord {
  id: string;
  statement: string;
  type: ValueType;
  value: FactValue;
  /** Numbers only; `null` for other types. */
  unit: Unit | null;
  /** Numbers only: how the source bounds the value. `exact` for other types. */
  qualifier: Qualifier;
  date: string;
  dateNote?: string;
  actors: string[];
  tags: string[];
  certainty: Certainty;
  /** The quotes the fact rests on: its own, or, for a derived fact, those of its inputs. */
  citations: Citation[];
  derived: boolean;
  /** For derived facts: how the value was computed. */
  derivation?: { op: DerivationOp; inputs: string[] };
  /** Set when the value comes from a caller's what-if assumption rather than the source. */
  assumed?: boolean;
}

/** The declared type of a fact, known before any date or assumption applies. */
export interface FactType {
  type: ValueType;
  unit: Unit | null;
  derived: boolean;
}
