// How fact values read in sentences: `$78,000,000`, `61%`, `more than 1,500 persons`.
import type { FactRecord, FactValue } from './fact-record';
import type { Qualifier, Unit } from './vocabulary';

const USD = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: '',
  about: 'about ',
  'more-than': 'more than ',
  'at-least': 'at least ',
  'less-than': 'less than ',
  'at-most': 'at most ',
};

// Intl formatters are costly to make: one per precision, made once.
const FIXED = [0, 1, 2, 3, 4].map((d) => new Intl.NumberFormat('en-US', { maximumFractionDigits: d }));

/** A plain number with thousands separators and at most `decimals` decimals: `20,000`, `7.79`. */
export function formatNumber(value: number, decimals = 0): string {
  return (FIXED[Math.min(4, Math.max(0, decimals))] as Intl.NumberFormat).format(value);
}

/** A number with its unit: `$78,000,000`, `61%`, `7.8 years`, `20,000 persons`. */
export function formatQuantity(value: number, unit: Unit | null, decimals = 0): string {
  const fixed = (n: number) => formatNumber(n, decimals);
  switch (unit) {
    case 'USD':
      return USD.format(value);
    case 'share':
      return `${fixed(value * 100)}%`;
    case 'years':
      return `${fixed(value)} ${value === 1 ? 'year' : 'years'}`;
    case 'persons':
      return `${fixed(value)} persons`;
    case 'count':
    case null:
      return fixed(value);
  }
}

/** A fact's value as a phrase, with its qualifier: `more than 1,500 persons`, `"requested"`, `true`. */
export function describeValue(fact: Pick<FactRecord, 'type' | 'value' | 'unit' | 'qualifier'>): string {
  if (fact.type === 'number') {
    return QUALIFIER_WORDS[fact.qualifier] + formatQuantity(fact.value as number, fact.unit, 2);
  }
  return describeScalar(fact.value);
}

export function describeScalar(value: FactValue): string {
  return typeof value === 'string' ? `"${value}"` : String(value);
}
