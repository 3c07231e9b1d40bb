import Decimal from "decimal.js";
import type { Rubric, RubricItem } from "../rubric/rubric-schema";
import { normalizeLabel } from "../text/normalize-text";

export interface SharedShare {
  /** The item as this unit is scored on it: its share of the pool as points. */
  readonly item: RubricItem;
  /** False when the row is not one the unit is assessed on. */
  readonly applies: boolean;
  /** The points the row stands for when it does not apply (what comes off the unit's max). */
  readonly excluded: Decimal;
}

function names(item: RubricItem, unit: string): boolean {
  const units = item.appliesTo?.units;
  return units === undefined || units.some((u) => normalizeLabel(u) === normalizeLabel(unit));
}

/**
 * The rows of a shared-points policy for one unit: the ones that name it
 * share the pool equally; the others are not assessed. A unit named on
 * none is not assessed on the pool at all (its points come off the max).
 */
export function sharedShares(rubric: Rubric, unit: string): ReadonlyMap<string, SharedShare> {
  const shares = new Map<string, SharedShare>();
  for (const policy of rubric.policies) {
    if (policy.kind !== "shared-points") continue;
    const items = rubric.items.filter((i) => policy.items.includes(i.id));
    const applying = items.filter((i) => names(i, unit));
    const pool = new Decimal(policy.points);
    const share = applying.length > 0 ? pool.div(applying.length) : pool;
    items.forEach((item, index) => {
      const applies = applying.includes(item);
      // Named on none: the whole pool comes off the unit's max once, on the first row, so the sum stays exact.
      const excluded = applying.length === 0 && index === 0 ? pool : new Decimal(0);
      shares.set(item.id, { item: { ...item, points: applies ? share.toFixed() : excluded.toFixed() }, applies, excluded });
    });
  }
  return shares;
}
