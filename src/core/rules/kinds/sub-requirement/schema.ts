import { z } from "zod/mini";
import { amount, text } from "../clause-base";

/** "1.答复时限…(1分)": a part of the item worth its own points. */
export const subRequirementClause = z.strictObject({
  kind: z.literal("sub-requirement"),
  label: z.string().check(z.minLength(1)),
  points: amount,
  /** (1分/项): the points are per item of a list rather than for the whole. */
  perItem: z.optional(z.boolean()),
  text,
});
