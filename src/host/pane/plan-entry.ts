import type Decimal from "decimal.js";
import type { FormResult } from "../../core/entry-form/entry-form";
import { NOTE_PREFIX } from "../marks/mark-style";
import type { EntryTarget } from "./locate-entry";

/** Starts the line the 录入 form keeps in a cell's note when the table has no 扣分说明 column. */
export const REASON_PREFIX = "扣分说明：";

/** What planEntry needs of a filled form: the core's evaluation (evaluateEntryForm). */
export type FormOutcome = Pick<FormResult, "amounts" | "reason" | "deducts" | "adds" | "awards">;

export interface EntryWrite {
  readonly sheet: string;
  /** "" clears the cell: a blank entry means no deduction. */
  readonly cells: readonly { readonly cell: string; readonly value: number | string }[];
  /** The reason as a note on this cell, when the table has no 扣分说明 column. */
  readonly note?: { readonly cell: string; readonly reason: string };
}

export type EntryProblem = "NO_DEDUCTION_COLUMN" | "NO_BONUS_COLUMN" | "NO_POINTS" | "NO_ENTRY_COLUMN";

const entryValue = (amount: Decimal): number | string => (amount.isZero() ? "" : amount.toNumber());

/**
 * Which cells a filled form writes: 扣分 and 加分 (or, where the typed score
 * is the entry, 得分 = points − deduction + bonus), and the reason in the
 * 扣分说明 column, else in a note on the first cell written.
 */
export function planEntry(target: EntryTarget, outcome: FormOutcome): EntryWrite | { readonly problem: EntryProblem } {
  const { cells } = target;
  const amounts = outcome.amounts;
  const writes: { cell: string; value: number | string }[] = [];
  if (target.mode === "typed-score") {
    if (cells.score === undefined) return { problem: "NO_ENTRY_COLUMN" };
    if (amounts.score === null) return { problem: "NO_POINTS" };
    writes.push({ cell: cells.score, value: amounts.score.toNumber() });
  } else {
    if (outcome.deducts || outcome.awards || !amounts.deduction.isZero()) {
      if (cells.deduction === undefined) {
        if (!amounts.deduction.isZero()) return { problem: "NO_DEDUCTION_COLUMN" };
      } else writes.push({ cell: cells.deduction, value: entryValue(amounts.deduction) });
    }
    if (outcome.adds || !amounts.bonus.isZero()) {
      if (cells.bonus === undefined) {
        if (!amounts.bonus.isZero()) return { problem: "NO_BONUS_COLUMN" };
      } else writes.push({ cell: cells.bonus, value: entryValue(amounts.bonus) });
    }
    if (writes.length === 0) return { problem: "NO_ENTRY_COLUMN" };
  }
  if (cells.reason !== undefined) return { sheet: target.sheet, cells: [...writes, { cell: cells.reason, value: outcome.reason }] };
  const first = writes[0];
  return first ? { sheet: target.sheet, cells: writes, note: { cell: first.cell, reason: outcome.reason } } : { problem: "NO_ENTRY_COLUMN" };
}

/**
 * A note's text with the reason in it: the user's own lines kept, an older
 * reason and Kaohe's mark text replaced. null: no note is left.
 */
export function noteWithReason(existing: string | null, reason: string): string | null {
  const kept = (existing ?? "").split(/\r?\n/).filter((line) => line.trim() !== "" && !line.startsWith(REASON_PREFIX) && !line.startsWith(NOTE_PREFIX));
  if (reason !== "") kept.push(`${REASON_PREFIX}${reason}`);
  return kept.length > 0 ? kept.join("\n") : null;
}
