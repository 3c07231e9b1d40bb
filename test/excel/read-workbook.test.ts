// Contract: the Excel adapter and the CLI hand the core the same grid for
// the same workbook — values, merges, formulas — so a sheet scores alike
// in Excel and in batch.
import ExcelJS from "exceljs";
import { workbookToGrid } from "../../src/cli/xlsx/read-workbook";
import type { CellValue, SheetGrid, WorkbookGrid } from "../../src/core";
import { scoreWorkbook } from "../../src/core";
import { READ_FIXED_SYNCS, readWorkbook } from "../../src/excel/read-workbook";
import { documentFromExcelJs, newContext } from "../../src/preview/fake-excel";
import { sheetOf, yueyangExample } from "./helpers";

/**
 * Only what legitimately differs between the two readers:
 * - "" → null, on the CLI's side only: Excel has no empty-string cell
 *   (Range.values gives "" for every empty cell, which the adapter must
 *   turn into null), while exceljs keeps the "" the fixture wrote;
 * - trailing nulls and empty rows: Excel pads each row to the used range,
 *   whose size also counts formatted cells; exceljs rows end at their last value;
 * - merge order: each reader lists the areas in its own order;
 * - hiddenRows: only the CLI reads them and the core does not use them;
 *   `expectNoHiddenRows` checks the fixtures have none, so nothing is lost.
 */
function normalise(grid: WorkbookGrid, side: "excel" | "cli"): unknown {
  return grid.sheets.map((s) => {
    const values = s.values.map((row) => {
      const cells = row.map((v): CellValue => (v === "" && side === "cli" ? null : v));
      while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
      return cells;
    });
    while (values.length > 0 && values[values.length - 1]?.length === 0) values.pop();
    const merges = [...s.merges].sort((a, b) => a.top - b.top || a.left - b.left);
    return { name: s.name, values, formulas: s.formulas ?? {}, numberFormats: s.numberFormats ?? {}, merges };
  });
}

function expectNoHiddenRows(grid: WorkbookGrid): void {
  for (const s of grid.sheets) expect(s.hiddenRows ?? []).toEqual([]);
}

async function readThroughFake(workbook: ExcelJS.Workbook, merges = true, apiVersion = 17) {
  const doc = documentFromExcelJs(workbook);
  doc.apiVersion = apiVersion;
  const { fake, context } = newContext(doc);
  const read = await readWorkbook(context, merges);
  return { read, fake, doc };
}

function sheet(grid: WorkbookGrid, name: string): SheetGrid {
  const found = grid.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** A copy of `source` placed `rows` down and `cols` right: a table that does not start at A1. */
function shifted(source: ExcelJS.Worksheet, rows: number, cols: number): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const target = workbook.addWorksheet(source.name);
  source.eachRow({ includeEmpty: true }, (row, r) =>
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const copy = target.getCell(r + rows, c + cols);
      if (!(cell.isMerged && cell.master !== cell)) copy.value = cell.value;
      copy.style = cell.style;
    }),
  );
  for (const ref of source.model.merges ?? []) {
    const [a = "", b = a] = ref.split(":");
    const from = source.getCell(a);
    const to = source.getCell(b);
    target.mergeCells(Number(from.row) + rows, Number(from.col) + cols, Number(to.row) + rows, Number(to.col) + cols);
  }
  return workbook;
}

test("the 岳阳 example: the same grid as the CLI's, merges included", async () => {
  const { workbook } = yueyangExample();
  const cli = workbookToGrid(workbook);
  const { read, fake } = await readThroughFake(workbook);
  expectNoHiddenRows(cli);
  expect(normalise(read.grid, "excel")).toEqual(normalise(cli, "cli"));
  expect(read.grid.sheets.map((s) => s.merges.length)).toEqual([37, 37, 37]);
  expect(read.protectedSheets.size).toBe(0);
  // List, extents (with protection and merges), then the cells: one chunk here.
  expect([read.chunks, fake.syncCount]).toEqual([1, READ_FIXED_SYNCS + 1]);
});

