// Issue 13, adversarial: damaged and unusual packages (odd-packages.ts).
// Each either scores correctly — the entry read as Excel shows it, or a
// finding where it is no number — with only Kaohe's cells changed, or exits
// 2 with a Chinese message naming the part; never a raw JavaScript error,
// never exit 0 with a silently wrong total, never a file written or touched.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sheetParts } from "../../src/cli/xlsx/package-parts";
import { XlsxPackage } from "../../src/cli/xlsx/xlsx-package";
import type { Report } from "../../src/core";
import { runCli } from "../cli/run-cli";
import { appTitles, expectOnlyKaoheChanges } from "./compare-packages";
import { DEDUCTION, ODD_PACKAGES, yueyangCounty } from "./odd-packages";
import { addPart, relate, XML_HEAD } from "./package-edit";

jest.setTimeout(60_000);

const dir = mkdtempSync(join(tmpdir(), "kaohe-odd-"));
/** 岳阳县 as the example has it: 财政资金 has no entry. */
const BASELINE = "96.5";

async function fileOf(id: string): Promise<string> {
  const odd = ODD_PACKAGES.find((o) => o.id === id);
  if (!odd) throw new Error(`no odd package ${id}`);
  const path = join(dir, `${id}${odd.ext ?? ".xlsx"}`);
  writeFileSync(path, await odd.bytes());
  return path;
}

/** What no user should ever read: a JavaScript error's name, a stack line, a raw errno. */
const RAW = /\b(TypeError|RangeError|SyntaxError|ReferenceError|Error:)|\n\s+at |\b(ENOENT|EACCES|EPERM|EBUSY|ENOSPC)\b|undefined|NaN/;

describe("refused: exit 2, the part named in Chinese, nothing written, the file untouched", () => {
  const cases: [string, string][] = [
    ["duplicate-entry", "压缩包中部件 xl/worksheets/sheet1.xml 出现了两次"],
    ["rel-to-missing", "缺少部件 xl/worksheets/sheet9.xml（工作表“岳阳县”）"],
    ["row-past-limit", "部件 xl/worksheets/sheet1.xml（工作表“岳阳县”）中的第 2000000 行超出了 Excel 工作表的范围"],
    ["shared-index-fraction", `部件 xl/worksheets/sheet1.xml（工作表“岳阳县”）的单元格 ${DEDUCTION} 已损坏：共享字符串编号“1.5”不是有效的编号`],
    ["shared-index-negative", `的单元格 ${DEDUCTION} 已损坏：共享字符串编号“-1”不是有效的编号`],
    ["shared-index-empty", `的单元格 ${DEDUCTION} 已损坏：共享字符串编号“”不是有效的编号`],
    ["zip-bomb", "解压后超过 1024 MB（到部件 xl/worksheets/sheet1.xml 已有 3072 MB）"],
    ["entity-expansion", "部件 xl/sharedStrings.xml 含有 DOCTYPE（文档类型声明）"],
    ["sheet-without-relationship", "工作表“表二”的关系 rId99 在 xl/_rels/workbook.xml.rels 中不存在"],
    ["duplicate-sheet-name", "xl/workbook.xml 中有两个工作表都叫“岳阳县”（Excel 的工作表名不区分大小写）"],
    ["utf16-sheet", "部件 xl/worksheets/sheet1.xml（工作表“岳阳县”）以 UTF-16 编码保存，Kaohe 只能读取 UTF-8 编码的部件"],
    ["unknown-cell-type", `的单元格 ${DEDUCTION} 已损坏：单元格类型 t="x" 不是 Excel 的单元格类型`],
    ["xls-renamed", "不是有效的 .xlsx 文件（可能已加密或损坏）。若是 .xls"],
    ["zero-bytes", "不是有效的 .xlsx 文件"],
    ["chart-sheets-only", "工作簿中只有图表工作表，没有可评分的表格"],
  ];
  test.each(cases)("%s", async (id, message) => {
    const path = await fileOf(id);
    const before = readFileSync(path);
    for (const command of ["score", "check", "summary"]) {
      const out = `${path}.${command}.out.xlsx`;
      const json = `${path}.${command}.json`;
      const run = await runCli([command, path, ...(command === "check" ? [] : ["--out", out]), "--json", json, "-q"]);
      expect(`${command} ${run.code}`).toBe(`${command} 2`);
      expect(run.stderr).toContain(message);
      expect(run.stderr).not.toMatch(RAW);
      expect(existsSync(out) || existsSync(json)).toBe(false);
    }
    expect(readFileSync(path).equals(before)).toBe(true);
  });
});

