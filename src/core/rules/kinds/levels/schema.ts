import { z } from "zod";
import { amount, text } from "../clause-base";

/** 学习一次0.8分, 两次以上1分: points by how many times something was done. */
export const levelsClause = z.strictObject({
  kind: z.literal("levels"),
  levels: z.array(z.strictObject({ atLeast: z.number().int().nonnegative(), points: amount })).min(1),
  text,
});
