import Decimal from "decimal.js";

/**
 * A decimal string (a rubric's points, caps) as a Decimal, parsed once per
 * distinct text: every unit scores the same items with the same numbers.
 * Decimals are immutable, so results may share one. Bounded, so a huge
 * run of distinct texts does not grow it without end.
 */
const PARSED = new Map<string, Decimal>();
const LIMIT = 5000;

export function decimalOf(text: string): Decimal {
  let found = PARSED.get(text);
  if (found === undefined) {
    found = new Decimal(text);
    if (PARSED.size >= LIMIT) PARSED.clear();
    PARSED.set(text, found);
  }
  return found;
}
