import { z } from "zod/mini";
import { text } from "../clause-base";

/** 2013 checklists: a 是/否 question answered in 实施情况. */
export const checklistClause = z.strictObject({ kind: z.literal("checklist"), text });
