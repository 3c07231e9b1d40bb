import Decimal from "decimal.js";
import type { Clause } from "./clause-schema";

const ZERO = new Decimal(0);

/** Clauses with no upper bound on what they can take: they always reach an item's points. */
function isOpenDeduction(c: Clause): boolean {
  switch (c.kind) {
    case "per-occurrence":
    case "per-step":
      return c.effect === "deduct" && c.cap === undefined;
    case "judgement":
      return c.effect === "deduct";
    case "zero-out":
    case "veto":
      return true;
    default:
      return false;
  }
}

/** The most the deduction clauses can take together. */
export function maxDeduction(clauses: readonly Clause[]): Decimal | "unbounded" {
  if (clauses.some(isOpenDeduction)) return "unbounded";
  return clauses.reduce((sum, c) => {
    if ((c.kind === "flat" || c.kind === "per-occurrence" || c.kind === "per-step") && c.effect === "deduct") {
      return sum.plus(c.kind === "flat" ? c.points : (c.cap ?? c.points));
    }
    return sum;
  }, ZERO);
}

/** The most the earning clauses (得…分, sub-requirements, bands, levels, ratio) can give together. */
export function maxAward(clauses: readonly Clause[]): Decimal {
  return clauses.reduce((sum, c) => {
    switch (c.kind) {
      case "flat":
        return c.effect === "award" ? sum.plus(c.points) : sum;
      case "sub-requirement":
        return sum.plus(c.points);
      case "bands":
        return sum.plus(Decimal.max(...c.bands.map((b) => b.points)));
      case "levels":
        return sum.plus(Decimal.max(...c.levels.map((l) => l.points)));
      default:
        return sum;
    }
  }, ZERO);
}

/** The most the bonus clauses can add: unbounded when one counts occurrences without a cap. */
export function maxBonus(clauses: readonly Clause[]): Decimal | "unbounded" {
  let sum = ZERO;
  for (const c of clauses) {
    if (!("effect" in c) || c.effect !== "bonus") continue;
    if (c.kind === "judgement") return "unbounded";
    if (c.kind === "flat") sum = sum.plus(c.points);
    else if (c.kind === "per-occurrence" || c.kind === "per-step" || c.kind === "by-level") {
      if (c.cap === undefined) return "unbounded";
      sum = sum.plus(c.cap);
    }
  }
  return sum;
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
  if (clauses.some((c) => c.kind === "ratio" || c.kind === "checklist" || (c.kind === "judgement" && c.effect !== "bonus"))) return true;
  const deduction = maxDeduction(clauses);
  if (deduction === "unbounded" || deduction.gte(points)) return true;
  return maxAward(clauses).gte(points);
}
