import type Decimal from "decimal.js";

/** A number for a message: exact as usual, in scientific form when absurdly large (1e308 typed in a cell). */
export function displayDecimal(value: Decimal): string {
  return value.abs().gte(1e12) ? value.toExponential(3) : value.toFixed();
}
