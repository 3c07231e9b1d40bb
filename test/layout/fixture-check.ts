// Checks a fixture against its own description, independently of the reader:
// every entry and data cell holds the value the description says was written, hidden
// item rows are hidden, and the entries cover what scoring must handle.
import { parseA1 } from "../../src/core/grid/a1";
import { cellValue } from "../../src/core/grid/sheet-grid";
import type { EntryIntent, FixtureDescription } from "../fixtures/describe/fixture-description";
import type { ReadFixture } from "./read-fixture";
import { sheetOf } from "./read-fixture";

/** Cells whose value in the workbook differs from the description ("Sheet!A1: wrote x, found y"). */
export function mismatchedCells(read: ReadFixture): string[] {
  const wrong: string[] = [];
  for (const s of read.description.sheets) {
    const grid = sheetOf(read, s.name);
    const hidden = new Set(grid.hiddenRows ?? []);
    for (const table of s.tables) {
      for (const item of table.items) {
        if (item.hidden !== hidden.has(item.row - 1)) wrong.push(`${s.name}!row ${item.row}: hidden should be ${item.hidden}`);
      }
      for (const unit of table.units) {
        for (const entry of unit.entries) {
          for (const cell of Object.values(entry.cells)) {
            const at = parseA1(cell.cell);
            const found = at === null ? undefined : cellValue(grid, at.row, at.col);
            if (found !== cell.value) wrong.push(`${s.name}!${cell.cell}: wrote ${String(cell.value)}, found ${String(found)}`);
          }
        }
      }
    }
  }
  for (const data of read.description.dataSheets) {
    const grid = sheetOf(read, data.name);
    for (const row of data.rows) {
      for (const [key, value] of Object.entries(row.values)) {
        const at = parseA1(`${data.columns[key] ?? "?"}${row.row}`);
        const found = at === null ? undefined : cellValue(grid, at.row, at.col);
        if (found !== (value === "" ? null : value)) wrong.push(`${data.name}!${data.columns[key] ?? "?"}${row.row}: wrote ${String(value)}, found ${String(found)}`);
      }
    }
  }
  return wrong;
}

export function intentsOf(description: FixtureDescription): Set<EntryIntent> {
  return new Set(description.sheets.flatMap((s) => s.tables.flatMap((t) => t.units.flatMap((u) => u.entries.map((e) => e.intent)))));
}