test("formulas reach the core without '=', beside their cached values", async () => {
  const { workbook } = yueyangExample((wb) => {
    const ws = wb.getWorksheet("岳阳县");
    if (!ws) throw new Error("fixture changed");
    ws.getCell("I71").value = { formula: "SUM(I5:I70)", result: 96.5 };
    ws.getCell("K3").value = { formula: "1+1", result: 2 };
  });
  const { read } = await readThroughFake(workbook);
  expect(normalise(read.grid, "excel")).toEqual(normalise(workbookToGrid(workbook), "cli"));
  expect(sheet(read.grid, "岳阳县").formulas).toEqual({ I71: "SUM(I5:I70)", K3: "1+1" });
  expect(sheet(read.grid, "岳阳县").values[70]?.[8]).toBe(96.5);
});

test("a used range that does not start at A1", async () => {
  const source = yueyangExample().workbook.getWorksheet("华容县");
  if (!source) throw new Error("fixture changed");
  const workbook = shifted(source, 3, 2);
  const { read, doc } = await readThroughFake(workbook);
  // Excel's used range really starts at C4 here: the reader had to place it.
  expect(sheetOf(doc, "华容县").usedBox(false)).toMatchObject({ top: 3, left: 2 });
  expect(normalise(read.grid, "excel")).toEqual(normalise(workbookToGrid(workbook), "cli"));
  const cells = (grid: WorkbookGrid) => scoreWorkbook(grid).writes.map((w) => [w.cell, w.value]);
  expect(cells(read.grid)).toEqual(cells(workbookToGrid(workbook)));
  expect(cells(read.grid)[0]?.[0]).toBe("K8");
});

test("an empty sheet reads as an empty grid, with no call on its null used range", async () => {
  const { workbook } = yueyangExample((wb) => void wb.addWorksheet("空白"));
  const { read } = await readThroughFake(workbook);
  expect(sheet(read.grid, "空白")).toEqual({ name: "空白", values: [], formulas: {}, numberFormats: {}, merges: [] });
  expect(normalise(read.grid, "excel")).toEqual(normalise(workbookToGrid(workbook), "cli"));
});

test("without ExcelApi 1.13 no merges are asked for, and fill-down scores the same", async () => {
  const { workbook, cli } = yueyangExample();
  const { read } = await readThroughFake(workbook, false, 12);
  expect(read.grid.sheets.every((s) => s.merges.length === 0)).toBe(true);
  const withoutMerges = normalise({ sheets: workbookToGrid(workbook).sheets.map((s) => ({ ...s, merges: [] })) }, "cli");
  expect(normalise(read.grid, "excel")).toEqual(withoutMerges);
  const cells = (writes: typeof cli.writes) => writes.map((w) => [w.sheet, w.cell, w.value]);
  expect(cells(scoreWorkbook(read.grid).writes)).toEqual(cells(cli.writes));
});

test("merged areas on sheets whose names Excel quotes (comma, apostrophe)", async () => {
  const { workbook } = yueyangExample((wb) => {
    const ws = wb.getWorksheet("汨罗市");
    // Two commas around a cell-like piece: a naive split at every comma reads "B2" as a merge.
    if (ws) ws.name = "汨罗市,B2,O'2024";
  });
  const { read } = await readThroughFake(workbook);
  expect(sheet(read.grid, "汨罗市,B2,O'2024").merges).toHaveLength(37);
  expect(normalise(read.grid, "excel")).toEqual(normalise(workbookToGrid(workbook), "cli"));
});

test("protected sheets are reported", async () => {
  const { workbook } = yueyangExample();
  const doc = documentFromExcelJs(workbook);
  sheetOf(doc, "华容县").isProtected = true;
  const read = await readWorkbook(newContext(doc).context, true);
  expect([...read.protectedSheets]).toEqual(["华容县"]);
});
