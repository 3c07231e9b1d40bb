import type { CellValue, SheetGrid } from "../grid/sheet-grid";
import { cellText } from "../text/cell-text";

/**
 * Kaohe's record of the cells it wrote, kept in a hidden sheet of the
 * workbook itself so it travels with the file: a cell whose value still
 * equals what Kaohe wrote is Kaohe's to rewrite; anything else is the
 * user's. The previous value of each cell is kept for 撤销上次计算.
 */
export const LEDGER_SHEET = "_kaohe";
/** Where the add-in keeps what it marked (fills, notes), so 清除标记 removes exactly that. */
export const MARKS_SHEET = "_kaohe_marks";
/** The ranked summary sheet 生成汇总 writes; Kaohe's own, never a scoresheet. */
export const SUMMARY_SHEET = "汇总";
/** Kaohe's very hidden settings sheet: the stored rubric choice, as cell text (see choice/stored-choice.ts). */
export const SETTINGS_SHEET = "_kaohe_settings";
export const LEDGER_HEADER = ["sheet", "cell", "written", "previous"] as const;

/** Sheets Kaohe made itself are never scoresheets. */
export function isOwnSheet(name: string): boolean {
  return name === LEDGER_SHEET || name === MARKS_SHEET || name === SUMMARY_SHEET || name === SETTINGS_SHEET;
}

export interface LedgerEntry {
  readonly sheet: string;
  readonly cell: string;
  /** What Kaohe wrote, as text (a decimal string for scores). */
  readonly written: string;
  /** The cell's value before Kaohe's last write, as text ("" when empty). */
  readonly previous: string;
}

export type Ledger = ReadonlyMap<string, LedgerEntry>;

export function ledgerKey(sheet: string, cell: string): string {
  return `${sheet}!${cell}`;
}

export function readLedger(sheet: SheetGrid | undefined): Ledger {
  const ledger = new Map<string, LedgerEntry>();
  if (!sheet) return ledger;
  for (const row of sheet.values.slice(1)) {
    const [name, cell, written, previous] = row.map((v) => cellText(v ?? null));
    if (!name || !cell) continue;
    ledger.set(ledgerKey(name, cell), { sheet: name, cell, written: written ?? "", previous: previous ?? "" });
  }
  return ledger;
}

/** The ledger as the rows of its sheet, header first. */
export function ledgerRows(entries: Iterable<LedgerEntry>): CellValue[][] {
  const rows: CellValue[][] = [[...LEDGER_HEADER]];
  for (const e of entries) rows.push([e.sheet, e.cell, e.written, e.previous]);
  return rows;
}
