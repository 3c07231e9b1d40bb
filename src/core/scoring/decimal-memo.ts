import type Decimal from "decimal.js";

/**
 * Exact operations on Decimals that recur unit after unit: the item's
 * points (text/decimal-of.ts) less a typed score (parse-entry.ts caches one
 * Decimal per distinct number), compared with it. Both operands are shared
 * instances, so each distinct pair is worked out once. Decimals are
 * immutable: a result may be shared as freely as its operands. Keyed
 * weakly, so nothing outlives the Decimals it was made from.
 */
const DIFFERENCES = new WeakMap<Decimal, WeakMap<Decimal, Decimal>>();
const COMPARISONS = new WeakMap<Decimal, WeakMap<Decimal, number>>();

function inner<V>(outer: WeakMap<Decimal, WeakMap<Decimal, V>>, key: Decimal): WeakMap<Decimal, V> {
  let found = outer.get(key);
  if (found === undefined) {
    found = new WeakMap();
    outer.set(key, found);
  }
  return found;
}

/** a − b, exactly as a.minus(b). */
export function minus(a: Decimal, b: Decimal): Decimal {
  const byB = inner(DIFFERENCES, a);
  let found = byB.get(b);
  if (found === undefined) {
    found = a.minus(b);
    byB.set(b, found);
  }
  return found;
}

/** a.comparedTo(b): −1, 0 or 1 (NaN never arises: scores are finite). */
export function compare(a: Decimal, b: Decimal): number {
  const byB = inner(COMPARISONS, a);
  let found = byB.get(b);
  if (found === undefined) {
    found = a.comparedTo(b);
    byB.set(b, found);
  }
  return found;
}
