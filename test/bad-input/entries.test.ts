// Catalogue (docs/bad-inputs.md), part 1: bad values in entry cells of the
// 岳阳 example (扣分/加分 columns: 得分 computed), through the CLI. Each gets
// a finding or is read as the number it plainly is; nothing crashes and
// nothing the user typed is lost (scoreFile checks both files).
import ExcelJS from "exceljs";
import type { ReportItem } from "../../src/core";
import { codesAt, COL, rowOf, scoreFile, unitTotal, writeWorkbook, yueyangFile } from "./helpers";

/** 财政资金: 2 points, "公开内容不全的，每少一项扣0.5分", no entry in the example. 岳阳县 scores 96.5 as it stands. */
const ITEM = "财政资金";
const BASELINE = "96.5";

async function withDeduction(value: ExcelJS.CellValue): Promise<{ report: Awaited<ReturnType<typeof scoreFile>>["report"]; row: number; output: string }> {
  let row = 0;
  const input = await yueyangFile((sheet) => {
    row = rowOf(sheet, ITEM);
    sheet.getCell(row, COL.deduction).value = value;
  });
  const { report, output, run } = await scoreFile(input);
  expect(run.code).toBe(0);
  return { report, row, output };
}

function item(report: { units: readonly { items: readonly ReportItem[] }[] }, row: number): ReportItem | undefined {
  return report.units[0]?.items.find((i) => i.row === row);
}

describe("text in a number cell", () => {
  test.each(["一分", "√", "是"])("%s → ENTRY_NOT_NUMBER (error), not counted", async (text) => {
    const { report, row } = await withDeduction(text);
    expect(report.findings).toContainEqual(expect.objectContaining({ code: "ENTRY_NOT_NUMBER", severity: "error", cell: `G${row}`, message: `“${text}”不是数字，未计入；请填写数字或“不涉及”` }));
    expect(unitTotal(report, "岳阳县")).toBe(BASELINE);
  });

  test.each(["1.5分", "１．５", " 1.5 "])("%s is read as 1.5: the item scores 0.5, no finding", async (text) => {
    const { report, row, output } = await withDeduction(text);
    expect(report.findings.filter((f) => f.cell === `G${row}`)).toEqual([]);
    expect(item(report, row)).toMatchObject({ deduction: "1.5", score: "0.5" });
    expect(unitTotal(report, "岳阳县")).toBe("95");
    const scored = new ExcelJS.Workbook();
    await scored.xlsx.readFile(output);
    expect(scored.getWorksheet("岳阳县")?.getCell(row, COL.score).value).toBe(0.5);
  });
});

describe("negative and huge numbers", () => {
  test("-1 → ENTRY_NEGATIVE (error), counted as 0", async () => {
    const { report, row } = await withDeduction(-1);
    expect(codesAt(report, "ENTRY_NEGATIVE")).toEqual([`ENTRY_NEGATIVE G${row}`]);
    expect(report.findings.find((f) => f.code === "ENTRY_NEGATIVE")?.message).toBe("扣分不能为负数（-1），此项按 0 计");
    expect(item(report, row)).toMatchObject({ deduction: "0", score: "2" });
  });

  test.each([99999999999, 1e308])("%d → CAP_EXCEEDED (warning), the item's 2 points taken (扣完为止)", async (huge) => {
    const { report, row } = await withDeduction(huge);
    expect(codesAt(report, "CAP_EXCEEDED")).toEqual([`CAP_EXCEEDED G${row}`]);
    expect(item(report, row)).toMatchObject({ deduction: "2", score: "0" });
    expect(unitTotal(report, "岳阳县")).toBe("94.5");
  });

  // A 1e308 entry is spelled out in full: the message is 330 characters of
  // digits ("扣分 1000…000 超过本项上限 2"). It is exact but unreadable; the
  // pane and the CLI print it as is. Should: keep the message short (e.g.
  // quote the entry as typed, 1e308, or in scientific form).
  test("1e308: the CAP_EXCEEDED message stays readable (under 80 characters)", async () => {
    const { report } = await withDeduction(1e308);
    expect(report.findings.find((f) => f.code === "CAP_EXCEEDED")?.message.length).toBeLessThan(80);
  });
});

