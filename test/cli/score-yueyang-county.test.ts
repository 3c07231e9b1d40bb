// End to end on the bundled example: 岳阳市 县、市、区 (source 000, part 一)
// in its official layout → `kaohe score` → scored copy + report. Expected
// totals are worked out below from the document's own rules.
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Report } from "../../src/core";
import { buildYueyangCountyExample } from "../fixtures/yueyang-county-example";
import { runCli } from "./run-cli";

const dir = mkdtempSync(join(tmpdir(), "kaohe-yueyang-"));
const input = join(dir, "example.xlsx");
const output = join(dir, "example.scored.xlsx");
const reportPath = join(dir, "report.json");
let report: Report;
let inputHash: string;

const sha = (path: string): string => createHash("sha256").update(readFileSync(path)).digest("hex");

beforeAll(async () => {
  await buildYueyangCountyExample().xlsx.writeFile(input);
  inputHash = sha(input);
  const run = await runCli(["score", input, "--out", output, "--json", reportPath, "--quiet"]);
  expect(run.code).toBe(0);
  report = JSON.parse(readFileSync(reportPath, "utf8")) as Report;
});

const unit = (name: string) => {
  const found = report.units.find((u) => u.unit === name);
  if (!found) throw new Error(`no unit ${name} in the report`);
  return found;
};
/** The nth item whose last path label holds `last` (项目进厅 has four rows under one 三级指标). */
const item = (name: string, last: string, nth = 1) => {
  const found = unit(name).items.filter((i) => i.path[i.path.length - 1]?.includes(last))[nth - 1];
  if (!found) throw new Error(`no item ${last} for ${name}`);
  return found;
};

describe("岳阳 县市区: worked examples", () => {
  it("岳阳县: ordinary deductions and bonuses", () => {
    // Base points 组织领导 5 + 政府信息公开 40 + 政务服务 45 + 基层 10 = 100.
    // 工作部署 (2分): 未纳入综合考评的扣1分 → −1
    // 公开指南 (1分): 要素不全每少一项扣0.5分, one missing → −0.5
    // 人事信息 (1分): 每少一项扣0.5分, two missing → −1
    // 湖南省网上政务服务系统应用 (10分): 每降低10个百分点扣2分, 20 points lower → −4
    // 加分: 书面点名表扬 每次加1分 ×2 = +2; 党报党刊宣传报道 ×1 = +1 (section cap 10 not reached)
    // 100 − 1 − 0.5 − 1 − 4 + 2 + 1 = 96.5
    expect(unit("岳阳县")).toMatchObject({ total: "96.5", raw: "96.5", max: "100", bonus: "3", penalty: "0" });
    expect(item("岳阳县", "公开指南")).toMatchObject({ max: "1", deduction: "0.5", score: "0.5" });
  });

  it("华容县: caps bite (扣完为止, 加分/扣分 item caps)", () => {
    // 回复及时 (1分): 未及时处理 −1, 未报告 −1 = 2 > 1 → capped at 1 (注3: 扣分上限不超过该项目最高分值，扣完为止)
    // 企业登记事项… (3分): 每少一项扣0.5分 ×8 = 4 > 3 → capped at 3
    // 审批公开 (2分): 审批信息未公开的扣2分 → −2
    // base: 100 − 1 − 3 − 2 = 94
    // 加分: 表扬 ×9 = 9 > its 分值 7 → 7; 宣传报道 ×3 = 3; 7 + 3 = 10 (section cap 加分10分 holds)
    // 扣分: 批评 ×6 = 6 > its 分值 5 → 5; 批评报道 ×2 = 2; 5 + 2 = 7
    // 94 + 10 − 7 = 97
    expect(unit("华容县")).toMatchObject({ total: "97", bonus: "10", penalty: "7" });
    expect(item("华容县", "回复及时")).toMatchObject({ max: "1", deduction: "1", score: "0" });
    expect(item("华容县", "点书面名批评")).toMatchObject({ max: "5", deduction: "5", score: "-5" });
    expect(unit("华容县").sections.map((s) => [s.name, s.max, s.score])).toEqual([
      ["组织领导", "5", "5"],
      ["政府信息公开", "40", "37"],
      ["政务服务", "45", "42"],
      ["基层政务公开与政务服务", "10", "10"],
      ["加分", "10", "10"],
      ["扣分", "10", "-7"],
    ]);
  });

  it("汨罗市: text entries — \"0.5分\" is read, \"一分\" is refused and not counted", () => {
    // 监督检查 (1分): "0.5分" → −0.5; 食品安全: "一分" is not a number → finding, no deduction;
    // 窗口工作人员统一着装 (1分): 未统一的扣1分 → −1. 100 − 0.5 − 1 = 98.5
    expect(unit("汨罗市").total).toBe("98.5");
    expect(item("汨罗市", "食品安全")).toMatchObject({ deduction: "0", score: "2" });
  });

  it("ranks the three units", () => {
    expect(report.units.map((u) => [u.unit, u.rank])).toEqual([
      ["岳阳县", 3],
      ["华容县", 2],
      ["汨罗市", 1],
    ]);
  });

  it("reads every item of the table: 61 rows, base points adding up to 100", () => {
    for (const u of report.units) {
      expect(u.items).toHaveLength(61);
      const base = u.items.filter((i) => !["加分", "扣分"].includes(i.path[0] ?? ""));
      expect(base.reduce((sum, i) => sum + Number(i.max), 0)).toBe(100);
    }
  });

  it("lists every finding on the entry cell it concerns (G 扣分, H 加分)", () => {
    const row = (u: string, last: string, nth = 1) => item(u, last, nth).row;
    expect(report.findings.map((f) => [f.severity, f.code, f.sheet, f.cell])).toEqual([
      ["warning", "CAP_EXCEEDED", "华容县", `G${row("华容县", "回复及时")}`],
      ["warning", "CAP_EXCEEDED", "华容县", `G${row("华容县", "项目进厅", 2)}` /* 企业登记事项… */],
      ["warning", "BONUS_CAP_EXCEEDED", "华容县", `H${row("华容县", "书面点名表扬")}`],
      ["warning", "CAP_EXCEEDED", "华容县", `G${row("华容县", "点书面名批评")}`],
      ["error", "ENTRY_NOT_NUMBER", "汨罗市", `G${row("汨罗市", "食品安全")}`],
    ]);
    expect(report.findings[0]?.message).toBe("扣分 2 超过本项上限 1（扣完为止），按 1 计");
  });
});

