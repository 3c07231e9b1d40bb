import { z } from "zod/mini";
import { amount, effect, text } from "../clause-base";

/**
 * 每降低10个百分点扣2分, 每少一个百分点扣0.5分: points per `step` of a
 * percentage shortfall. A rate step (每低于目标5个百分点扣0.5分; bonus:
 * 每超出目标10%加0.5分) names the `target` it is measured from, in percent,
 * when the text gives it as a number, and its `direction`: below (a
 * shortfall, the default) or above (an excess).
 */
export const perStepClause = z.strictObject({
  kind: z.literal("per-step"),
  effect,
  step: amount,
  points: amount,
  cap: z.optional(amount),
  target: z.optional(amount),
  direction: z.optional(z.enum(["below", "above"])),
  text,
});
