import { z } from "zod";
import { amount, text } from "../clause-base";

/** 攀枝花: 完成目标分值70%以上不足100%得70%分数: a share of the points by the ratio achieved/target, in percent. */
export const ratioClause = z.strictObject({
  kind: z.literal("ratio"),
  /** The points the share is taken of, when not the whole item's (攀枝花: 市级 64, 省级 16). */
  points: amount.optional(),
  /** Which of a unit's targets the ratio measures (攀枝花 任务分配表: 市级 or 省级 采用任务). */
  target: z.enum(["city", "province"]).optional(),
  bands: z.array(z.strictObject({
    from: amount.optional(),
    fromInclusive: z.boolean(),
    to: amount.optional(),
    toInclusive: z.boolean(),
    /** Share of the item's points, as a fraction ("0.7"). */
    share: amount,
  })).min(1),
  text,
});
