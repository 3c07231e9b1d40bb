// Marks: every finding's cell shaded by severity and carrying a note with
// its Chinese message; the record kept very hidden; re-marking idempotent;
// only what Kaohe added ever taken away.
import { calculate } from "../../src/excel/recalculate";
import { clearMarksIn } from "../../src/excel/recalculate";
import { MARKS_SHEET, readMarkRecord } from "../../src/host/marks/mark-record";
import { MARK_FILL, NOTE_PREFIX } from "../../src/host/marks/mark-style";
import { describeCalculation } from "../../src/host/outcome-text";
import type { ExcelSupport } from "../../src/excel/requirements";
import type { FakeDocument, InstalledExcel } from "../../src/preview/fake-excel";
import { installExcel, newContext } from "../../src/preview/fake-excel";
import { cellAt, EXAMPLE_FINDING_CELLS, sheetOf, yueyangExample } from "./helpers";
import { FULL, supportAt } from "./support";

let excel: InstalledExcel;
beforeEach(() => (excel = installExcel(yueyangExample().doc)));
afterEach(() => excel.uninstall());

async function recalc(doc: FakeDocument, support: ExcelSupport = FULL, mode: "recalculate" | "validate" = "recalculate") {
  const { fake, context } = newContext(doc);
  const outcome = await calculate(context, support, mode);
  return { outcome, syncs: fake.syncCount };
}

async function clear(doc: FakeDocument, support: ExcelSupport = FULL) {
  return clearMarksIn(newContext(doc).context, support);
}

const noteAt = (doc: FakeDocument, sheet: string, a1: string) => sheetOf(doc, sheet).notes.get(a1)?.content;

test("every finding's cell is shaded by severity and carries a note with the message", async () => {
  const { doc } = yueyangExample();
  const { outcome } = await recalc(doc);
  expect(outcome.marks).toEqual({ kind: "note", marked: 5, cleared: 0, unmarked: 0 });
  for (const [sheet, a1, severity] of EXAMPLE_FINDING_CELLS) {
    expect([sheet, a1, cellAt(doc, sheet, a1)?.fill?.color]).toEqual([sheet, a1, MARK_FILL[severity]]);
    const message = outcome.report.findings.find((f) => f.sheet === sheet && f.cell === a1)?.message ?? "";
    expect(noteAt(doc, sheet, a1)).toBe(NOTE_PREFIX + message);
  }
  expect(noteAt(doc, "华容县", "G41")).toBe("考核评分：扣分 2 超过本项上限 1（扣完为止），按 1 计");
  expect(sheetOf(doc, MARKS_SHEET).visibility).toBe("VeryHidden");
});

test("the record keeps each cell's prior fill and what was added, in the workbook", async () => {
  const { doc } = yueyangExample();
  sheetOf(doc, "华容县").edit(40, 6).fill = { color: "#00B050", tint: 0.4 }; // G41, the user's green
  await recalc(doc);
  const rows = [...sheetOf(doc, MARKS_SHEET).cellsIn({ top: 0, left: 0, bottom: 9, right: 9 })];
  const grid = { name: MARKS_SHEET, merges: [], values: [] as (string | null)[][] };
  for (const { row, col, cell } of rows) (grid.values[row] ??= [])[col] = String(cell.value);
  const record = readMarkRecord(grid);
  expect(record.get("华容县!G41")).toMatchObject({ fill: MARK_FILL.warning, prior: { color: "#00B050", tint: 0.4 }, added: "note" });
  expect(record.get("汨罗市!G30")).toMatchObject({ fill: MARK_FILL.error, prior: { color: null, tint: null }, added: "note" });
});

test("re-marking is idempotent: no second note, no write but the record's", async () => {
  const { doc } = yueyangExample();
  await recalc(doc);
  const before = doc.snapshot();
  const start = doc.writes.length;
  await recalc(doc);
  expect(doc.snapshot()).toEqual(before);
  const kinds = new Set(doc.writes.slice(start).map((w) => w.kind));
  expect([...kinds].filter((k) => k === "note" || k === "fill")).toEqual([]);
  expect(sheetOf(doc, "华容县").notes.size).toBe(4);
});

