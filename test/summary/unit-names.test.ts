// Unit names are compared normalised before duplicates are judged (issue
// 13's part of issue 11), in `kaohe score` as in `kaohe summary`; the CLI
// prints what it found.
import { gridToWorkbook } from "../../bench/grid-to-xlsx";
import { mulberry32, sanheTemplate, unitSheet } from "../../bench/sanhe-grid";
import { unitKey } from "../../src/core";
import { runCli } from "../cli/run-cli";
import { dir, readReport, writeWorkbook } from "../bad-input/helpers";
import { join } from "node:path";
import ExcelJS from "exceljs";

jest.setTimeout(60_000);

const template = sanheTemplate({ mergeIndicators: true });

async function sanheFile(units: readonly string[]): Promise<string> {
  const random = mulberry32(7);
  return writeWorkbook(gridToWorkbook({ sheets: units.map((u) => unitSheet(template, u, random)) }));
}

test("spaces, full/half-width brackets and punctuation do not make another unit", () => {
  expect(unitKey("市 财政局 ")).toBe(unitKey("市财政局"));
  expect(unitKey("仁和区（区）政府")).toBe(unitKey("仁和区(区)政府"));
  expect(unitKey("市工商、食药监局")).toBe(unitKey("市工商食药监局"));
  expect(unitKey("市财政局")).not.toBe(unitKey("市教育局"));
});

test("kaohe score: the same unit twice under one rubric, spelled differently, is DUPLICATE_UNIT naming both sheets and cells", async () => {
  const input = await sanheFile(["市财政局", "市 财政局"]);
  const json = join(dir, "dup-score.json");
  const run = await runCli(["score", input, "--rubric", "auto", "--out", join(dir, "dup-score.xlsx"), "--json", json]);
  const duplicate = readReport(json).findings.find((f) => f.code === "DUPLICATE_UNIT");
  expect(duplicate?.message).toMatch(/^单位“市 财政局”出现两次：「市财政局」![A-Z]+\d+ 和 「市 财政局」![A-Z]+\d+$/);
  expect(duplicate?.unit).toBe("市 财政局");
  expect(run.stdout).toContain("DUPLICATE_UNIT");
});

test("kaohe score prints units by group, then rank, with the group and plain column names", async () => {
  const input = await sanheFile(["市财政局", "市教育局", "市商务局"]);
  const run = await runCli(["score", input, "--rubric", "auto", "--out", join(dir, "three.xlsx")]);
  const [header] = run.stdout.split("\n");
  expect(header?.split(/\s+/)).toEqual(["考核组", "排名", "单位", "总分", "满分", "等次", "一票否决", "加分项", "扣分项", "工作表"]);
  const ranks = run.stdout
    .split("\n")
    .filter((l) => l.startsWith("市政府有关部门"))
    .map((l) => Number(l.split(/\s+/)[1]));
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  expect(ranks.length).toBe(3);
  // Two decimals, as 汇总 shows them.
  expect(run.stdout).toMatch(/市政府有关部门\s+1\s+\S+\s+\d+\.\d\d\s+100\.00/);
});

test("kaohe summary prints its findings and the errors note", async () => {
  const input = await sanheFile(["市财政局", "市教育局"]);
  const run = await runCli(["summary", input, "--rubric", "auto", "--out", join(dir, "汇总-findings.xlsx")]);
  expect(run.stdout.split("\n")[0]).toBe("《三河市2018年政务公开工作考核指标》考核结果汇总");
  expect(run.stdout).toMatch(/\[(错误|警告|提示)\] 市(财政|教育)局!/);
});

test("the 汇总 workbook: the core's title, notes and headings; scores formatted 0.00", async () => {
  const input = await sanheFile(["市财政局", "市教育局"]);
  const out = join(dir, "汇总-format.xlsx");
  await runCli(["summary", input, "--rubric", "auto", "--out", out, "-q"]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(out);
  const sheet = workbook.getWorksheet("汇总")!;
  const texts: string[] = [];
  sheet.eachRow((row) => texts.push(String(row.getCell(1).value ?? "")));
  expect(texts[0]).toBe("《三河市2018年政务公开工作考核指标》考核结果汇总");
  expect(texts).toContain("市政府有关部门（总分100分，2个单位）");
  let header = 0;
  sheet.eachRow((row, r) => {
    if (row.getCell(1).value === "排名") header = r;
  });
  const columns = (sheet.getRow(header).values as unknown[]).slice(1).map(String);
  const total = sheet.getRow(header + 1).getCell(columns.indexOf("折算总分") + 1);
  expect(typeof total.value).toBe("number");
  expect(total.numFmt).toBe("0.00");
});