// Fixed (was a bug): points that add up beyond a double (two items of 分值 1e308) make the
// 合计 write Infinity: plan-writes.ts turns the exact sum into a number with
// Decimal#toNumber(), and apply-writes.ts stores it, so the scored copy holds
// <c r="F4"><v>Infinity</v></c> — not a number Excel can read; it reports
// the file as damaged. The report's exact total ("2000…000", 309 digits) is
// right. Should: never write a non-finite number (leave the cell, flag it).
test("分值 1e308 on two rows: the scored copy holds no Infinity, and the total is flagged instead", async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("表1");
  for (const row of [["一级指标", "二级指标", "分值", "扣分办法", "扣分", "得分"], ["甲", "甲一", 1e308, "扣1分", null, null], ["甲", "甲二", 1e308, "扣1分", null, null], ["合计"]]) sheet.addRow(row);
  const { output, report } = await scoreFile(await writeWorkbook(workbook));
  const scored = new ExcelJS.Workbook();
  await scored.xlsx.readFile(output);
  const total = scored.getWorksheet("表1")?.getCell("F4").value;
  expect(total === null || Number.isFinite(total)).toBe(true);
  expect(report.findings).toContainEqual(expect.objectContaining({ code: "OUTPUT_NOT_WRITABLE", cell: "F4" }));
});

describe("NaN-like text", () => {
  test.each(["NaN", "Infinity", "-Infinity", "#DIV/0!", "1e3"])("%s → ENTRY_NOT_NUMBER, not counted", async (text) => {
    const { report, row } = await withDeduction(text);
    expect(codesAt(report, "ENTRY_NOT_NUMBER")).toEqual([`ENTRY_NOT_NUMBER G${row}`]);
    expect(unitTotal(report, "岳阳县")).toBe(BASELINE);
  });

  test("an Excel error value (#DIV/0! from a formula) → ENTRY_NOT_NUMBER", async () => {
    const { report, row } = await withDeduction({ error: "#DIV/0!" } as ExcelJS.CellErrorValue);
    expect(report.findings).toContainEqual(expect.objectContaining({ code: "ENTRY_NOT_NUMBER", cell: `G${row}` }));
  });
});

describe("entries the rules do not allow", () => {
  test("an entry on a row with no points (分值 \"—\") → ENTRY_WITHOUT_POINTS (error)", async () => {
    let row = 0;
    const input = await yueyangFile((sheet) => {
      row = rowOf(sheet, "工作部署"); // 扣分 1 in the example
      sheet.getCell(row, COL.points).value = "—";
    });
    const { report } = await scoreFile(input);
    expect(report.findings).toContainEqual(expect.objectContaining({ code: "ENTRY_WITHOUT_POINTS", severity: "error", cell: `G${row}`, message: "此行没有分值，不能填写扣分（1）" }));
    // The section label still says 5; its items now add up to 3.
    expect(report.findings).toContainEqual(expect.objectContaining({ code: "SECTION_POINTS_MISMATCH", cell: "A5" }));
  });

  test("0.3 where only 0.5 steps exist → DEDUCTION_NOT_PRODUCIBLE (warning), still counted", async () => {
    const { report, row } = await withDeduction(0.3);
    expect(report.findings).toContainEqual(
      expect.objectContaining({ code: "DEDUCTION_NOT_PRODUCIBLE", severity: "warning", cell: `G${row}`, message: "扣分 0.3 无法由本项扣分办法得出（可扣：0.5×n），请核对" }),
    );
    expect(item(report, row)).toMatchObject({ deduction: "0.3", score: "1.7" });
  });

  test("a bonus on an item with no bonus rule → BONUS_NOT_ALLOWED (error), not counted", async () => {
    let row = 0;
    const input = await yueyangFile((sheet) => {
      row = rowOf(sheet, ITEM);
      sheet.getCell(row, COL.bonus).value = 1;
    });
    const { report } = await scoreFile(input);
    expect(report.findings).toContainEqual(expect.objectContaining({ code: "BONUS_NOT_ALLOWED", severity: "error", cell: `H${row}` }));
    expect(item(report, row)).toMatchObject({ bonus: "0", score: "2" });
    expect(unitTotal(report, "岳阳县")).toBe(BASELINE);
  });
});
