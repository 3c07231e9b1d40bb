// The fake ET is strict (a member it does not model throws, a read-only one
// refuses a write) and counts every access; it shows the fake Excel
// document's cells, merges, fills and comments as ET's members give them.
import { documentFromGrid } from "../../src/preview/fake-excel";
import { XL_NONE, XL_SHEET_VERY_HIDDEN, colorToBgr, bgrToColor } from "../../src/wps/et-model";
import { fakeEt } from "../../src/wps/fake-et/fake-et";
import { UnknownMemberError } from "../../src/wps/fake-et/strict";

function sample() {
  const doc = documentFromGrid({
    sheets: [{ name: "表1", values: [[null, null], [null, "标题", null, "x"], [null, 1, 2, 3]], formulas: { D3: "B3+C3" }, merges: [{ top: 1, left: 1, bottom: 1, right: 2 }] }],
  });
  return fakeEt(doc);
}

test("unknown members throw; read-only members refuse writes", () => {
  const et = sample();
  const app = et.application as unknown as Record<string, unknown>;
  expect(() => app.Workbooks).toThrow(UnknownMemberError);
  const sheet = et.application.ActiveWorkbook?.Sheets.Item(1) as unknown as Record<string, unknown>;
  expect(() => sheet.Cells).toThrow("ET: Worksheet.Cells is not a member");
  expect(() => {
    sheet.ProtectContents = true;
  }).toThrow("read-only");
});

test("every property read, write and call is one counted host call", () => {
  const et = sample();
  const used = et.application.ActiveWorkbook?.Sheets.Item(1).UsedRange; // ActiveWorkbook, Sheets, Item, UsedRange
  expect(et.counter.calls).toBe(4);
  void used?.Value2;
  expect(et.counter.calls).toBe(5);
  expect(et.counter.byMember.get("Range.Value2")).toBe(1);
});

test("UsedRange: position, size, Value2 and Formula as 2-D arrays", () => {
  const used = sample().application.ActiveWorkbook?.Sheets.Item("表1").UsedRange;
  expect([used?.Row, used?.Column, used?.Rows.Count, used?.Columns.Count]).toEqual([2, 2, 2, 3]);
  expect(used?.Value2).toEqual([["标题", undefined, "x"], [1, 2, 3]]);
  expect(used?.Formula).toEqual([["标题", undefined, "x"], ["1", "2", "=B3+C3"]]);
});

test("MergeCells is true, false or null (some); MergeArea is the cell's merged area", () => {
  const sheet = sample().application.ActiveWorkbook?.Sheets.Item(1);
  expect(sheet?.Range("B2:C2").MergeCells).toBe(true);
  expect(sheet?.Range("B3:D3").MergeCells).toBe(false);
  expect(sheet?.Range("B2:D3").MergeCells).toBeNull();
  expect(sheet?.Range("C2").MergeArea.Address(false, false)).toBe("B2:C2");
  expect(sheet?.Range("D3").MergeArea.Address(false, false)).toBe("D3");
});

test("fills as BGR, no fill as Pattern xlNone; comments; very hidden sheets; structure and read-only states", () => {
  const et = sample();
  const sheet = et.application.ActiveWorkbook?.Sheets.Item(1);
  const cell = sheet?.Range("B3");
  expect(cell?.Interior.Pattern).toBe(XL_NONE);
  if (cell) cell.Interior.Color = colorToBgr("#FFC7CE");
  expect(et.doc.sheet("表1")?.cell(2, 1)?.fill?.color).toBe("#FFC7CE");
  expect(bgrToColor(cell?.Interior.Color ?? 0)).toBe("#FFC7CE");
  expect(cell?.Comment).toBeNull();
  cell?.AddComment("考核评分：x");
  expect(cell?.Comment?.Text()).toBe("考核评分：x");
  cell?.ClearComments();
  expect(cell?.Comment).toBeNull();
  const added = et.application.ActiveWorkbook?.Sheets.Add();
  if (added) added.Visible = XL_SHEET_VERY_HIDDEN;
  expect(et.doc.sheets[1]?.visibility).toBe("VeryHidden");
  et.state.readOnly = true;
  et.state.structureProtected = true;
  expect([et.application.ActiveWorkbook?.ReadOnly, et.application.ActiveWorkbook?.ProtectStructure]).toEqual([true, true]);
  expect(() => et.application.ActiveWorkbook?.Sheets.Add()).toThrow("structure is protected");
});
