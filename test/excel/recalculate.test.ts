// 重新计算 through the fake: the same scores as the CLI, the ledger kept
// very hidden, nothing the user typed overwritten, protected sheets left
// alone (the marks have their own tests: marks.test.ts).
import type { CellWrite } from "../../src/core";
import { LEDGER_SHEET, ledgerRows, parseA1 } from "../../src/core";
import { MARKS_SHEET } from "../../src/host/marks/mark-record";
import { calculate } from "../../src/excel/recalculate";
import type { InstalledExcel } from "../../src/preview/fake-excel";
import { FakeDocument, installExcel, newContext } from "../../src/preview/fake-excel";
import { ledgerSheetRows, sheetOf, valueAt, yueyangExample } from "./helpers";
import { FULL } from "./support";

let excel: InstalledExcel;
beforeEach(() => (excel = installExcel(new FakeDocument())));
afterEach(() => excel.uninstall());

async function run(doc: FakeDocument, write = true) {
  const { fake, context } = newContext(doc);
  const outcome = await calculate(context, FULL, write ? "recalculate" : "validate");
  return { outcome, syncs: fake.syncCount, codes: outcome.report.findings.map((f) => `${f.code} ${f.sheet}!${f.cell}`) };
}

function expectWritten(doc: FakeDocument, writes: readonly CellWrite[]): void {
  expect(writes.length).toBeGreaterThan(0);
  for (const w of writes) expect([w.sheet, w.cell, valueAt(doc, w.sheet, w.cell)]).toEqual([w.sheet, w.cell, w.value]);
}

/** The ledger as the CLI would store it (exceljs keeps strings as strings). */
function cliLedgerRows(ledger: Parameters<typeof ledgerRows>[0]) {
  return ledgerRows(ledger).map((row) => row.map((v) => v ?? ""));
}

test("writes every 得分 cell and the 合计 row as the CLI scores them", async () => {
  const { doc, cli } = yueyangExample();
  const { outcome } = await run(doc);
  expectWritten(doc, cli.writes);
  expect(outcome.written).toBe(cli.writes.length);
  // 合计 rows: the last write of each sheet, in its I column on row 71.
  expect(["岳阳县", "华容县", "汨罗市"].map((s) => valueAt(doc, s, "I71"))).toEqual(
    ["岳阳县", "华容县", "汨罗市"].map((s) => cli.writes.find((w) => w.sheet === s && w.cell === "I71")?.value),
  );
  expect(valueAt(doc, "岳阳县", "I71")).toBe(96.5);
  expect(outcome.report.units.map((u) => u.unit)).toEqual(["岳阳县", "华容县", "汨罗市"]);
});

test("keeps the ledger in a very hidden sheet, as the CLI would", async () => {
  const { doc, cli } = yueyangExample();
  await run(doc);
  const ledger = sheetOf(doc, LEDGER_SHEET);
  expect(ledger.visibility).toBe("VeryHidden");
  expect(ledgerSheetRows(doc)).toEqual(cliLedgerRows(cli.ledger));
});

/** Everything but the ledger's `previous` column (checked on its own below). */
function visibleState(doc: FakeDocument) {
  const sheets = doc.snapshot().filter((s) => s.name !== LEDGER_SHEET);
  return { sheets, ledger: ledgerSheetRows(doc).map((r) => r.slice(0, 3)) };
}

test("a second run changes no cell and owns the same cells", async () => {
  const { doc } = yueyangExample();
  await run(doc);
  const before = visibleState(doc);
  const second = await run(doc);
  expect(visibleState(doc)).toEqual(before);
  expect(second.codes.filter((c) => c.startsWith("OUTPUT_FOREIGN"))).toEqual([]);
  expect(sheetOf(doc, LEDGER_SHEET).visibility).toBe("VeryHidden");
});

// The undo value is the cell's content before Kaohe first wrote it, so it
// survives reruns (planWrites keeps the ledger's `previous` for its own cells).
test("a second run writes the very same ledger, undo values included", async () => {
  const { doc } = yueyangExample();
  await run(doc);
  const ledger = ledgerSheetRows(doc);
  await run(doc);
  expect(ledgerSheetRows(doc)).toEqual(ledger);
});

test("idempotent on sheets whose names Excel would read as numbers", async () => {
  const { doc } = yueyangExample((wb) => {
    const ws = wb.getWorksheet("岳阳县");
    if (ws) ws.name = "001";
  });
  await run(doc);
  expect(ledgerSheetRows(doc)[1]?.[0]).toBe("001");
  const before = visibleState(doc);
  const second = await run(doc);
  expect(second.codes.filter((c) => c.startsWith("OUTPUT_FOREIGN"))).toEqual([]);
  expect(visibleState(doc)).toEqual(before);
});