describe("the scored copy", () => {
  let before: ExcelJS.Workbook;
  let after: ExcelJS.Workbook;
  beforeAll(async () => {
    before = new ExcelJS.Workbook();
    await before.xlsx.readFile(input);
    after = new ExcelJS.Workbook();
    await after.xlsx.readFile(output);
  });

  it("leaves the input file untouched", () => {
    expect(sha(input)).toBe(inputHash);
  });

  it("fills 得分 (column I) on item rows and the 合计 row with the report's scores", () => {
    const sheet = after.getWorksheet("华容县")!;
    expect(sheet.getCell(`I${item("华容县", "回复及时").row}`).value).toBe(0); // capped
    expect(sheet.getCell(`I${item("华容县", "点书面名批评").row}`).value).toBe(-5); // 扣分 item
    const u = unit("华容县");
    for (const i of u.items) expect(String(sheet.getCell(`I${i.row}`).value)).toBe(i.score);
    const total = sheet.getColumn(1).values.findIndex((v) => v === "合计");
    expect(sheet.getCell(`I${total}`).value).toBe(97);
  });

  it("keeps every other cell, merge and style of the input", () => {
    const written = new Set(report.units.flatMap((u) => u.items.map((i) => `${u.sheet}!I${i.row}`)));
    for (const sheetBefore of before.worksheets) {
      const sheetAfter = after.getWorksheet(sheetBefore.name)!;
      expect(sheetAfter.model.merges).toEqual(sheetBefore.model.merges);
      sheetBefore.eachRow({ includeEmpty: true }, (row, r) => {
        row.eachCell({ includeEmpty: true }, (cell, c) => {
          const other = sheetAfter.getRow(r).getCell(c);
          expect(other.style).toEqual(cell.style);
          const isTotal = sheetBefore.getCell(`A${r}`).value === "合计" && cell.address.startsWith("I");
          if (!written.has(`${sheetBefore.name}!${cell.address}`) && !isTotal) expect(other.value).toEqual(cell.value);
        });
      });
    }
  });

  it("is idempotent: scoring the scored copy again changes no score and flags nothing foreign", async () => {
    const again = join(dir, "again.xlsx");
    const againReport = join(dir, "again.json");
    expect((await runCli(["score", output, "--out", again, "--json", againReport, "-q"])).code).toBe(0);
    const second = JSON.parse(readFileSync(againReport, "utf8")) as Report;
    expect(second.units).toEqual(report.units);
    expect(second.findings).toEqual(report.findings);
  });
});
