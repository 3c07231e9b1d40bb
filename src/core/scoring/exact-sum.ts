import Decimal from "decimal.js";

const ZERO = new Decimal(0);
/** Sums are taken in ten-thousandths of a point when every addend is a whole number of them. */
const SCALE = 10_000;
const SCALED = new WeakMap<Decimal, number | null>();

/** A Decimal in ten-thousandths, once per instance (item points and typed scores are shared ones); null when it is not whole. */
function scaled(d: Decimal): number | null {
  let found = SCALED.get(d);
  if (found === undefined) {
    const times = d.times(SCALE);
    found = times.isInteger() && times.abs().lte(Number.MAX_SAFE_INTEGER) ? times.toNumber() : null;
    SCALED.set(d, found);
  }
  return found;
}

/**
 * The sum of `values` (each negated when `negate`), exactly as
 * values.reduce((acc, x) => acc.plus(x), ZERO) gives it, in fewer Decimal
 * operations: a section of 50 items was 50 Decimal additions per unit.
 * Whole ten-thousandths add up exactly as integers while they stay safe
 * integers; one division makes the Decimal (exact: far fewer digits than
 * Decimal's precision). Anything else takes the Decimal additions.
 */
export function exactSum(values: readonly Decimal[], negate = false): Decimal {
  let total = 0;
  for (const d of values) {
    const v = scaled(d);
    if (v === null) return chain(values, negate);
    total += negate ? -v : v;
    if (!Number.isSafeInteger(total)) return chain(values, negate);
  }
  // A zero total is ZERO (never −0), as the additions from ZERO give it.
  return total === 0 ? ZERO : new Decimal(total).div(SCALE);
}

function chain(values: readonly Decimal[], negate: boolean): Decimal {
  return values.reduce((acc, x) => acc.plus(negate ? x.negated() : x), ZERO);
}