async function scored(id: string): Promise<{ report: Report; input: string; out: string; code: number }> {
  const input = await fileOf(id);
  const out = join(dir, `${id}.scored.xlsx`);
  const json = join(dir, `${id}.json`);
  const run = await runCli(["score", input, "--out", out, "--json", json, "-q"]);
  expect(run.stderr).toBe("");
  return { report: JSON.parse(readFileSync(json, "utf8")) as Report, input, out, code: run.code };
}

describe("error values in an entry column are findings, never blank or 0", () => {
  test.each([
    ["error-div0", "#DIV/0!"],
    ["error-na", "#N/A"],
    ["huge-number", "Infinity"],
  ])("%s: ENTRY_NOT_NUMBER on the cell quoting %s; check exits 1", async (id, shown) => {
    const { report, input, out } = await scored(id);
    expect(report.findings).toContainEqual(expect.objectContaining({ code: "ENTRY_NOT_NUMBER", severity: "error", cell: DEDUCTION, message: `“${shown}”不是数字，未计入；请填写数字或“不涉及”` }));
    expect(report.units.map((u) => u.total)).toEqual([BASELINE]);
    expectOnlyKaoheChanges(input, out);
    expect((await runCli(["check", input, "-q"])).code).toBe(1);
  });

  test("boolean-entry: ENTRY_DISPLAY_TYPE on the cell, saying Excel shows TRUE; not counted; check exits 1", async () => {
    const { report, input, out } = await scored("boolean-entry");
    expect(report.findings).toContainEqual(expect.objectContaining({ code: "ENTRY_DISPLAY_TYPE", severity: "error", cell: DEDUCTION, message: expect.stringContaining("逻辑值“TRUE”") }));
    expect(report.units.map((u) => u.total)).toEqual([BASELINE]);
    expectOnlyKaoheChanges(input, out);
    expect((await runCli(["check", input, "-q"])).code).toBe(1);
  });
});

test("an ISO date cell (t=\"d\") in 扣分 is a finding quoting the date — exceljs alone reads it as 2026 points", async () => {
  const { report, input, out } = await scored("iso-date-entry");
  expect(report.findings).toContainEqual(expect.objectContaining({ code: "ENTRY_NOT_NUMBER", cell: DEDUCTION, message: "“2026-01-02”不是数字，未计入；请填写数字或“不涉及”" }));
  expect(report.findings.filter((f) => f.code === "CAP_EXCEEDED")).toEqual([]);
  expect(report.units.map((u) => u.total)).toEqual([BASELINE]);
  expectOnlyKaoheChanges(input, out);
});

