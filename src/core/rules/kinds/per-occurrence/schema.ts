import { z } from "zod/mini";
import { amount, effect, text } from "../clause-base";

/**
 * 每少一项扣0.5分, 发现一件扣1分, 每次加1分, 每超期一次扣0.2分 — with its own
 * cap when the text gives one (每有一项创新做法加1分，最高不超过3分).
 */
export const perOccurrenceClause = z.strictObject({
  kind: z.literal("per-occurrence"),
  effect,
  points: amount,
  /** What is counted: 项, 件, 次, 处, 条, 例, 宗, 篇, 批次, 人次, 个月, 季度, 工作日… */
  per: z.string().check(z.minLength(1)),
  cap: z.optional(amount),
  /**
   * 出现一次扣2分，每增加一次扣1分: the first occurrence takes `first`, each
   * one after it `points` (the count follows the first occurrence).
   */
  first: z.optional(amount),
  text,
});
