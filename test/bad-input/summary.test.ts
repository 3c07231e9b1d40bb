// Catalogue, part 5: what `kaohe summary` refuses or flags — a unit that
// appears twice (DUPLICATE_UNIT, error, exit 1, both places named) and a
// unit in no group of the groups file (UNIT_NO_GROUP, warning, listed under
// 未分组). The inputs are never touched.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gridToWorkbook } from "../../bench/grid-to-xlsx";
import { mulberry32, sanheTemplate, unitSheet } from "../../bench/sanhe-grid";
import { runCli } from "../cli/run-cli";
import { dir, readReport, writeWorkbook, yueyangFile } from "./helpers";

const template = sanheTemplate({ mergeIndicators: true });

async function sanheFile(units: readonly string[], seed: number): Promise<string> {
  const random = mulberry32(seed);
  return writeWorkbook(gridToWorkbook({ sheets: units.map((u) => unitSheet(template, u, random)) }));
}

async function summary(inputs: readonly string[], extra: readonly string[] = []): Promise<{ code: number; stdout: string; report: ReturnType<typeof readReport> }> {
  const before = inputs.map((p) => readFileSync(p));
  const json = join(dir, `summary-${inputs.length}-${Date.now()}.json`);
  const run = await runCli(["summary", ...inputs, "--out", join(dir, `汇总-${Date.now()}.xlsx`), "--json", json, ...extra]);
  inputs.forEach((p, i) => expect(readFileSync(p).equals(before[i] ?? Buffer.alloc(0))).toBe(true));
  return { code: run.code, stdout: run.stdout, report: readReport(json) };
}

describe("duplicated unit names", () => {
  test("the same unit in two workbooks: DUPLICATE_UNIT naming both, exit 1, ranked once", async () => {
    const a = await sanheFile(["市财政局", "市教育局"], 1);
    const b = await sanheFile(["市财政局"], 2);
    const { code, report } = await summary([a, b], ["--rubric", "sanhe-2018-department"]);
    expect(code).toBe(1);
    const duplicate = report.findings.find((f) => f.code === "DUPLICATE_UNIT");
    expect(duplicate).toMatchObject({ severity: "error", sheet: "市财政局" });
    expect(duplicate?.message).toMatch(/^单位“市财政局”出现两次：case-\d+\.xlsx「市财政局」![A-Z]+\d+ 和 case-\d+\.xlsx「市财政局」![A-Z]+\d+$/);
    expect(report.units.map((u) => u.unit).sort()).toEqual(["市教育局", "市财政局"]);
  });

  test("two sheets of one workbook naming the same 被考核单位: DUPLICATE_UNIT naming both sheets", async () => {
    const input = await yueyangFile((_, workbook) => {
      // A copy of the sheet under another tab name: its "被考核单位：岳阳县" line names the same unit.
      const copy = workbook.addWorksheet("岳阳县(2)");
      workbook.getWorksheet("岳阳县")?.eachRow((row, r) => (copy.getRow(r).values = row.values));
    });
    const { code, report } = await summary([input]);
    expect(code).toBe(1);
    expect(report.findings.find((f) => f.code === "DUPLICATE_UNIT")?.message).toMatch(/「岳阳县」!I\d+ 和 case-\d+\.xlsx「岳阳县\(2\)」!I\d+$/);
  });
});

test("a unit in no group (--groups sanhe-2018-groups): UNIT_NO_GROUP warning, listed under 未分组, exit 0", async () => {
  const input = await sanheFile(["市财政局", "某某局"], 3);
  const { code, report, stdout } = await summary([input], ["--rubric", "sanhe-2018-department", "--groups", "sanhe-2018-groups"]);
  expect(code).toBe(0);
  expect(report.findings).toContainEqual(
    expect.objectContaining({ code: "UNIT_NO_GROUP", severity: "warning", sheet: "某某局", message: "单位“某某局”不在任何考核组（市政府有关部门、各镇区、街道办）中，列入“未分组”" }),
  );
  expect(report.units.find((u) => u.unit === "某某局")?.group).toBe("未分组");
  expect(report.units.find((u) => u.unit === "市财政局")?.group).toBe("市政府有关部门");
  expect(stdout).toContain("未分组");
});
