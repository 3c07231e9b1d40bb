// Catalogue, part 7: output cells that already hold the user's work. Kaohe
// writes only cells that are empty or still hold what it wrote; anything
// else is flagged and kept (scoreFile checks every non-empty input cell and
// formula survives). And a second run over the scored copy changes nothing.
import { copyFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { COL, rowOf, scoreFile, yueyangFile } from "./helpers";

test("a value typed into 得分 → OUTPUT_FOREIGN_VALUE (warning), kept", async () => {
  let row = 0;
  const input = await yueyangFile((sheet) => {
    row = rowOf(sheet, "工作部署");
    sheet.getCell(row, COL.score).value = 1.5;
  });
  const { report } = await scoreFile(input);
  expect(report.findings).toContainEqual(expect.objectContaining({ code: "OUTPUT_FOREIGN_VALUE", severity: "warning", cell: `I${row}`, message: "得分单元格已有他人填写的值“1.5”，未覆盖；计算结果为 1" }));
});

test("a text note typed into 得分 (\"待定\") → OUTPUT_FOREIGN_VALUE, kept", async () => {
  let row = 0;
  const input = await yueyangFile((sheet) => {
    row = rowOf(sheet, "工作部署");
    sheet.getCell(row, COL.score).value = "待定";
  });
  const { report } = await scoreFile(input);
  expect(report.findings).toContainEqual(expect.objectContaining({ code: "OUTPUT_FOREIGN_VALUE", cell: `I${row}` }));
});

test("the user's own =SUM in the 合计 row → OUTPUT_FOREIGN_FORMULA, kept", async () => {
  let total = 0;
  const input = await yueyangFile((sheet) => {
    sheet.eachRow((r, n) => {
      if (String(r.getCell(1).value ?? "") === "合计") total = n;
    });
    sheet.getCell(total, COL.score).value = { formula: `SUM(I5:I${total - 1})`, result: 0 };
  });
  const { report } = await scoreFile(input);
  expect(report.findings).toContainEqual(expect.objectContaining({ code: "OUTPUT_FOREIGN_FORMULA", cell: `I${total}` }));
});

test("scoring the scored copy again: same report, same cells, nothing flagged as foreign", async () => {
  const input = await yueyangFile(() => undefined);
  const first = await scoreFile(input);
  const again = first.output.replace(/\.scored\.xlsx$/, ".again.xlsx");
  copyFileSync(first.output, again);
  const second = await scoreFile(again);
  expect(second.report).toEqual(first.report);
  expect(second.report.findings.filter((f) => f.code.startsWith("OUTPUT_FOREIGN"))).toEqual([]);
  const a = new ExcelJS.Workbook();
  const b = new ExcelJS.Workbook();
  await a.xlsx.readFile(first.output);
  await b.xlsx.readFile(second.output);
  const cells = (wb: ExcelJS.Workbook): unknown[] => {
    const out: unknown[] = [];
    wb.getWorksheet("岳阳县")?.eachRow((row) => out.push(row.values));
    return out;
  };
  expect(cells(b)).toEqual(cells(a));
});
