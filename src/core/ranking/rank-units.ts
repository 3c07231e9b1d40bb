import type Decimal from "decimal.js";

export interface Rankable {
  readonly group: string;
  readonly total: Decimal;
  /** 一票否决: ranked after every unit of its group without one, whatever its total. */
  readonly veto?: boolean;
}

/** Whether `other` ranks above `unit`: a unit without a veto above one with, else the higher total. */
function above(other: Rankable, unit: Rankable): boolean {
  const a = other.veto === true;
  const b = unit.veto === true;
  if (a !== b) return b;
  return other.total.gt(unit.total);
}

/**
 * Standard competition ranking within each group: equal totals share a
 * rank and the next rank skips (1, 1, 3). A vetoed unit takes its rubric's
 * result (0, points off, the lowest grade) and is never above a unit
 * without a veto, even where its total would put it there. Returns ranks in
 * input order.
 */
export function rankUnits(units: readonly Rankable[]): number[] {
  return units.map((unit) => {
    let better = 0;
    for (const other of units) if (other.group === unit.group && above(other, unit)) better++;
    return better + 1;
  });
}
