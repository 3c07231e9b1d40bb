import { z } from "zod/mini";
import { amount, text } from "../clause-base";

/** One band of a rate, in percent; a missing edge is open. Edges are inclusive as the document writes them. */
export const band = z.strictObject({
  from: z.optional(amount),
  fromInclusive: z.boolean(),
  to: z.optional(amount),
  toInclusive: z.boolean(),
  points: amount,
});

/** 完成50%-40%得5分，40%-30%得4分 … 10%以下得0分 */
export const bandsClause = z.strictObject({
  kind: z.literal("bands"),
  bands: z.array(band).check(z.minLength(1)),
  text,
});
