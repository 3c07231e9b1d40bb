import type { CellValue, LedgerEntry, WorkbookGrid } from "../core";
import { LEDGER_SHEET, parseA1, readLedger } from "../core";
import type { CellItem } from "./cell-runs";

export interface UndoSummary {
  /** Cells put back to what they held before Kaohe first wrote them. */
  readonly restored: number;
  /** Cells the user changed after Kaohe wrote them: theirs now, left as they are. */
  readonly changedByUser: number;
  /** Cells on protected sheets: not restored, still Kaohe's in the ledger. */
  readonly protectedKept: number;
}

export interface UndoPlan {
  readonly restores: readonly CellItem<string>[];
  /** The ledger after the undo. */
  readonly ledger: readonly LedgerEntry[];
  readonly ledgerExists: boolean;
  readonly summary: UndoSummary;
}

/** Whether a cell still holds what Kaohe wrote (a number, or the same number typed as text). */
function holdsWritten(current: CellValue, written: string): boolean {
  if (written === "" || current === null || typeof current === "boolean") return false;
  const number = typeof current === "number" ? current : current.trim() === "" ? NaN : Number(current);
  return number === Number(written);
}

/**
 * 撤销上次计算 over the workbook as read: every cell in the ledger that
 * still holds Kaohe's value gets back its `previous` (the value before
 * Kaohe first wrote it, kept by the core across reruns); a cell the user
 * has changed since is theirs and stays; a protected sheet keeps its cells
 * and their ledger entries for later. What is restored leaves the ledger,
 * so the next 重新计算 finds empty cells and writes them afresh.
 */
export function planUndo(grid: WorkbookGrid, protectedSheets: ReadonlySet<string>): UndoPlan {
  const ledgerSheet = grid.sheets.find((s) => s.name === LEDGER_SHEET);
  const sheets = new Map(grid.sheets.map((s) => [s.name, s]));
  const restores: CellItem<string>[] = [];
  const kept: LedgerEntry[] = [];
  let changedByUser = 0;
  for (const entry of readLedger(ledgerSheet).values()) {
    const sheet = sheets.get(entry.sheet);
    const pos = parseA1(entry.cell);
    if (!sheet || !pos) continue; // the sheet is gone: nothing to restore, nothing to own
    if (protectedSheets.has(entry.sheet)) {
      kept.push(entry);
      continue;
    }
    const current = sheet.values[pos.row]?.[pos.col] ?? null;
    if (sheet.formulas?.[entry.cell] === undefined && holdsWritten(current, entry.written)) {
      restores.push({ sheet: entry.sheet, cell: entry.cell, value: entry.previous });
    } else {
      changedByUser++;
    }
  }
  return {
    restores,
    ledger: kept,
    ledgerExists: ledgerSheet !== undefined,
    summary: { restored: restores.length, changedByUser, protectedKept: kept.length },
  };
}