describe("read as Excel shows them, scored right, only Kaohe's cells changed", () => {
  test.each([
    ["inline-string-entry", "95"], // 扣分 "1.5" as an inline string: 2 − 1.5 = 0.5 on the item
    ["rich-inline-string", "95"], // "1" and ".5" in two runs: 1.5
    ["formula-string-result", "95"], // a formula whose text result is "1.5"
    ["cell-without-r", "95.5"], // placed after F28: 扣分 1
    ["cdata-entry", "95"], // CDATA is text: 1.5
    ["cdata-header", BASELINE], // the header 扣分 in CDATA is still the header (exceljs alone: 103, no finding)
    ["utf8-bom-sheet", "95.5"],
    ["date1904", "95.5"], // a 1904 workbook changes dates, never numbers: 扣分 1
    ["rich-text-phonetic", BASELINE], // 得分 in two runs with a reading, 扣分 with a reading: still the headers
    ["wrong-dimension", BASELINE],
    ["last-row", BASELINE],
  ])("%s → 岳阳县 %s", async (id, total) => {
    const { report, input, out, code } = await scored(id);
    expect(code).toBe(0);
    expect(report.units.map((u) => `${u.unit} ${u.total}`)).toEqual([`岳阳县 ${total}`]);
    expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
    const rless = /<c(?![^>]*\sr=)[^>]*>[\s\S]*?<\/c>/.exec(XlsxPackage.read(readFileSync(input)).text("xl/worksheets/sheet1.xml") ?? "")?.[0];
    // The comparison reads cells by address; a cell without one must come through exactly as it was.
    if (rless !== undefined) expect(XlsxPackage.read(readFileSync(out)).text("xl/worksheets/sheet1.xml")).toContain(rless);
    else expectOnlyKaoheChanges(input, out);
  });

  test("wrong <dimension>: the scored copy's used range covers every cell again", async () => {
    const { out } = await scored("wrong-dimension");
    const sheet = XlsxPackage.read(readFileSync(out)).text("xl/worksheets/sheet1.xml") ?? "";
    expect(/<dimension ref="A1:([A-Z]+)(\d+)"/.exec(sheet)?.slice(1).join("")).not.toBe("B2");
  });
});

test("Strict Open XML: scored, and the ledger sheet is added in the workbook's own (Strict) namespaces", async () => {
  const { report, input, out } = await scored("strict-ooxml");
  expect(report.units.map((u) => u.total)).toEqual([BASELINE]);
  expectOnlyKaoheChanges(input, out);
  const pkg = XlsxPackage.read(readFileSync(out));
  const ledger = sheetParts(pkg).find((s) => s.name === "_kaohe");
  expect(pkg.text(ledger?.part ?? "")).toContain('<worksheet xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main">');
  expect(pkg.text("xl/_rels/workbook.xml.rels")).toMatch(/Type="http:\/\/purl\.oclc\.org\/ooxml\/officeDocument\/relationships\/worksheet" Target="worksheets\/sheet\d+\.xml"\/><\/Relationships>$/);
  expect(pkg.text("xl/workbook.xml")).toContain('<sheet name="_kaohe" sheetId="2" state="veryHidden" r:id="rIdKaohe1"/>');
  expect(pkg.text("xl/workbook.xml")).toContain('xmlns:r="http://purl.oclc.org/ooxml/officeDocument/relationships"');
  expect(appTitles(pkg.text("docProps/app.xml") ?? "")).toEqual({ titles: ["岳阳县", "_kaohe"], consistent: true });
});

describe("a user's sheet named like Kaohe's ledger is refused, never overwritten or twinned", () => {
  test.each([
    ["_KAOHE (Excel compares names without case)", "_KAOHE"],
    ["_kaohe holding the user's own table", "_kaohe"],
  ])("%s", async (_, name) => {
    const pkg = await yueyangCounty();
    addPart(pkg, "xl/worksheets/sheet2.xml", `${XML_HEAD}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>我的备忘</t></is></c></row></sheetData></worksheet>`, "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
    const id = relate(pkg, "xl/workbook.xml", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet", "worksheets/sheet2.xml");
    pkg.setText("xl/workbook.xml", (pkg.text("xl/workbook.xml") ?? "").replace("</sheets>", `<sheet name="${name}" sheetId="9" r:id="${id}"/></sheets>`));
    const path = join(dir, `clash-${name}.xlsx`);
    writeFileSync(path, pkg.write());
    const before = readFileSync(path);
    const run = await runCli(["score", path, "--out", `${path}.out.xlsx`, "-q"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`工作簿中已有名为“${name}”的工作表，与 Kaohe 的记录表 _kaohe 同名`);
    expect(existsSync(`${path}.out.xlsx`)).toBe(false);
    expect(readFileSync(path).equals(before)).toBe(true);
  });
});
