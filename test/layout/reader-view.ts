// The reader's result in the TableView shape. This file is the one place that
// knows the reader's API. An assessor's matrix (units per column) comes back
// as one table per unit sharing the same header row; they are one TableView here.
import { toA1 } from "../../src/core/grid/a1";
import type { SheetGrid } from "../../src/core";
import { readRowEntries } from "../../src/core/layout/read-entries";
import type { SheetReading } from "../../src/core/layout/read-scoresheets";
import type { ScoresheetTable } from "../../src/core/layout/scoresheet";
import type { PointsCell } from "../../src/core/text/parse-points";
import type { EntryRole } from "../fixtures/describe/fixture-description";
import { comparableLabel } from "../fixtures/describe/expected-items";
import type { TableView, UnitView } from "./table-view";

function pointsText(points: PointsCell): string {
  switch (points.kind) {
    case "points":
      return points.points.toString();
    case "none":
      return "none";
    case "blank":
      return "";
    case "text":
      return `text:${points.text}`;
  }
}

function cellsOf(sheet: SheetGrid, table: ScoresheetTable, row: number): Partial<Record<EntryRole, string>> {
  const entries = readRowEntries(sheet, table, row);
  const cells: Partial<Record<EntryRole, string>> = {};
  if (entries.deduction) cells.deduction = entries.deduction.cell;
  if (entries.bonus) cells.bonus = entries.bonus.cell;
  const score = entries.typedScore?.cell ?? entries.outputCell;
  if (score !== undefined) cells.score = score;
  const { selfScore, implementation } = table.columns;
  if (selfScore !== undefined) cells.selfScore = toA1(row, selfScore);
  if (implementation !== undefined) cells.implementation = toA1(row, implementation);
  return cells;
}

/** One unit of a table: its name (a "被考核单位：" cell, a matrix column's header, else the sheet name) and its cells. */
function unitOf(sheet: SheetGrid, table: ScoresheetTable): UnitView {
  const cells = Object.fromEntries(table.items.map((item) => [item.row + 1, cellsOf(sheet, table, item.row)]));
  return { name: table.unit, cells };
}

export function readerView(sheet: SheetGrid, reading: SheetReading): TableView[] {
  const views: { firstRow: number; view: TableView }[] = [];
  for (const table of reading.tables) {
    const same = views.find((v) => v.firstRow === table.firstRow);
    if (same) {
      (same.view.units as UnitView[]).push(unitOf(sheet, table));
      continue;
    }
    views.push({
      firstRow: table.firstRow,
      view: {
        headerRows: table.headerRows.map((r) => r + 1),
        items: table.items.map((item) => ({ row: item.row + 1, path: item.path.map(comparableLabel), points: pointsText(item.points) })),
        units: [unitOf(sheet, table)],
      },
    });
  }
  return views.map((v) => v.view);
}
