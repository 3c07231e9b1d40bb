import { z } from "zod/mini";
import { amount, effect, text } from "../clause-base";

/**
 * 根据实际情况进行扣分, 加分酌情而定: the assessor's entry is taken as given,
 * within the caps. With a range (视情况扣1至3分, 酌情给0-2分, 在3分以内酌情扣分,
 * 扣0.5—2分) the entry is checked against `min`…`max`; `min` absent is 0.
 */
export const judgementClause = z.strictObject({ kind: z.literal("judgement"), effect, min: z.optional(amount), max: z.optional(amount), text });