test("never overwrites a value or a formula it did not write: a finding instead", async () => {
  const { doc } = yueyangExample();
  const sheet = sheetOf(doc, "岳阳县");
  sheet.edit(4, 8).value = 5; // I5, typed by the user
  Object.assign(sheet.edit(5, 8), { value: 1, formula: "=E6" }); // I6
  const { codes } = await run(doc);
  expect(valueAt(doc, "岳阳县", "I5")).toBe(5);
  expect(sheet.cell(5, 8)?.formula).toBe("=E6");
  expect(codes).toEqual(expect.arrayContaining(["OUTPUT_FOREIGN_VALUE 岳阳县!I5", "OUTPUT_FOREIGN_FORMULA 岳阳县!I6"]));
  expect(ledgerSheetRows(doc).some((r) => r[0] === "岳阳县" && (r[1] === "I5" || r[1] === "I6"))).toBe(false);
});

test("a value the user typed over Kaohe's after a run is kept on the next", async () => {
  const { doc } = yueyangExample();
  await run(doc);
  sheetOf(doc, "华容县").edit(4, 8).value = 0.25;
  const { codes } = await run(doc);
  expect(valueAt(doc, "华容县", "I5")).toBe(0.25);
  expect(codes).toContain("OUTPUT_FOREIGN_VALUE 华容县!I5");
});

test("skips a protected sheet: a SHEET_PROTECTED finding, no write to it", async () => {
  const { doc, cli } = yueyangExample();
  sheetOf(doc, "华容县").isProtected = true; // the fake fails the sync on any write to it
  const before = JSON.stringify(doc.snapshot().find((s) => s.name === "华容县"));
  const { outcome } = await run(doc);
  expect(outcome.report.findings.filter((f) => f.code === "SHEET_PROTECTED").map((f) => f.sheet)).toEqual(["华容县"]);
  expect(JSON.stringify(doc.snapshot().find((s) => s.name === "华容县"))).toBe(before);
  expectWritten(doc, cli.writes.filter((w) => w.sheet !== "华容县"));
  expect(ledgerSheetRows(doc).some((r) => r[0] === "华容县")).toBe(false);
});

test("a sheet protected after a run stays Kaohe's for when it is unprotected", async () => {
  const { doc } = yueyangExample();
  await run(doc);
  const sheet = sheetOf(doc, "华容县");
  sheet.isProtected = true;
  sheet.edit(4, 6).value = 1; // G5 (扣分) changes while the sheet is locked: I5 is now stale
  await run(doc);
  expect(ledgerSheetRows(doc).filter((r) => r[0] === "华容县").length).toBeGreaterThan(0);
  sheet.isProtected = false;
  const { codes } = await run(doc);
  expect(codes.filter((c) => c.startsWith("OUTPUT_FOREIGN"))).toEqual([]);
  expect(valueAt(doc, "华容县", "I5")).toBe(1);
});

test("adds no ledger sheet when there is nothing to own", async () => {
  const doc = new FakeDocument();
  doc.addSheet("Sheet1").edit(0, 0).value = "备忘";
  const { codes } = await run(doc);
  expect(codes).toEqual(["NO_TABLE Sheet1!"]);
  expect(doc.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
});

test("提交前校验 writes no score and no ledger: only the marks", async () => {
  const { doc } = yueyangExample();
  const before = doc.snapshot();
  const { outcome } = await run(doc, false);
  expect(outcome.written).toBe(0);
  expect(outcome.report.units).toHaveLength(3);
  expect(doc.writes.filter((w) => w.kind === "values" && w.sheet !== MARKS_SHEET)).toEqual([]);
  expect(doc.sheet(LEDGER_SHEET)).toBeUndefined();
  const unchanged = (snap: typeof before) => snap.filter((s) => s.name !== MARKS_SHEET).map((s) => ({ ...s, cells: s.cells.map(([a1, c]) => [a1, { ...c, fill: undefined }]), notes: [] }));
  expect(unchanged(doc.snapshot())).toEqual(unchanged(before));
  expect(outcome.marks.marked).toBe(5);
});

test("output cells are written as numbers the sheet's formulas can use", async () => {
  const { doc, cli } = yueyangExample();
  await run(doc);
  const first = cli.writes[0];
  const pos = first ? parseA1(first.cell) : null;
  if (!first || !pos) throw new Error("no writes");
  expect(typeof sheetOf(doc, first.sheet).cell(pos.row, pos.col)?.value).toBe("number");
});