test("a finding that is gone loses its mark on the next run; the cell's own fill comes back", async () => {
  const { doc } = yueyangExample();
  sheetOf(doc, "汨罗市").edit(29, 6).fill = { color: "#BDD7EE", tint: 0 };
  await recalc(doc);
  sheetOf(doc, "汨罗市").edit(29, 6).value = 1; // G30: "一分" corrected to 1
  const { outcome } = await recalc(doc);
  expect(outcome.marks).toMatchObject({ marked: 4, cleared: 1 });
  expect(cellAt(doc, "汨罗市", "G30")?.fill).toEqual({ color: "#BDD7EE", tint: 0 });
  expect(noteAt(doc, "汨罗市", "G30")).toBeUndefined();
});

test("a note of the user's is never touched: the cell is only shaded", async () => {
  const { doc } = yueyangExample();
  sheetOf(doc, "华容县").notes.set("G45", { content: "已核实：整改中", authorName: "审核人" });
  await recalc(doc);
  expect(noteAt(doc, "华容县", "G45")).toBe("已核实：整改中");
  expect(cellAt(doc, "华容县", "G45")?.fill?.color).toBe(MARK_FILL.warning);
  await clear(doc);
  expect(noteAt(doc, "华容县", "G45")).toBe("已核实：整改中");
  expect(cellAt(doc, "华容县", "G45")?.fill).toBeUndefined();
});

test("清除标记 removes exactly what Kaohe added and restores the prior fills", async () => {
  const { doc } = yueyangExample();
  sheetOf(doc, "华容县").edit(44, 6).fill = { color: "#FFFF00", tint: -0.25 }; // G45
  const original = doc.snapshot();
  await recalc(doc);
  const scored = doc.snapshot().filter((s) => s.name !== MARKS_SHEET);
  const marks = await clear(doc);
  expect(marks).toMatchObject({ marked: 0, cleared: 5 });
  // The record sheet is kept, very hidden and empty: a very hidden sheet cannot be deleted (office-js#365).
  expect([sheetOf(doc, MARKS_SHEET).visibility, sheetOf(doc, MARKS_SHEET).usedBox(true)]).toEqual(["VeryHidden", null]);
  // Scores stay; fills and notes are back to the original's.
  const strip = (snap: typeof original) => snap.map((s) => ({ name: s.name, fills: s.cells.filter(([, c]) => c.fill).map(([a1, c]) => [a1, c.fill]), notes: s.notes }));
  const emptyRecord = { name: MARKS_SHEET, fills: [], notes: [] };
  expect(strip(doc.snapshot())).toEqual(strip(original).concat(strip(scored).filter((s) => s.name === "_kaohe"), [emptyRecord]));
  expect(cellAt(doc, "华容县", "G45")?.fill).toEqual({ color: "#FFFF00", tint: -0.25 });
  // Clearing again finds nothing to do.
  expect(await clear(doc)).toMatchObject({ marked: 0, cleared: 0 });
});

test("what the user changed on a marked cell since stays: a new fill, an edited note", async () => {
  const { doc } = yueyangExample();
  await recalc(doc);
  const sheet = sheetOf(doc, "华容县");
  sheet.edit(40, 6).fill = { color: "#92D050", tint: 0 }; // G41 recoloured by the user
  const note = sheet.notes.get("G45");
  if (note) note.content = "已与单位核对";
  await clear(doc);
  expect(cellAt(doc, "华容县", "G41")?.fill).toEqual({ color: "#92D050", tint: 0 });
  expect(noteAt(doc, "华容县", "G45")).toBe("已与单位核对");
  expect(noteAt(doc, "华容县", "G41")).toBeUndefined();
});

test("提交前校验 marks as well", async () => {
  const { doc } = yueyangExample();
  const { outcome } = await recalc(doc, FULL, "validate");
  expect(outcome.marks.marked).toBe(5);
  expect(noteAt(doc, "汨罗市", "G30")).toMatch(/^考核评分：“一分”不是数字/);
});

test("a protected sheet is not marked, and its earlier marks wait for it", async () => {
  const { doc } = yueyangExample();
  await recalc(doc);
  sheetOf(doc, "华容县").isProtected = true;
  const { outcome } = await recalc(doc);
  expect(outcome.marks).toMatchObject({ marked: 5, unmarked: 4 });
  const cleared = await clear(doc);
  expect(cleared).toMatchObject({ marked: 4, cleared: 1 });
  expect(cellAt(doc, "华容县", "G41")?.fill?.color).toBe(MARK_FILL.warning);
  sheetOf(doc, "华容县").isProtected = false;
  expect(await clear(doc)).toMatchObject({ marked: 0, cleared: 4 });
  expect(cellAt(doc, "华容县", "G41")?.fill).toBeUndefined();
});

