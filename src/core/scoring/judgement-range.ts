import Decimal from "decimal.js";
import type { Clause } from "../rubric/clause-schema";

export interface JudgementRange {
  readonly min: Decimal;
  readonly max: Decimal;
  /** The clauses' words, for the message. */
  readonly text: string;
}

/**
 * The range an entry of one effect must fall in, when every clause of that
 * effect is a judgement with a range (视情况扣1至3分; 酌情给0-2分): from the
 * smallest minimum to the sum of the maxima. undefined when any clause of
 * the effect is something else, or has no range: then nothing is checked.
 */
export function judgementRange(clauses: readonly Clause[], effect: Effect): JudgementRange | undefined {
  // Every unit asks this of the same rubric items: each item's clauses are read once per effect.
  let known = RANGES.get(clauses);
  if (known === undefined) {
    known = new Map();
    RANGES.set(clauses, known);
  }
  if (known.has(effect)) return known.get(effect);
  const range = rangeOf(clauses, effect);
  known.set(effect, range);
  return range;
}

type Effect = "deduct" | "award" | "bonus";
const RANGES = new WeakMap<readonly Clause[], Map<Effect, JudgementRange | undefined>>();

function rangeOf(clauses: readonly Clause[], effect: Effect): JudgementRange | undefined {
  const mine = clauses.filter((c) => "effect" in c && c.effect === effect);
  if (mine.length === 0) return undefined;
  const ranged = mine.filter((c): c is Extract<Clause, { kind: "judgement" }> => c.kind === "judgement" && c.max !== undefined);
  if (ranged.length !== mine.length) return undefined;
  return {
    min: Decimal.min(...ranged.map((c) => c.min ?? "0")),
    max: ranged.reduce((sum, c) => sum.plus(c.max ?? "0"), new Decimal(0)),
    text: ranged.map((c) => c.text).join("；"),
  };
}

/** An entry outside the range; 0 (nothing taken or given) is always allowed. */
export function outsideRange(value: Decimal, range: JudgementRange): boolean {
  return !value.isZero() && (value.lt(range.min) || value.gt(range.max));
}
