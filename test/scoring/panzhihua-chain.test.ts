// 攀枝花 政务信息 end to end on the multi-unit workbook (任务分配表, 计分标准, the
// 采用情况 count sheet, the 县（区） and 市级 考评表 as matrices, 钒钛高新区 on its
// own sheet): each table recognised as its bundled rubric, and every typed
// 采用情况 score checked against counts → points → ratio to the unit's targets.
import Decimal from "decimal.js";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildReport, scoreWorkbook } from "../../src/core";
import type { AdoptionScaleFile, TargetsFile } from "../../src/core/rubric/data-schemas";
import type { RubricFile } from "../../src/core/rubric/parse-rubric-file";
import { parseRubricFile } from "../../src/core/rubric/parse-rubric-file";
import type { Rubric } from "../../src/core/rubric/rubric-schema";
import { workbookToGrid } from "../../src/cli/xlsx/read-workbook";
import { fixtureById } from "../fixtures/catalog/all-fixtures";

const dir = join(__dirname, "..", "..", "rubrics");
const files: RubricFile[] = readdirSync(dir).flatMap((f) => {
  const r = parseRubricFile(JSON.parse(readFileSync(join(dir, f), "utf8")));
  return r.ok ? [r.file] : [];
});
const rubrics = files.filter((f): f is Rubric => f.kind === "rubric");
const targets = files.filter((f): f is TargetsFile => f.kind === "targets");
const scales = files.filter((f): f is AdoptionScaleFile => f.kind === "adoption-scale");

const grid = workbookToGrid(fixtureById("panzhihua-2016-info.workbook").build().workbook);
const score = scoreWorkbook(grid, { candidates: rubrics, data: { targets, scales } });
const report = buildReport(score.units, score.findings);

it("recognises each table as its bundled rubric", () => {
  const bySheet = new Map(report.units.map((u) => [u.sheet, u.rubric]));
  expect(Object.fromEntries(bySheet)).toEqual({
    "县（区）考评表": "panzhihua-2016-info-county",
    "市级考评表": "panzhihua-2016-info-city",
    表1: "panzhihua-2016-info-vanadium",
  });
  expect(report.units).toHaveLength(5 + 66 + 1);
});

it("works out 东区政府's 采用情况 from its counts, by hand", () => {
  const counts = grid.sheets.find((s) => s.name === "采用情况")!;
  const row = counts.values.find((r) => r[0] === "东区政府")!;
  const n = (col: number): number => Number(row[col] ?? 0);
  // Columns after 单位 | 市级采用任务 | 省级采用任务: 《攀政快讯》 特刊 《每日政情》 市级领导批示 | 《川政晨讯》 《要情专报》
  // 上报国办动态 上报国办专报 国办采用动态 国办采用专报 《政务工作交流》 省级以上领导批示 (计分标准: 4 8 2 10 | 3 8 3 8 3 8 3 10)
  const city = 4 * n(3) + 8 * n(4) + 2 * n(5) + 10 * n(6);
  const province = 3 * n(7) + 8 * n(8) + 3 * n(9) + 8 * n(10) + 3 * n(11) + 8 * n(12) + 3 * n(13) + 10 * n(14);
  // 任务分配表: 东区政府 市级 150, 省级 12. Shares: ≥100% 1; [70,100) 0.7; [50,70) 0.5; [30,50) 0.3; <30% 0.
  const share = (ratio: number): number => (ratio >= 100 ? 1 : ratio >= 70 ? 0.7 : ratio >= 50 ? 0.5 : ratio >= 30 ? 0.3 : 0);
  const expected = new Decimal(64).times(share((city / 150) * 100)).plus(new Decimal(16).times(share((province / 12) * 100)));
  const unit = report.units.find((u) => u.unit === "东区政府")!;
  const typed = unit.items.find((i) => i.path[i.path.length - 1] === "采用情况")!;
  const finding = report.findings.find((f) => f.code === "ADOPTION_SCORE_DIFFERS" && f.sheet === "县（区）考评表" && f.message.includes(`市级 ${city}/150`));
  if (expected.eq(typed.score)) expect(finding).toBeUndefined();
  else expect(finding?.message).toContain(`应为 ${expected.toFixed()} 分`);
});

it("flags a typed 采用情况 score exactly when it differs from the counts' score", () => {
  const flagged = report.findings.filter((f) => f.code === "ADOPTION_SCORE_DIFFERS");
  expect(flagged.length).toBeGreaterThan(0);
  for (const f of flagged) {
    const [, typed, computed] = /填写 ([\d.]+) 分，按采用情况应为 ([\d.]+) 分/.exec(f.message) ?? [];
    expect(new Decimal(typed ?? "0").eq(computed ?? "0")).toBe(false);
  }
  expect(report.findings.filter((f) => f.code === "UNIT_NO_TARGET" || f.code === "ADOPTION_COUNTS_MISSING")).toEqual([]);
});

it("converts each table's result as its rubric says (市级 满分3分, 县区 最多扣1分, 钒钛 按1分计)", () => {
  for (const u of report.units) {
    const total = new Decimal(u.total);
    if (u.rubric === "panzhihua-2016-info-city") expect(total.gte(0) && total.lte(3)).toBe(true);
    if (u.rubric === "panzhihua-2016-info-county") expect(total.gte(-1) && total.lte(0)).toBe(true);
    if (u.rubric === "panzhihua-2016-info-vanadium") expect(total.gte(0) && total.lte(1)).toBe(true);
  }
});
