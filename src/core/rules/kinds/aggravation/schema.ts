import { z } from "zod/mini";
import { amount, effect, text } from "../clause-base";

/**
 * 经督促仍未整改的，再扣2分: taken only on top of the clause it aggravates —
 * `aggravates` is that clause's index in the item's clauses (the one before
 * it, as printed).
 */
export const aggravationClause = z.strictObject({
  kind: z.literal("aggravation"),
  effect,
  points: amount,
  aggravates: z.number().check(z.int(), z.nonnegative()),
  text,
});
