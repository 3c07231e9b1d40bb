import { z } from "zod/mini";

/** The zod pieces every clause kind's schema is made of (DESIGN.md §2 Clause). */
export const amount = z.string().check(z.regex(/^\d+(\.\d+)?$/, 'a non-negative decimal string such as "2" or "0.5"'));

/** deduct: taken from the item's points; award: earned towards them (得0.5分); bonus: added on top (加分). */
export const effect = z.enum(["deduct", "award", "bonus"]);

/** The exact words of the rule text a clause stands for, so a reader can check the reading against the document. */
export const text = z.string().check(z.minLength(1));
