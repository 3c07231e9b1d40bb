import { z } from "zod/mini";
import { amount, text } from "../clause-base";

/**
 * 有…的得5分，没有的扣1分: present earns `points`; absent takes `deduct` —
 * the most the item can lose. `deduct` absent: absence takes everything
 * (没有的不得分).
 */
export const presenceClause = z.strictObject({
  kind: z.literal("presence"),
  points: amount,
  deduct: z.optional(amount),
  text,
});
