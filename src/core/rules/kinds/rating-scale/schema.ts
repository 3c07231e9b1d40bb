import { z } from "zod/mini";
import { amount, text } from "../clause-base";

/** One listed outcome: the words that select it and its points, or `full` for the item's own points (得满分). */
export const ratingOption = z.union([
  z.strictObject({ when: z.string().check(z.minLength(1)), points: amount }),
  z.strictObject({ when: z.string().check(z.minLength(1)), full: z.literal(true) }),
]);

/**
 * 优秀得10分，良好得8分，合格得6分，不合格得0分 / 排名前5名的得满分，6-10名得4分 /
 * 超过1个月未更新的扣1分，超过3个月未更新的扣3分: tiers, exactly one of which
 * applies. award: the item scores one of the listed points; deduct: one of the
 * listed amounts is taken (or none, when no tier is met; `full`: the item's
 * whole points, 迟报3次以上不得分) — never their sum; bonus: one of the listed
 * amounts is added (排名前三名的加3分，4-6名加2分…).
 */
export const ratingScaleClause = z.strictObject({
  kind: z.literal("rating-scale"),
  effect: z.enum(["award", "deduct", "bonus"]),
  options: z.array(ratingOption).check(z.minLength(2)),
  text,
});
