import { toA1 } from "../grid/a1";
import type { MergeIndex } from "../grid/merge-index";
import { mergeIndexOf } from "../grid/merge-index";
import type { SheetGrid } from "../grid/sheet-grid";
import { cellValue } from "../grid/sheet-grid";
import { numberFormatAt } from "../grid/number-format";
import type { Displayed, Entry } from "../text/parse-entry";
import { cellText } from "../text/cell-text";
import { parseEntry } from "../text/parse-entry";
import type { ScoresheetTable } from "./scoresheet";

export interface AnswerCell {
  readonly text: string;
  readonly cell: string;
  /** A date, time, percent or TRUE/FALSE in the answer cell: not a 是/否 (parse-entry.ts). */
  readonly displayed?: Displayed;
}

export interface EntryCell {
  readonly entry: Entry;
  /** A1 address of the cell the entry was read from. */
  readonly cell: string;
}

/** What the assessor entered on one item row, and where. */
export interface RowEntries {
  readonly deduction?: EntryCell;
  readonly bonus?: EntryCell;
  /** The 得分 cell when the table has no 扣分/加分 columns: the typed score is the entry. */
  readonly typedScore?: EntryCell;
  /** 实施情况: a checklist's 是/否 answer (2013). */
  readonly answer?: AnswerCell;
  /** 自评分 beside a typed 考核分: checked, and every difference listed. */
  readonly selfScore?: EntryCell;
  /** Entry or output cells merged over several item rows: which item they belong to is ambiguous. */
  readonly merged?: readonly { readonly cell: string; readonly role: "entry" | "output"; readonly rows: string }[];
  /** Where Kaohe writes the computed 得分, when it computes it. */
  readonly outputCell?: string;
}

/**
 * Tables with 扣分/加分 columns have their 得分 computed; tables without
 * them have their 得分 typed by the assessor (DESIGN.md §3).
 */
export function computesScores(table: ScoresheetTable): boolean {
  return table.columns.deduction !== undefined || table.columns.bonus !== undefined;
}

function entryAt(sheet: SheetGrid, row: number, col: number | undefined): EntryCell | undefined {
  if (col === undefined) return undefined;
  const cell = toA1(row, col);
  const value = cellValue(sheet, row, col);
  // Only a number has a format that changes what it means (SheetGrid.numberFormats).
  return { entry: parseEntry(value, typeof value === "number" ? sheet.numberFormats?.[cell] : undefined), cell };
}

/** A cell merged over more than one row: the top row reads it (and is told), the rows below it do not. */
function mergedOver(merges: MergeIndex, row: number, col: number | undefined): { top: boolean; rows: string } | undefined {
  if (col === undefined) return undefined;
  const area = merges.areaAt(row, col);
  if (!area || area.bottom === area.top) return undefined;
  return { top: area.top === row, rows: `${area.top + 1}-${area.bottom + 1}` };
}

export function readRowEntries(sheet: SheetGrid, table: ScoresheetTable, row: number): RowEntries {
  const { deduction, bonus, score, implementation, selfScore } = table.columns;
  const entries: { -readonly [K in keyof RowEntries]: RowEntries[K] } = {};
  const merges = mergeIndexOf(sheet);
  const merged: { cell: string; role: "entry" | "output"; rows: string }[] = [];
  const computed = computesScores(table);
  const entryMerged = (col: number | undefined): void => {
    const over = col === undefined ? undefined : mergedOver(merges, row, col);
    if (over?.top && col !== undefined) merged.push({ cell: toA1(row, col), role: "entry", rows: over.rows });
  };
  entryMerged(deduction);
  entryMerged(bonus);
  if (!computed) entryMerged(score);
  const d = entryAt(sheet, row, deduction);
  const b = entryAt(sheet, row, bonus);
  if (d) entries.deduction = d;
  if (implementation !== undefined) {
    const value = cellValue(sheet, row, implementation);
    const parsed = typeof value === "string" ? undefined : parseEntry(value, numberFormatAt(sheet, row, implementation));
    const displayed = parsed?.kind === "number" || parsed?.kind === "invalid" ? parsed.displayed : undefined;
    entries.answer = { text: cellText(value).trim(), cell: toA1(row, implementation), ...(displayed ? { displayed } : {}) };
  }
  const self = entryAt(sheet, row, selfScore);
  if (self && score !== undefined && !computed) entries.selfScore = self;
  if (b) entries.bonus = b;
  if (computed) {
    // A 得分 cell merged over several items holds only its top item's score; the items below it get none.
    const over = mergedOver(merges, row, score);
    if (score !== undefined && over && !over.top) merged.push({ cell: toA1(row, score), role: "output", rows: over.rows });
    else if (score !== undefined) entries.outputCell = toA1(row, score);
  } else {
    const typed = entryAt(sheet, row, score);
    if (typed) entries.typedScore = typed;
  }
  if (merged.length > 0) entries.merged = merged;
  return entries;
}