describe("requirement-set fallbacks", () => {
  test("ExcelApi 1.10–1.17: comments instead of notes, removed the same way", async () => {
    const { doc } = yueyangExample();
    doc.apiVersion = 17; // the fake refuses Worksheet.notes below 1.18
    const { outcome } = await recalc(doc, supportAt(17));
    expect(outcome.marks.kind).toBe("comment");
    expect(doc.comments.map((c) => [c.sheet.name, c.content.slice(0, 5)])).toHaveLength(5);
    expect(sheetOf(doc, "华容县").notes.size).toBe(0);
    await recalc(doc, supportAt(17));
    expect(doc.comments).toHaveLength(5);
    await clear(doc, supportAt(17));
    expect(doc.comments).toEqual([]);
  });

  test("a comment of the user's on a flagged cell is left alone", async () => {
    const { doc } = yueyangExample();
    doc.apiVersion = 17;
    doc.addComment(sheetOf(doc, "汨罗市"), 29, 6, "请单位补充材料");
    await recalc(doc, supportAt(17));
    await clear(doc, supportAt(17));
    expect(doc.comments.map((c) => c.content)).toEqual(["请单位补充材料"]);
  });

  test.each<[string, [string, string][]]>([
    ["one flagged cell", [["华容县", "G45"]]],
    ["three, the first and last of them", [["华容县", "G41"], ["华容县", "H67"], ["汨罗市", "G30"]]],
  ])("ExcelApi 1.10–1.17: a user's note this host cannot see on %s — shaded only, said so, the note untouched", async (_label, noted) => {
    const { doc } = yueyangExample();
    doc.apiVersion = 17; // no Worksheet.notes: the notes below are invisible to the adapter
    for (const [sheet, a1] of noted) sheetOf(doc, sheet).notes.set(a1, { content: "用户备注", authorName: "u" });
    const { outcome, syncs } = await recalc(doc, supportAt(17));
    expect(outcome.marks).toMatchObject({ kind: "comment", marked: 5, shadedOnly: noted.length });
    for (const [sheet, a1] of noted) {
      expect(noteAt(doc, sheet, a1)).toBe("用户备注");
      expect(cellAt(doc, sheet, a1)?.fill).toBeDefined();
    }
    // Every other flagged cell has its comment.
    const commented = doc.comments.map((c) => `${c.sheet.name}!${c.row},${c.col}`).sort();
    expect(commented).toHaveLength(EXAMPLE_FINDING_CELLS.length - noted.length);
    // The comments have a sync of their own, and each refusal three more (list, locate, add the rest).
    expect(syncs).toBeGreaterThan(5);
    expect(describeCalculation("recalculate", outcome.report, outcome.written, outcome.marks)).toContain(`其中 ${noted.length} 个单元格已有此版本 Excel 看不到的备注`);
    // The next run and 清除标记 leave the notes alone and succeed too.
    expect((await recalc(doc, supportAt(17))).outcome.marks.shadedOnly).toBe(noted.length);
    await clear(doc, supportAt(17));
    for (const [sheet, a1] of noted) expect(noteAt(doc, sheet, a1)).toBe("用户备注");
    expect(doc.comments).toEqual([]);
  });

  test("ExcelApi 1.9: shading only, and the fills still come back exactly", async () => {
    const { doc } = yueyangExample();
    doc.apiVersion = 9;
    sheetOf(doc, "华容县").edit(40, 6).fill = { color: "#FFFFFF", tint: 0 }; // solid white is not "no fill"
    const { outcome } = await recalc(doc, supportAt(9));
    expect(outcome.marks.kind).toBe("fill");
    expect(cellAt(doc, "华容县", "G41")?.fill?.color).toBe(MARK_FILL.warning);
    await clear(doc, supportAt(9));
    expect(cellAt(doc, "华容县", "G41")?.fill).toEqual({ color: "#FFFFFF", tint: 0 });
    expect(cellAt(doc, "华容县", "G45")?.fill).toBeUndefined();
  });

  test("ExcelApi 1.7–1.8: without tintAndShade, white reads as no fill", async () => {
    const { doc } = yueyangExample();
    doc.apiVersion = 8; // the fake refuses tintAndShade below 1.9
    sheetOf(doc, "华容县").edit(44, 6).fill = { color: "#C6EFCE", tint: 0 };
    await recalc(doc, supportAt(8));
    await clear(doc, supportAt(8));
    expect(cellAt(doc, "华容县", "G45")?.fill?.color).toBe("#C6EFCE");
    expect(cellAt(doc, "华容县", "G41")?.fill).toBeUndefined();
  });
});
