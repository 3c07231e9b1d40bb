import Decimal from "decimal.js";
import { NOTE_PREFIX } from "../../host/marks/mark-style";
import type { EntryTarget } from "./locate-entry";

/** Starts the line the 录入 form keeps in a cell's note when the table has no 扣分说明 column. */
export const REASON_PREFIX = "扣分说明：";

/** What a filled form comes to, as the core's evaluateEntryForm gives it. */
export interface FormOutcome {
  readonly deduction: Decimal;
  readonly bonus: Decimal;
  readonly reason: string;
  /** Whether the form has fields that deduct / that add (a form of bonus lines leaves 扣分 alone). */
  readonly deducts: boolean;
  readonly adds: boolean;
  /** Points earned by 得…分 clauses (三河: 有检查、整改记录，得0.5分), when the form has any. */
  readonly awarded?: Decimal;
}

export interface EntryAmounts {
  readonly deduction: Decimal;
  readonly bonus: Decimal;
  /** Where the typed score is the entry: what goes in 得分. */
  readonly score: Decimal | null;
}

/**
 * The amounts a form writes. A form of 得…分 clauses earns points rather
 * than losing them: the item scores what was earned (at most its points),
 * so the deduction is what was not earned.
 */
export function entryAmounts(target: EntryTarget, outcome: FormOutcome): EntryAmounts {
  const { item } = target;
  const points = item.points === null ? null : new Decimal(item.points);
  let deduction = outcome.deduction;
  if (outcome.awarded !== undefined && points !== null) {
    deduction = deduction.plus(points.minus(Decimal.min(points, outcome.awarded)));
    const cap = item.deductionCap ?? item.points;
    if (cap !== null) deduction = Decimal.min(deduction, cap);
  }
  const score = points === null ? null : points.minus(deduction).plus(outcome.bonus);
  return { deduction, bonus: outcome.bonus, score };
}

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
  const amounts = entryAmounts(target, outcome);
  const writes: { cell: string; value: number | string }[] = [];
  if (target.mode === "typed-score") {
    if (cells.score === undefined) return { problem: "NO_ENTRY_COLUMN" };
    if (amounts.score === null) return { problem: "NO_POINTS" };
    writes.push({ cell: cells.score, value: amounts.score.toNumber() });
  } else {
    if (outcome.deducts || outcome.awarded !== undefined || !amounts.deduction.isZero()) {
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
