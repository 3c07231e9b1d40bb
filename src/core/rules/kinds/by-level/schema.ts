import { z } from "zod";
import { amount, effect, text } from "../clause-base";

/** 国家级每项加4分，省级每项3分…: points per occurrence at each level. */
export const byLevelClause = z.strictObject({
  kind: z.literal("by-level"),
  effect,
  levels: z.array(z.strictObject({ level: z.string().min(1), points: amount })).min(1),
  cap: amount.optional(),
  text,
});
