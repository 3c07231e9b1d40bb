import type Decimal from "decimal.js";

export interface Rankable {
  readonly group: string;
  readonly total: Decimal;
}

/**
 * Standard competition ranking within each group: equal totals share a
 * rank and the next rank skips (1, 1, 3). Returns ranks in input order.
 */
export function rankUnits(units: readonly Rankable[]): number[] {
  return units.map((unit) => {
    let better = 0;
    for (const other of units) if (other.group === unit.group && other.total.gt(unit.total)) better++;
    return better + 1;
  });
}
