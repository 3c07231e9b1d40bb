import Decimal from "decimal.js";
import { moduleOf } from "../rules/kinds/registry";
import type { Clause } from "./clause-schema";

const ZERO = new Decimal(0);

type Bound = Decimal | "unbounded";

function sumBounds(clauses: readonly Clause[], bound: (c: Clause) => Bound): Bound {
  let sum = ZERO;
  for (const c of clauses) {
    const b = bound(c);
    if (b === "unbounded") return "unbounded";
    sum = sum.plus(b);
  }
  return sum;
}

/** The most the deduction clauses can take together (each kind's module says what it can take). */
export function maxDeduction(clauses: readonly Clause[]): Decimal | "unbounded" {
  return sumBounds(clauses, (c) => moduleOf(c).maxDeduction(c));
}

/** The most the earning clauses (得…分, sub-requirements, bands, levels) can give together. */
export function maxAward(clauses: readonly Clause[]): Decimal {
  return clauses.reduce((sum, c) => sum.plus(moduleOf(c).maxAward(c)), ZERO);
}

/** The most the bonus clauses can add: unbounded when one counts occurrences without a cap. */
export function maxBonus(clauses: readonly Clause[]): Decimal | "unbounded" {
  return sumBounds(clauses, (c) => moduleOf(c).maxBonus(c));
}

/**
 * Whether an item's clauses can move its score over its whole range: down
 * to 0 by deductions, or up to its points by what it earns. Items with no
 * clauses are scored by the assessor's typed score and always can.
 */
export function reachesFullRange(points: Decimal, clauses: readonly Clause[], sectionKind: "base" | "bonus" | "penalty" = "base"): boolean {
  if (clauses.length === 0 || points.isZero()) return true;
  if (sectionKind === "bonus") {
    // A 加分 item's 分值 is the most it can add.
    const bonus = maxBonus(clauses);
    return bonus === "unbounded" || bonus.gte(points);
  }
  if (clauses.some((c) => moduleOf(c).spansRange(c))) return true;
  const deduction = maxDeduction(clauses);
  if (deduction === "unbounded" || deduction.gte(points)) return true;
  return maxAward(clauses).gte(points);
}

/** What the clauses can reach, for a rangeNote: "扣分最多 2 分" / "得分最多 3 分". */
export function describeReach(points: Decimal, clauses: readonly Clause[]): string {
  const deduction = maxDeduction(clauses);
  const award = maxAward(clauses);
  const parts = [deduction === "unbounded" ? "" : `各条扣分合计最多 ${deduction.toFixed()} 分`, award.isZero() ? "" : `各条得分合计最多 ${award.toFixed()} 分`].filter((p) => p !== "");
  return `本项 ${points.toFixed()} 分，${parts.join("，") || "各条规则不能扣完"}：其余由评估人按得分填写`;
}
