// The WPS host over the fake ET does what the Excel host does on the same
// workbook: the same report, marks with fill + comment that 清除标记 takes
// away exactly, 撤销上次计算 restoring every cell, and the same refusals.
import { LEDGER_SHEET, parseA1 } from "../../src/core";
import { runHostAction } from "../../src/host/actions/run-action";
import { MARKS_SHEET } from "../../src/host/marks/mark-record";
import { MARK_FILL, NOTE_PREFIX } from "../../src/host/marks/mark-style";
import { runKaoheAction } from "../../src/excel/run-actions";
import type { FakeDocument } from "../../src/preview/fake-excel";
import { installExcel } from "../../src/preview/fake-excel";
import { createWpsHost } from "../../src/wps";
import { fakeEt } from "../../src/wps/fake-et/fake-et";
import { CELL_EDIT_MESSAGE, READ_ONLY_MESSAGE } from "../../src/wps/wps-errors";
import { EXAMPLE_FINDING_CELLS, sheetOf, yueyangExample } from "../excel/helpers";
import { installOfficeStub } from "../excel/support";

function wps(doc: FakeDocument = yueyangExample().doc) {
  const et = fakeEt(doc);
  return { et, doc, host: createWpsHost(et.application) };
}

/** The same action through the Excel adapter over the fake Excel. */
async function inExcel(doc: FakeDocument, action: Parameters<typeof runKaoheAction>[0]) {
  const restore = installOfficeStub(20);
  const excel = installExcel(doc);
  try {
    return await runKaoheAction(action);
  } finally {
    excel.uninstall();
    restore();
  }
}

/** Everything but Kaohe's own hidden sheets, for before/after comparisons. */
const visible = (doc: FakeDocument) => doc.snapshot().filter((s) => s.name !== LEDGER_SHEET && s.name !== MARKS_SHEET);

test("重新计算 gives the Excel host's report and marks each finding with fill and a comment", async () => {
  const { doc, host } = wps();
  const outcome = await runHostAction(host, "recalculate");
  const excel = await inExcel(yueyangExample().doc, "recalculate");
  if (!outcome.ok || !excel.ok || !("report" in outcome) || !("report" in excel)) throw new Error("failed");
  expect(outcome.report).toEqual(excel.report);
  expect(outcome.marks).toEqual({ kind: "comment", marked: 5, cleared: 0, unmarked: 0 });
  for (const [sheet, a1, severity] of EXAMPLE_FINDING_CELLS) {
    const message = outcome.report.findings.find((f) => f.sheet === sheet && f.cell === a1)?.message ?? "";
    const at = parseA1(a1);
    const comment = doc.comments.find((c) => c.sheet.name === sheet && c.row === at?.row && c.col === at.col);
    expect([a1, comment?.content]).toEqual([a1, NOTE_PREFIX + message]);
    expect(sheetOf(doc, sheet).cell(at?.row ?? -1, at?.col ?? -1)?.fill?.color).toBe(MARK_FILL[severity]);
  }
  expect(sheetOf(doc, LEDGER_SHEET).visibility).toBe("VeryHidden");
  expect(sheetOf(doc, MARKS_SHEET).visibility).toBe("VeryHidden");
});

test("清除标记 removes exactly Kaohe's fills and comments: the user's fill comes back, the user's comment stays", async () => {
  const { doc, host } = wps();
  sheetOf(doc, "华容县").edit(40, 6).fill = { color: "#00B050", tint: 0 }; // G41, the user's green
  doc.addComment(sheetOf(doc, "华容县"), 44, 6, "用户的批注"); // G45, the user's comment
  await runHostAction(host, "recalculate");
  const written = visible(doc);
  const cleared = await runHostAction(host, "clearMarks");
  expect(cleared.ok && cleared.marks.cleared).toBe(5);
  expect(sheetOf(doc, "华容县").cell(40, 6)?.fill?.color).toBe("#00B050");
  expect(doc.comments.map((c) => c.content)).toEqual(["用户的批注"]);
  // Only marks changed: the scores written stay.
  const cells = (s: ReturnType<typeof visible>) => s.map((x) => x.cells.map(([a1, c]) => [a1, c.value]));
  expect(cells(visible(doc))).toEqual(cells(written));
});

test("撤销上次计算 restores every cell Kaohe wrote, and a second undo changes nothing", async () => {
  const { doc, host } = wps();
  const before = visible(doc);
  await runHostAction(host, "recalculate");
  const undone = await runHostAction(host, "undo");
  expect(undone.ok).toBe(true);
  expect(visible(doc)).toEqual(before);
  const again = await runHostAction(host, "undo");
  expect(again.ok && "undo" in again && again.undo?.restored).toBe(0);
  expect(visible(doc)).toEqual(before);
});

test("a workbook opened read-only: refused before anything is read or written", async () => {
  const { et, doc, host } = wps();
  et.state.readOnly = true;
  const before = doc.snapshot();
  const outcome = await runHostAction(host, "recalculate");
  expect(outcome).toEqual({ ok: false, message: READ_ONLY_MESSAGE, protected: true });
  expect(doc.snapshot()).toEqual(before);
});

test("a cell being edited (Application.Ready false): refused with what to do", async () => {
  const { et, doc, host } = wps();
  et.state.ready = false;
  const before = doc.snapshot();
  for (const action of ["recalculate", "clearMarks", "undo"] as const) expect(await runHostAction(host, action)).toEqual({ ok: false, message: CELL_EDIT_MESSAGE });
  expect(doc.snapshot()).toEqual(before);
});

test("a protected sheet and a foreign value in an output cell: the same findings and writes as the Excel host", async () => {
  const arrange = (doc: FakeDocument) => {
    sheetOf(doc, "华容县").isProtected = true;
    sheetOf(doc, "岳阳县").edit(4, 8).value = "手填"; // I5, an output cell holding the user's text
    return doc;
  };
  const { doc, host } = wps(arrange(yueyangExample().doc));
  const excelDoc = arrange(yueyangExample().doc);
  const outcome = await runHostAction(host, "recalculate");
  const excel = await inExcel(excelDoc, "recalculate");
  if (!outcome.ok || !excel.ok || !("report" in outcome) || !("report" in excel)) throw new Error("failed");
  expect(outcome.report).toEqual(excel.report);
  const codes = outcome.report.findings.map((f) => f.code);
  expect(codes).toEqual(expect.arrayContaining(["OUTPUT_FOREIGN_VALUE"]));
  expect(outcome.report.findings.some((f) => f.sheet === "华容县" && /保护|protect/i.test(f.message))).toBe(true);
  const values = (d: FakeDocument) => visible(d).map((s) => [s.name, s.cells.map(([a1, c]) => [a1, c.value])]);
  expect(values(doc)).toEqual(values(excelDoc));
});
