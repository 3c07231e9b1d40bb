import { z } from "zod/mini";
import { amount, effect, text } from "../clause-base";

/**
 * 回复率低于95%的扣1分、低于90%的扣2分: a rate against thresholds; the
 * furthest threshold passed gives the amount (not their sum). `below`: the
 * rate is under the edge (低于, 不足, 未达到); `above`: over it (高于, 超过).
 * `inclusive`: the edge itself triggers (95%以下, 不高于).
 */
export const rateTriggerClause = z.strictObject({
  kind: z.literal("rate-trigger"),
  effect,
  /** What is measured, in the document's words (回复率, 按时办结率); absent when unnamed. */
  measure: z.optional(z.string().check(z.minLength(1))),
  thresholds: z
    .array(z.strictObject({ direction: z.enum(["below", "above"]), edge: amount, inclusive: z.boolean(), points: amount }))
    .check(z.minLength(1)),
  text,
});
