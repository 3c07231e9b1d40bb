import { z } from "zod/mini";
import { amount, effect, text } from "../clause-base";

/** 存在下列情形之一的扣1分: one amount however many of the listed cases occur. */
export const anyOfClause = z.strictObject({
  kind: z.literal("any-of"),
  effect,
  points: amount,
  /** The cases listed, in the document's words, when the text lists them after the clause. */
  cases: z.optional(z.array(z.string().check(z.minLength(1)))),
  text,
});
