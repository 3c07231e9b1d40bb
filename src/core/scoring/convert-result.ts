import Decimal from "decimal.js";
import type { Rubric } from "../rubric/rubric-schema";
import { roundResult } from "./rounding";

const ZERO = new Decimal(0);

export interface ResultRange {
  readonly min: Decimal;
  readonly max: Decimal | null;
}

/**
 * A raw total turned into the result the rubric reports (DESIGN.md §2):
 * none: the raw total, not below 0; percentage: raw / applicable max × 100
 * (三河); deduction-scale: what the unit loses out of maxDeduction (攀枝花
 * 考核结果按最多扣2分进行折算), a value in [−maxDeduction, 0]; points-scale:
 * raw / max × maxPoints (攀枝花 市级 满分3分).
 */
export function convertResult(raw: Decimal, max: Decimal, applicableMax: Decimal, result: Rubric["result"]): Decimal {
  const bounded = (value: Decimal, range: ResultRange): Decimal => {
    const low = Decimal.max(value, range.min);
    return range.max === null ? low : Decimal.min(low, range.max);
  };
  switch (result?.kind ?? "none") {
    case "none":
      return bounded(raw, resultRange(result));
    case "percentage":
      return applicableMax.isZero() ? ZERO : bounded(roundResult(raw.div(applicableMax).times(100)), resultRange(result));
    case "deduction-scale": {
      if (max.isZero() || result?.kind !== "deduction-scale") return ZERO;
      const lost = Decimal.max(max.minus(raw), ZERO).div(max).times(result.maxDeduction);
      return bounded(roundResult(lost.negated()), resultRange(result));
    }
    case "points-scale":
      if (max.isZero() || result?.kind !== "points-scale") return ZERO;
      return bounded(roundResult(raw.div(max).times(result.maxPoints)), resultRange(result));
  }
}

/** The bounds of a converted result, also used when a veto takes points off it. */
export function resultRange(result: Rubric["result"]): ResultRange {
  switch (result?.kind ?? "none") {
    case "deduction-scale":
      return { min: result?.kind === "deduction-scale" ? new Decimal(result.maxDeduction).negated() : ZERO, max: ZERO };
    case "points-scale":
      return { min: ZERO, max: result?.kind === "points-scale" ? new Decimal(result.maxPoints) : null };
    default:
      return { min: ZERO, max: null };
  }
}
