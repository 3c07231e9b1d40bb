import { z } from "zod/mini";
import { amount, effect, text } from "../clause-base";

/** 国家级每项加4分，省级每项3分…: points per occurrence at each level. */
export const byLevelClause = z.strictObject({
  kind: z.literal("by-level"),
  effect,
  levels: z.array(z.strictObject({ level: z.string().check(z.minLength(1)), points: amount })).check(z.minLength(1)),
  cap: z.optional(amount),
  text,
});
