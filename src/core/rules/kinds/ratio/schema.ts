import { z } from "zod/mini";
import { amount, text } from "../clause-base";

/** 攀枝花: 完成目标分值70%以上不足100%得70%分数: a share of the points by the ratio achieved/target, in percent. */
export const ratioClause = z.strictObject({
  kind: z.literal("ratio"),
  /** The points the share is taken of, when not the whole item's (攀枝花: 市级 64, 省级 16). */
  points: z.optional(amount),
  /** Which of a unit's targets the ratio measures (攀枝花 任务分配表: 市级 or 省级 采用任务). */
  target: z.optional(z.enum(["city", "province"])),
  bands: z.array(z.strictObject({
    from: z.optional(amount),
    fromInclusive: z.boolean(),
    to: z.optional(amount),
    toInclusive: z.boolean(),
    /** Share of the item's points, as a fraction ("0.7"). */
    share: amount,
  })).check(z.minLength(1)),
  text,
});
