// Catalogue, part 5 (issue 13): reading what Excel shows. A formula saved
// without its result is an error on that cell, never a blank; a formula's
// binary-float noise is read as the decimal Excel shows; a package whose
// sheet part is missing or truncated is named, never silently dropped.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { XlsxPackage } from "../../src/cli/xlsx/xlsx-package";
import { readRawEntries } from "../../src/cli/xlsx/zip-raw";
import { runCli } from "../cli/run-cli";
import { COL, codesAt, dir, rowOf, scoreFile, unitTotal, yueyangFile } from "./helpers";

jest.setTimeout(30_000);

describe("a 扣分 formula saved without a cached value (as openpyxl writes it)", () => {
  async function uncalculated(): Promise<string> {
    return yueyangFile((sheet) => {
      const row = rowOf(sheet, "财政资金");
      sheet.getCell(row, COL.deduction).value = { formula: "0.5*4" } as never;
    });
  }

  test("the file holds <f> and no <v>: what this case is about", async () => {
    const xml = XlsxPackage.read(readFileSync(await uncalculated())).text("xl/worksheets/sheet1.xml") ?? "";
    expect(xml).toMatch(/<c r="G\d+"[^>]*><f>0\.5\*4<\/f><\/c>/);
  });

  test("score: FORMULA_NOT_CALCULATED (error) on the cell, with the message to open and save in Excel/WPS", async () => {
    const path = await uncalculated();
    const { report } = await scoreFile(path);
    const found = report.findings.filter((f) => f.code === "FORMULA_NOT_CALCULATED");
    expect(found).toHaveLength(1);
    expect(found[0]?.severity).toBe("error");
    expect(found[0]?.cell).toMatch(/^G\d+$/);
    expect(found[0]?.message).toContain("公式 =0.5*4 没有保存计算结果");
    expect(found[0]?.message).toContain("请在 Excel 或 WPS 中打开并保存后再评分");
  });

  test("check: exit 1", async () => {
    expect((await runCli(["check", await uncalculated(), "-q"])).code).toBe(1);
  });
});

describe("binary-float noise in a formula's cached value", () => {
  test("=0.1*3*5 cached as 1.5000000000000002 counts as 1.5: the total is exact", async () => {
    expect(0.1 * 3 * 5).toBe(1.5000000000000002);
    const plain = await scoreFile(await yueyangFile((sheet) => void (sheet.getCell(rowOf(sheet, "财政资金"), COL.deduction).value = 1.5)));
    const noisy = await scoreFile(
      await yueyangFile((sheet) => void (sheet.getCell(rowOf(sheet, "财政资金"), COL.deduction).value = { formula: "0.1*3*5", result: 0.1 * 3 * 5 } as never)),
    );
    expect(unitTotal(noisy.report, "岳阳县")).toBe(unitTotal(plain.report, "岳阳县"));
    expect(unitTotal(noisy.report, "岳阳县")).toMatch(/^\d+(\.\d{1,2})?$/);
    expect(codesAt(noisy.report, "DEDUCTION_NOT_PRODUCIBLE")).toEqual(codesAt(plain.report, "DEDUCTION_NOT_PRODUCIBLE"));
  });
});

