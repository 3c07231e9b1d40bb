// What the task pane needs of Excel besides the five actions, against the
// fake Excel with the 岳阳 example: the read-only overview, the item row
// under the selection, and writing the 录入 form's entry.
import Decimal from "decimal.js";
import { workbookToGrid } from "../../cli/xlsx/read-workbook";
import type { FakeDocument, InstalledExcel } from "../../preview/fake-excel";
import { installExcel } from "../../preview/fake-excel";
import { hostChoices } from "../../host/score-options";
import { runAction } from "../run-actions";
import { cellAt, sheetOf, valueAt, yueyangExample } from "../../../test/excel/helpers";
import { installOfficeStub } from "../../../test/excel/support";
import type { EntryTarget, FormOutcome } from "../../host/pane";
import { inspectWorkbook, locateEntry, noteWithReason, planEntry, readSelectedEntry, writeEntry } from "../../host/pane";
import { createExcelHost } from "../excel-host";
import { watchSelection } from ".";

let restoreOffice: () => void = () => undefined;
let excel: InstalledExcel | undefined;
afterEach(() => {
  restoreOffice();
  restoreOffice = () => undefined;
  excel?.uninstall();
  excel = undefined;
});

function host(doc: FakeDocument, minor = 20): InstalledExcel {
  restoreOffice = installOfficeStub(minor);
  doc.apiVersion = minor;
  excel = installExcel(doc);
  return excel;
}

/** A filled form as the core evaluates it; `score` is its points − deduction + bonus (1 point items here). */
function outcome(deduction: string, reason: string, bonus = "0"): FormOutcome {
  const amounts = { deduction: new Decimal(deduction), bonus: new Decimal(bonus), score: new Decimal(1).minus(deduction).plus(bonus) };
  return { amounts, reason, deducts: true, adds: false, awards: false };
}

/** 华容县's 回复及时 row (sheet row 41), whose 扣分 is 2. */
function target(): EntryTarget {
  const grid = workbookToGrid(yueyangExample().workbook);
  const sheet = grid.sheets.find((s) => s.name === "华容县");
  if (!sheet) throw new Error("no 华容县");
  const found = locateEntry(sheet, 40, 2, hostChoices({ sheets: [sheet] }));
  if (found.kind !== "item") throw new Error(found.why);
  return found.target;
}

describe("locateEntry", () => {
  test("finds the unit and item of an item row, with its entry cells and what they hold", () => {
    const t = target();
    expect([t.unit, t.item.path.at(-1), t.item.points, t.mode, t.sectionKind]).toEqual(["华容县", "回复及时", "1", "entries", "base"]);
    expect(t.cells).toEqual({ deduction: "G41", bonus: "H41" });
    expect(t.current.deduction).toBe("2");
  });

  test("says why a row is not an item: a title row, a header, a Kaohe sheet", () => {
    const grid = workbookToGrid(yueyangExample().workbook);
    const sheet = grid.sheets[0];
    if (!sheet) throw new Error("no sheet");
    expect(locateEntry(sheet, 0, 0, hostChoices({ sheets: [sheet] }))).toEqual({ kind: "none", why: "outside-table" });
    expect(locateEntry(sheet, 3, 0, hostChoices({ sheets: [sheet] }))).toEqual({ kind: "none", why: "not-item-row" });
    expect(locateEntry({ ...sheet, name: "汇总" }, 40, 2, hostChoices({ sheets: [{ ...sheet, name: "汇总" }] }))).toEqual({ kind: "none", why: "own-sheet" });
    expect(locateEntry({ name: "空", values: [["x"]], merges: [] }, 0, 0, hostChoices({ sheets: [{ name: "空", values: [["x"]], merges: [] }] }))).toEqual({ kind: "none", why: "no-table" });
  });
});

describe("planEntry", () => {
  test("the deduction into 扣分, the reason into a note on it; nothing chosen clears the cell", () => {
    expect(planEntry(target(), outcome("1", "未及时处理 −1"))).toEqual({ sheet: "华容县", cells: [{ cell: "G41", value: 1 }], note: { cell: "G41", reason: "未及时处理 −1" } });
    expect(planEntry(target(), outcome("0", ""))).toEqual({ sheet: "华容县", cells: [{ cell: "G41", value: "" }], note: { cell: "G41", reason: "" } });
  });

  test("the reason into the 扣分说明 column when the table has one", () => {
    const t = { ...target(), cells: { deduction: "G41", reason: "J41" } };
    expect(planEntry(t, outcome("0.5", "每少一项 −0.5×1"))).toEqual({ sheet: "华容县", cells: [{ cell: "G41", value: 0.5 }, { cell: "J41", value: "每少一项 −0.5×1" }] });
  });

  test("a bonus with no 加分 column is refused; a typed score takes points − deduction + bonus", () => {
    expect(planEntry({ ...target(), cells: { deduction: "G41" } }, outcome("0", "+1", "1"))).toEqual({ problem: "NO_BONUS_COLUMN" });
    const typed: EntryTarget = { ...target(), mode: "typed-score", cells: { score: "I41" } };
    expect(planEntry(typed, outcome("0.5", "r"))).toEqual({ sheet: "华容县", cells: [{ cell: "I41", value: 0.5 }], note: { cell: "I41", reason: "r" } });
  });

  test("noteWithReason keeps the user's lines and replaces an older reason and Kaohe's mark", () => {
    expect(noteWithReason(null, "A −1")).toBe("扣分说明：A −1");
    expect(noteWithReason("我的批注\n扣分说明：旧", "A −1")).toBe("我的批注\n扣分说明：A −1");
    expect(noteWithReason("考核评分：扣分 2 超过本项上限 1", "A −1")).toBe("扣分说明：A −1");
    expect(noteWithReason("扣分说明：旧", "")).toBeNull();
  });
});

