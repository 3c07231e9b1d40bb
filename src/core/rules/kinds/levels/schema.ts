import { z } from "zod/mini";
import { amount, text } from "../clause-base";

/** 学习一次0.8分, 两次以上1分: points by how many times something was done. */
export const levelsClause = z.strictObject({
  kind: z.literal("levels"),
  levels: z.array(z.strictObject({ atLeast: z.number().check(z.int(), z.nonnegative()), points: amount })).check(z.minLength(1)),
  text,
});
