import type ExcelJS from "exceljs";
import type { CellWrite, LedgerEntry } from "../../core";
import { LEDGER_SHEET, ledgerRows } from "../../core";

/**
 * Puts the core's planned writes into the workbook: values only, so every
 * style, merge and other cell stays as it was; and the ownership ledger into
 * its hidden sheet, rewritten whole each run.
 */
export function applyWrites(workbook: ExcelJS.Workbook, writes: readonly CellWrite[], ledger: readonly LedgerEntry[]): void {
  for (const write of writes) {
    const sheet = workbook.getWorksheet(write.sheet);
    if (sheet) sheet.getCell(write.cell).value = write.value;
  }
  const existing = workbook.getWorksheet(LEDGER_SHEET);
  if (existing) workbook.removeWorksheet(existing.id);
  if (ledger.length === 0) return;
  const sheet = workbook.addWorksheet(LEDGER_SHEET, { state: "veryHidden" });
  for (const row of ledgerRows(ledger)) sheet.addRow(row);
}