describe("in Excel (the fake)", () => {
  test("inspectWorkbook reads without writing: units, tables, Kaohe's written cells", async () => {
    const { doc, cli } = yueyangExample();
    host(doc);
    const before = await inspectWorkbook(createExcelHost());
    expect(before.ok && [before.units, before.tables, before.written, before.summary, before.report.findings.length]).toEqual([["岳阳县", "华容县", "汨罗市"], 3, 0, false, 5]);
    expect(doc.writes).toEqual([]);
    await runAction("recalculate");
    const after = await inspectWorkbook(createExcelHost());
    expect(after.ok && after.written).toBe(cli.writes.length);
  });

  test("readSelectedEntry reads the selected row and its reason note", async () => {
    const { doc } = yueyangExample();
    host(doc);
    sheetOf(doc, "华容县").notes.set("G41", { content: "扣分说明：未及时处理 −1", authorName: "u" });
    doc.select("华容县", "C41");
    const selected = await readSelectedEntry(createExcelHost());
    if (!selected.ok || selected.kind !== "item") throw new Error(JSON.stringify(selected));
    expect([selected.address, selected.target.item.path.at(-1), selected.target.current.reason]).toEqual(["华容县!C41", "回复及时", "扣分说明：未及时处理 −1"]);
    doc.select("华容县", "A1");
    expect(await readSelectedEntry(createExcelHost())).toEqual({ ok: true, kind: "none", why: "outside-table", sheet: "华容县", address: "华容县!A1" });
  });

  test("writeEntry writes the cells and the note in two syncs, one undo step", async () => {
    const { doc } = yueyangExample();
    const installed = host(doc);
    sheetOf(doc, "华容县").notes.set("G41", { content: "我的批注", authorName: "u" });
    const done = await writeEntry(createExcelHost(), { sheet: "华容县", cells: [{ cell: "G41", value: 1 }], note: { cell: "G41", reason: "未及时处理 −1" } });
    expect(done).toEqual({ ok: true, written: 1, note: "written" });
    expect(valueAt(doc, "华容县", "G41")).toBe(1);
    expect(sheetOf(doc, "华容县").notes.get("G41")?.content).toBe("我的批注\n扣分说明：未及时处理 −1");
    // The note observed with the sheet's protection, then every write: as with a 扣分说明 column.
    expect(installed.runs.map((r) => r.syncCount)).toEqual([2]);
    expect(installed.options).toEqual([{ delayForCellEdit: true, mergeUndoGroup: true }]);
    const withColumn = await writeEntry(createExcelHost(), { sheet: "华容县", cells: [{ cell: "G41", value: 1 }, { cell: "J41", value: "r" }] });
    expect(withColumn).toEqual({ ok: true, written: 2, note: "none" });
    expect(installed.runs.map((r) => r.syncCount)).toEqual([2, 2]);
    await writeEntry(createExcelHost(), { sheet: "华容县", cells: [{ cell: "G41", value: "" }], note: { cell: "G41", reason: "" } });
    expect(cellAt(doc, "华容县", "G41")?.value).toBe("");
    expect(sheetOf(doc, "华容县").notes.get("G41")?.content).toBe("我的批注");
  });

  test("writeEntry takes a third sync only to locate the workbook's threaded comments, and appends the reason to a user's comment on the cell", async () => {
    const { doc } = yueyangExample();
    const installed = host(doc);
    doc.addComment(sheetOf(doc, "华容县"), 40, 6, "请核实");
    doc.addComment(sheetOf(doc, "华容县"), 44, 6, "另一条");
    const done = await writeEntry(createExcelHost(), { sheet: "华容县", cells: [{ cell: "G41", value: 1 }], note: { cell: "G41", reason: "r" } });
    // A cell holds a note or a threaded comment: the user's comment keeps its text, the reason is appended, no note is added beside it.
    expect(done).toEqual({ ok: true, written: 1, note: "written" });
    expect(installed.runs.map((r) => r.syncCount)).toEqual([3]);
    expect(sheetOf(doc, "华容县").notes.has("G41")).toBe(false);
    expect(doc.comments.map((c) => c.content)).toEqual(["请核实\n扣分说明：r", "另一条"]);
  });

  test("writeEntry adds a comment where the host has no notes, and refuses a protected sheet", async () => {
    const { doc } = yueyangExample();
    host(doc, 12);
    expect(await writeEntry(createExcelHost(), { sheet: "华容县", cells: [{ cell: "G41", value: 1 }], note: { cell: "G41", reason: "r" } })).toEqual({ ok: true, written: 1, note: "written" });
    expect(doc.comments.map((c) => c.content)).toEqual(["扣分说明：r"]);
    sheetOf(doc, "华容县").isProtected = true;
    const refused = await writeEntry(createExcelHost(), { sheet: "华容县", cells: [{ cell: "G41", value: 2 }] });
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.protected).toBe(true);
    expect(valueAt(doc, "华容县", "G41")).toBe(1);
  });

  test("watchSelection calls back when the selection moves", async () => {
    const { doc } = yueyangExample();
    host(doc);
    const seen: number[] = [];
    expect(await watchSelection(() => seen.push(1))).toBe(true);
    doc.select("岳阳县", "C5");
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(seen).toEqual([1]);
  });
});
