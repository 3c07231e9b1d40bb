import { z } from "zod";
import { amount, text } from "../clause-base";

/** One band of a rate, in percent; a missing edge is open. Edges are inclusive as the document writes them. */
export const band = z.strictObject({
  from: amount.optional(),
  fromInclusive: z.boolean(),
  to: amount.optional(),
  toInclusive: z.boolean(),
  points: amount,
});

/** 完成50%-40%得5分，40%-30%得4分 … 10%以下得0分 */
export const bandsClause = z.strictObject({
  kind: z.literal("bands"),
  bands: z.array(band).min(1),
  text,
});
