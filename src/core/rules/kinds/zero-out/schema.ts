import { z } from "zod/mini";
import { text } from "../clause-base";

/** 不得分 / 此项不得分: the item scores 0 when the condition holds. */
export const zeroOutClause = z.strictObject({ kind: z.literal("zero-out"), text });