describe("damaged packages: exit 2 naming the part, never a dropped unit or JavaScript internals", () => {
  async function damaged(edit: (pkg: XlsxPackage) => void): Promise<string> {
    const source = await yueyangFile(() => undefined);
    const pkg = XlsxPackage.read(readFileSync(source));
    edit(pkg);
    const path = join(dir, `damaged-${Math.random().toString(36).slice(2, 8)}.xlsx`);
    writeFileSync(path, pkg.write());
    return path;
  }

  test.each(["score", "check", "summary"])("kaohe %s, a sheet part missing: 缺少部件 xl/worksheets/sheet1.xml（工作表“岳阳县”）", async (command) => {
    const path = await damaged((pkg) => pkg.delete("xl/worksheets/sheet1.xml"));
    const run = await runCli([command, path, ...(command === "check" ? [] : ["--out", `${path}.out.xlsx`]), "-q"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("工作簿已损坏，缺少部件 xl/worksheets/sheet1.xml（工作表“岳阳县”）");
    expect(run.stderr).toContain("请在 Excel 或 WPS 中打开");
  });

  test.each(["score", "check", "summary"])("kaohe %s, a sheet's XML truncated: 部件 … 不完整或已损坏, no 'sheetNo'", async (command) => {
    const path = await damaged((pkg) => {
      const xml = pkg.text("xl/worksheets/sheet1.xml") ?? "";
      pkg.setText("xl/worksheets/sheet1.xml", xml.slice(0, Math.floor(xml.length / 2)));
    });
    const run = await runCli([command, path, ...(command === "check" ? [] : ["--out", `${path}.out.xlsx`]), "-q"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("部件 xl/worksheets/sheet1.xml（工作表“岳阳县”）不完整或已损坏");
    expect(run.stderr).not.toContain("sheetNo");
  });

  test("a zip entry whose compressed data is damaged: named", async () => {
    const path = await damaged(() => undefined);
    const bytes = readFileSync(path);
    const entry = readRawEntries(bytes)?.get("xl/worksheets/sheet1.xml");
    if (!entry) throw new Error("no raw entry");
    // First deflate block header: BFINAL 1, BTYPE 11 — a block type that does not exist.
    bytes[entry.data.byteOffset] = 0x07;
    writeFileSync(path, bytes);
    const run = await runCli(["check", path, "-q"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("部件 xl/worksheets/sheet1.xml不完整或已损坏");
  });

  test("a worksheet part under a name exceljs does not read (xl/worksheets/data1.xml): exit 2, never a dropped unit", async () => {
    const path = await damaged((pkg) => {
      pkg.setBytes("xl/worksheets/data1.xml", pkg.bytes("xl/worksheets/sheet1.xml") ?? new Uint8Array());
      pkg.delete("xl/worksheets/sheet1.xml");
      pkg.setText("xl/_rels/workbook.xml.rels", (pkg.text("xl/_rels/workbook.xml.rels") ?? "").replace("worksheets/sheet1.xml", "worksheets/data1.xml"));
    });
    const run = await runCli(["check", path, "-q"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("部件 xl/worksheets/data1.xml（工作表“岳阳县”）的名称不是 Excel 的标准命名");
  });

  test("the shared strings part truncated: named", async () => {
    const path = await damaged((pkg) => pkg.setText("xl/sharedStrings.xml", (pkg.text("xl/sharedStrings.xml") ?? "").slice(0, 500)));
    const run = await runCli(["check", path, "-q"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("部件 xl/sharedStrings.xml不完整或已损坏");
  });
});

test.each([
  [".csv", "单位,得分\n岳阳县,96.5\n"],
  [".xml (SpreadsheetML 2003)", `<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>`],
])("a %s file: exit 2, 请在 Excel 或 WPS 中另存为 .xlsx 后重试", async (kind, text) => {
  const path = join(dir, `not-xlsx${kind.split(" ")[0] ?? ""}`);
  writeFileSync(path, text);
  const run = await runCli(["check", path, "-q"]);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain("请在 Excel 或 WPS 中另存为 .xlsx 后重试");
});

test("a shared-string index out of range (t=\"s\" past the table): exit 2 naming the cell, never a blank", async () => {
  const source = await yueyangFile(() => undefined);
  const pkg = XlsxPackage.read(readFileSync(source));
  const xml = pkg.text("xl/worksheets/sheet1.xml") ?? "";
  const cell = /<c r="(A\d+)"[^>]*t="s"[^>]*><v>\d+<\/v><\/c>/.exec(xml);
  if (!cell) throw new Error("no shared-string cell");
  pkg.setText("xl/worksheets/sheet1.xml", xml.replace(cell[0], cell[0].replace(/<v>\d+<\/v>/, "<v>99999</v>")));
  const path = join(dir, "bad-sst.xlsx");
  writeFileSync(path, pkg.write());
  const run = await runCli(["check", path, "-q"]);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain(`单元格 ${cell[1]}（工作表“岳阳县”）引用第 99999 号共享字符串，但共享字符串表只有`);
});
