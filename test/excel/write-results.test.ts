// Writes go out as vertical runs, long runs in chunks of MAX_ROWS_PER_WRITE
// rows, all in the one sync; the ledger likewise.
import type { CellWrite, LedgerEntry } from "../../src/core";
import { LEDGER_SHEET, toA1 } from "../../src/core";
import { groupIntoRuns, MAX_ROWS_PER_WRITE, writeResults } from "../../src/excel/write-results";
import type { InstalledExcel } from "../../src/preview/fake-excel";
import { FakeDocument, installExcel, newContext } from "../../src/preview/fake-excel";
import { ledgerSheetRows, valueAt } from "./helpers";

let excel: InstalledExcel;
beforeEach(() => (excel = installExcel(new FakeDocument())));
afterEach(() => excel.uninstall());

const write = (sheet: string, cell: string, value: number): CellWrite => ({ sheet, cell, value, previous: null });

describe("groupIntoRuns", () => {
  test("contiguous cells of one column make one run, whatever the input order", () => {
    const runs = groupIntoRuns([write("S", "B3", 3), write("S", "B1", 1), write("S", "B2", 2)]);
    expect(runs).toEqual([{ sheet: "S", col: 1, top: 0, values: [1, 2, 3] }]);
  });

  test("a gap, another column or another sheet starts a new run", () => {
    const runs = groupIntoRuns([write("S", "B1", 1), write("S", "B3", 3), write("S", "C1", 4), write("T", "B2", 5)]);
    expect(runs.map((r) => [r.sheet, r.col, r.top, r.values])).toEqual([
      ["S", 1, 0, [1]],
      ["S", 1, 2, [3]],
      ["S", 2, 0, [4]],
      ["T", 1, 1, [5]],
    ]);
  });
});

describe("writeResults", () => {
  const ROWS = 2 * MAX_ROWS_PER_WRITE + 1;

  function longRun(): { doc: FakeDocument; writes: CellWrite[]; ledger: LedgerEntry[] } {
    const doc = new FakeDocument();
    doc.addSheet("大表");
    const writes = Array.from({ length: ROWS }, (_, i) => write("大表", toA1(i, 8), i % 7));
    const ledger = writes.map((w) => ({ sheet: w.sheet, cell: w.cell, written: String(w.value), previous: "" }));
    return { doc, writes, ledger };
  }

  test(`a run of ${ROWS} rows goes out as three range writes in one sync`, async () => {
    const { doc, writes, ledger } = longRun();
    const { fake, context } = newContext(doc);
    await writeResults(context, writes, ledger, false);
    expect(fake.syncCount).toBe(1);
    const scoreWrites = doc.writes.filter((w) => w.sheet === "大表" && w.kind === "values");
    expect(scoreWrites.map((w) => [w.box?.top, w.box?.bottom, w.box?.left])).toEqual([
      [0, MAX_ROWS_PER_WRITE - 1, 8],
      [MAX_ROWS_PER_WRITE, 2 * MAX_ROWS_PER_WRITE - 1, 8],
      [2 * MAX_ROWS_PER_WRITE, ROWS - 1, 8],
    ]);
    expect([valueAt(doc, "大表", "I1"), valueAt(doc, "大表", `I${ROWS}`)]).toEqual([0, (ROWS - 1) % 7]);
  });

  test("the ledger of such a run is chunked too, as text, very hidden", async () => {
    const { doc, writes, ledger } = longRun();
    await writeResults(newContext(doc).context, writes, ledger, false);
    const ledgerWrites = doc.writes.filter((w) => w.sheet === LEDGER_SHEET && w.kind === "values");
    expect(ledgerWrites).toHaveLength(3); // ROWS entries + the header row
    expect(doc.sheet(LEDGER_SHEET)?.visibility).toBe("VeryHidden");
    const rows = ledgerSheetRows(doc);
    expect(rows).toHaveLength(ROWS + 1);
    expect(rows[ROWS]).toEqual(["大表", `I${ROWS}`, String((ROWS - 1) % 7), ""]);
  });

  test("an existing ledger is cleared and rewritten, not added again", async () => {
    const doc = new FakeDocument();
    doc.addSheet("S");
    const old = doc.addSheet(LEDGER_SHEET);
    old.visibility = "VeryHidden";
    for (let r = 0; r < 5; r++) old.edit(r, 0).value = "stale";
    const entry = { sheet: "S", cell: "B1", written: "1", previous: "" };
    await writeResults(newContext(doc).context, [write("S", "B1", 1)], [entry], true);
    expect(doc.sheets.map((s) => s.name)).toEqual(["S", LEDGER_SHEET]);
    expect(ledgerSheetRows(doc)).toEqual([
      ["sheet", "cell", "written", "previous"],
      ["S", "B1", "1", ""],
    ]);
  });

  test("nothing to own and no ledger yet: no sheet is added", async () => {
    const doc = new FakeDocument();
    doc.addSheet("S");
    const { fake, context } = newContext(doc);
    await writeResults(context, [], [], false);
    expect(doc.sheets.map((s) => s.name)).toEqual(["S"]);
    expect(fake.syncCount).toBe(1);
  });
});
