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
  const pools = poolsOf(rubric);
  if (pools.length === 0) return NO_SHARES;
  // Units named on the same rows get the same shares: worked out once per rubric and set of rows.
  const applying = pools.map((pool) => pool.items.map((i) => names(i, unit)));
  const key = applying.map((flags) => flags.map(Number).join("")).join("|");
  let known = SHARES.get(rubric);
  if (known === undefined) {
    known = new Map();
    SHARES.set(rubric, known);
  }
  let found = known.get(key);
  if (found === undefined) {
    found = sharesOf(pools, applying);
    known.set(key, found);
  }
  return found;
}

interface Pool {
  readonly points: string;
  readonly items: readonly RubricItem[];
}

const NO_SHARES: ReadonlyMap<string, SharedShare> = new Map();
const POOLS = new WeakMap<Rubric, readonly Pool[]>();
const SHARES = new WeakMap<Rubric, Map<string, ReadonlyMap<string, SharedShare>>>();

/** Each shared-points policy's pool and rows, found once per rubric. */
function poolsOf(rubric: Rubric): readonly Pool[] {
  let found = POOLS.get(rubric);
  if (found === undefined) {
    found = rubric.policies.flatMap((policy) => (policy.kind === "shared-points" ? [{ points: policy.points, items: rubric.items.filter((i) => policy.items.includes(i.id)) }] : []));
    POOLS.set(rubric, found);
  }
  return found;
}

function sharesOf(pools: readonly Pool[], applyingFlags: readonly (readonly boolean[])[]): ReadonlyMap<string, SharedShare> {
  const shares = new Map<string, SharedShare>();
  pools.forEach(({ points, items }, p) => {
    const flags = applyingFlags[p] ?? [];
    const applying = items.filter((_, i) => flags[i] === true);
    const pool = new Decimal(points);
    const share = applying.length > 0 ? pool.div(applying.length) : pool;
    items.forEach((item, index) => {
      const applies = flags[index] === true;
      // Named on none: the whole pool comes off the unit's max once, on the first row, so the sum stays exact.
      const excluded = applying.length === 0 && index === 0 ? pool : new Decimal(0);
      shares.set(item.id, { item: { ...item, points: applies ? share.toFixed() : excluded.toFixed() }, applies, excluded });
    });
  });
  return shares;
}
