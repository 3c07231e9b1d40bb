import { z } from "zod/mini";
import { amount, effect, text } from "../clause-base";

/** 未纳入综合考评的扣1分 / 加2分 / 有检查、整改记录，得0.5分 */
export const flatClause = z.strictObject({
  kind: z.literal("flat"),
  effect,
  points: amount,
  text,
});
