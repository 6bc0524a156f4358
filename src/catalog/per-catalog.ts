// Memoises what is derived from a catalog alone (lists, summaries), so it is computed once per
// catalog snapshot rather than once per request. A new snapshot (an observation landed) gets its own.
import type { Catalog } from './catalog';

/** `derive` memoised per catalog snapshot: computed on a snapshot's first use, then kept with it. */
export function perCatalog<T>(derive: (catalog: Catalog) => T): (catalog: Catalog) => T {
  const memo = new WeakMap<Catalog, T>();
  return (catalog) => {
    let value = memo.get(catalog);
    if (value === undefined) {
      value = derive(catalog);
      memo.set(catalog, value);
    }
    return value;
  };
}
