// ExcelApi requirement sets: below 1.7 Kaohe refuses with a Chinese message;
// below 1.13 it reads without merged areas (the core fills blank cells down);
// notes from 1.18, comments from 1.10, else shading only; tintAndShade and
// page layout from 1.9; one undo group from 1.20.
import { checkExcelSupport } from "../../src/excel/requirements";
import type { KaoheAction } from "../../src/excel/run-actions";
import { runAction, runKaoheAction } from "../../src/excel/run-actions";
import type { InstalledExcel } from "../../src/preview/fake-excel";
import { installExcel, NPM_OFFICE_JS_API } from "../../src/preview/fake-excel";
import { yueyangExample } from "./helpers";
import { installOffice } from "./office-mock";

jest.mock("office-addin-manifest", () => ({ OfficeApp: { Excel: "excel", Outlook: "outlook" } }));

const ACTIONS: readonly KaoheAction[] = ["recalculate", "validate", "summary", "clearMarks", "undo"];

let restoreOffice: (() => void) | undefined;
let excel: InstalledExcel | undefined;
afterEach(() => {
  restoreOffice?.();
  excel?.uninstall();
  restoreOffice = undefined;
  excel = undefined;
});

test("ExcelApi 1.7 missing: not supported, with the Chinese message first", () => {
  restoreOffice = installOffice(6);
  const support = checkExcelSupport();
  expect(support.ok).toBe(false);
  expect(support.message).toMatch(/^此版本的 Excel 不支持 ExcelApi 1\.7，请升级 Office/);
});

test.each([
  [7, { merges: false, marks: "fill", fillTint: false, pageLayout: false, undoGroup: false, selectedRanges: false }],
  [9, { merges: false, marks: "fill", fillTint: true, pageLayout: true, undoGroup: false, selectedRanges: true }],
  [10, { merges: false, marks: "comment", fillTint: true, pageLayout: true, undoGroup: false, selectedRanges: true }],
  [13, { merges: true, marks: "comment", fillTint: true, pageLayout: true, undoGroup: false, selectedRanges: true }],
  [18, { merges: true, marks: "note", fillTint: true, pageLayout: true, undoGroup: false, selectedRanges: true }],
  [20, { merges: true, marks: "note", fillTint: true, pageLayout: true, undoGroup: true, selectedRanges: true }],
])("ExcelApi 1.%i: what Kaohe uses, and its fallbacks", (minor, expected) => {
  restoreOffice = installOffice(minor);
  excel = installExcel(yueyangExample().doc);
  expect(checkExcelSupport()).toEqual({ ok: true, ...expected });
});

test("a 1.20 host with the npm office.js 1.1.110 loaded: comments, not notes; no undo group (issue 12)", () => {
  restoreOffice = installOffice(20);
  const { doc } = yueyangExample();
  doc.libraryApi = NPM_OFFICE_JS_API;
  excel = installExcel(doc);
  expect(checkExcelSupport()).toMatchObject({ ok: true, merges: true, marks: "comment", undoGroup: false });
});

test("every action with findings runs on the npm office.js 1.1.110 over a current host, marking by comment", async () => {
  restoreOffice = installOffice(20);
  const { doc } = yueyangExample();
  doc.libraryApi = NPM_OFFICE_JS_API;
  excel = installExcel(doc);
  for (const action of ACTIONS) {
    const outcome = await runKaoheAction(action);
    expect([action, outcome.ok, outcome.ok ? "" : outcome.message]).toEqual([action, true, ""]);
    if (action === "recalculate") expect(doc.comments.length).toBeGreaterThan(0);
  }
  expect(excel.options.every((o) => !(o as { mergeUndoGroup?: boolean } | undefined)?.mergeUndoGroup)).toBe(true);
});

test.each(ACTIONS)("%s stops before Excel.run when 1.7 is missing", async (action) => {
  restoreOffice = installOffice(6);
  excel = installExcel(yueyangExample().doc);
  const outcome = await runKaoheAction(action);
  expect(outcome).toEqual({ ok: false, message: expect.stringContaining("ExcelApi 1.7") });
  expect(excel.runs).toHaveLength(0);
});

test("on a 1.7 host every action runs on its fallbacks: shading only, no page setup, no undo group", async () => {
  restoreOffice = installOffice(7);
  const { doc } = yueyangExample();
  doc.apiVersion = 7; // the fake refuses notes, comments, tintAndShade, pageLayout and mergeUndoGroup here
  const original = doc.snapshot();
  excel = installExcel(doc);
  for (const action of ["recalculate", "summary", "clearMarks", "validate"] as const) {
    const outcome = await runKaoheAction(action);
    expect([action, outcome.ok]).toEqual([action, true]);
  }
  expect(doc.sheet("华容县")?.cell(40, 6)?.fill?.color).toBe("#FFEB9C");
  expect(doc.comments).toEqual([]);
  expect(await runKaoheAction("undo")).toMatchObject({ ok: true });
  // Kaohe's very hidden sheets stay, emptied: a very hidden sheet cannot be deleted (office-js#365).
  const own = (name: string): boolean => name === "汇总" || name.startsWith("_kaohe");
  expect(doc.snapshot().filter((s) => !own(s.name))).toEqual(original);
  expect(doc.snapshot().filter((s) => s.name.startsWith("_kaohe")).map((s) => [s.visibility, s.cells.length])).toEqual([["VeryHidden", 0], ["VeryHidden", 0]]);
});

test("on a 1.12 host the whole recalculation runs without asking for merges", async () => {
  restoreOffice = installOffice(12);
  const { doc, cli } = yueyangExample();
  doc.apiVersion = 12; // the fake throws ApiNotFound if getMergedAreasOrNullObject is called
  excel = installExcel(doc);
  const outcome = await runAction("recalculate");
  expect(outcome.ok && outcome.written).toBe(cli.writes.length);
});
