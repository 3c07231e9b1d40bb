import Decimal from "decimal.js";

/**
 * Conversions that divide (百分比转换, 折算, averages) are rounded to two
 * decimal places, half up, as assessors write scores; every other sum is
 * exact. This is the one rounding rule in the engine.
 */
export const RESULT_DECIMALS = 2;

export function roundResult(value: Decimal): Decimal {
  return value.toDecimalPlaces(RESULT_DECIMALS, Decimal.ROUND_HALF_UP);
}
