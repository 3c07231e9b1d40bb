import type { CellValue, WorkbookGrid } from "../core";
import { cellText } from "../core/text/cell-text";
import type { HiddenTableWrite } from "./port";

const rowText = (row: readonly CellValue[]): string[] => {
  const cells = row.map((v) => cellText(v ?? null));
  while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
  return cells;
};

/** The table's rows as text, trailing blank cells and rows dropped. */
function tableText(rows: readonly (readonly CellValue[])[]): string {
  const text = rows.map(rowText);
  while (text.length > 0 && text[text.length - 1]?.length === 0) text.pop();
  return JSON.stringify(text);
}

/**
 * The hidden-table writes that change something: a table already holding
 * these rows (or absent and with nothing to hold) is left alone, so running
 * an action again writes nothing it wrote before — and a host that keeps
 * an emptied very hidden sheet (it cannot delete one) is not rewritten on
 * every run.
 */
export function changedTables(grid: WorkbookGrid, tables: readonly HiddenTableWrite[]): HiddenTableWrite[] {
  return tables.filter((table) => {
    const sheet = grid.sheets.find((s) => s.name === table.name);
    if (!sheet) return table.rows.length > 1;
    return tableText(sheet.values) !== tableText(table.rows);
  });
}
