import { z } from "zod/mini";
import { text } from "../clause-base";

/** 一票否决: what it does is the rubric's (policies). */
export const vetoClause = z.strictObject({ kind: z.literal("veto"), text });
