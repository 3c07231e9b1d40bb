// Worked examples: 攀枝花市 2016 (source 002), the five 考评表. The tables print
// 自评分 and 考核分 (考评分): the unit types its own score, the assessor the
// other, and the typed 考核分 is the entry. The document's own words that decide
// the results:
//   政务（信息）公开: “采用倒扣分法计分” “考核结果按最多扣2分进行折算”;
//     “实行政务(信息)公开“一票否决”制度,直接从责任单位目标考核总分中扣2分:… 政府或部门网站被省级或以上部门通报批评的。”
//   效能建设: “扣分项，最多扣 2 分。”
//   政务信息: “县(区)政府政务信息考核分数为扣分项,…最多扣1分;市级考核单位政务信息考核分数为得分项,
//     每完成一项计相应分值,满分3分。钒钛高新区按1分计。凡误报、瞒报、迟报信息或编造虚假信息造成重大影响或
//     严重后果的,政务信息考核分值实施一票否决。”
// 折算 divides, so the result is rounded to two places, as scores are written.
// 采用情况 is worked out from the 采用情况 sheet: 计分标准 points per adopted item,
// the ratio to the unit's 任务分配表 target, the band's share of 64 / 16 (80).
import type { Scored, TablePlan, UnitPlan } from "./worked-workbook";
import { cellOf, expectedItems, findingList, reportedItems, scoreUnits, sectionList, unitOf } from "./worked-workbook";
import { addAdoptionSheet } from "./adoption-sheet";
import type { AdoptionRow } from "./adoption-sheet";
import Decimal from "decimal.js";

jest.setTimeout(20_000);

type Row = readonly [string, string | null];

/** Both the unit's 自评分 and the assessor's score, as typed; `column` is the assessor's (考核分 / 考评分). */
const both = (column: string) => (row: Row) => ({ 自评分: row[1]!, [column]: row[1]! });
const scored = (column: string, points: string, score: string, why: string, self: string = score) => ({
  set: { 自评分: self, [column]: score },
  expect: { deduction: new Decimal(points).minus(score).toFixed(), score },
  why,
});

// ───────────────────────────── 政务（信息）公开工作考评表 ─────────────────────────────

const openness: TablePlan = {
  tableId: "panzhihua-2016-openness",
  rows: [["组织保障", "10"], ["日常工作情况", "20"], ["重点工作", "50"], ["载体建设", "20"]],
  titles: (unit) => ["政务（信息）公开工作考评表", `被考核单位：${unit}`],
  defaults: both("考核分"),
  mergeIndicators: false,
};
const o = (points: string, score: string, why: string, self?: string) => scored("考核分", points, score, why, self);

const OPENNESS_UNITS: readonly UnitPlan[] = [
  {
    unit: "市财政局",
    entries: {
      // The unit gave itself the full 10; the assessor found 1. (扣 2.5 分).
      组织保障: o("10", "7.5", "1.主要负责同志年度内没有听取政务（信息）公开工作专题汇报…（扣 2.5 分）", "10"),
      日常工作情况: o("20", "15", "2.未能及时更新基本信息…（扣 5 分）"),
      重点工作: o("50", "40", "①决策公开 (扣 5 分) + ②执行公开 (扣 5 分) 推进不力"),
    },
  },
  { unit: "市民政局", entries: {} },
  {
    unit: "市水务局",
    entries: {
      组织保障: o("10", "0", "1.–4. each (扣 2.5 分)"),
      日常工作情况: o("20", "0", "1.–4. each (扣 5 分)"),
      重点工作: o("50", "0", "1.重点领域 (扣 5 分) + 2.“五公开” ①–⑤ (共计扣 25 分) + 3.行权平台 (扣 20 分)"),
      // The four printed deductions add up to 5 + 2.5 + 5 + 5 = 17.5: 2.5 of its 20 stay.
      载体建设: o("20", "2.5", "1. (扣 5 分) + 2. (扣 2.5 分) + 3. (扣 5 分) + 4. (扣 5 分) = 17.5"),
    },
  },
  {
    unit: "市林业局",
    entries: {
      // 一票否决 is written where it arose: the 载体建设 row (政府或部门网站被省级或以上部门通报批评的).
      载体建设: { set: { 自评分: "20", 考核分: "一票否决" }, expect: {}, why: "部门网站被省级部门通报批评：一票否决" },
    },
  },
];

describe("攀枝花 政务（信息）公开工作考评表: worked examples", () => {
  let s: Scored;
  beforeAll(async () => {
    s = await scoreUnits(openness, OPENNESS_UNITS);
  });

  it.each(["市财政局", "市民政局", "市水务局"])("%s: every item is the 考核分 typed", (unit) => {
    expect(reportedItems(s, unit)).toEqual(expectedItems(s, unit));
  });

  it("results are 折算 onto at most 2 points deducted: (100 − raw) / 100 × 2", () => {
    //   市财政局 raw 7.5 + 15 + 40 + 20 = 82.5 → (17.5 / 100) × 2 = 0.35 deducted → −0.35
    //   市民政局 raw 100 → nothing deducted → 0
    //   市水务局 raw 2.5 → 97.5 / 100 × 2 = 1.95 → −1.95
    expect(["市财政局", "市民政局", "市水务局"].map((n) => unitOf(s.report, n)).map((u) => [u.unit, u.max, u.raw, u.total, u.veto])).toEqual([
      ["市财政局", "100", "82.5", "-0.35", false],
      ["市民政局", "100", "100", "0", false],
      ["市水务局", "100", "2.5", "-1.95", false],
    ]);
    expect(sectionList(unitOf(s.report, "市财政局"))).toEqual([
      ["组织保障", "10", "7.5"],
      ["日常工作情况", "20", "15"],
      ["重点工作", "50", "40"],
      ["载体建设", "20", "20"],
    ]);
  });

  it("lists where 自评分 and 考核分 differ", () => {
    const at = cellOf(s, "市财政局", "组织保障", "考核分");
    expect(findingList(s.report.findings).filter((f) => f[2] !== "市林业局")).toEqual([["info", "SELF_SCORE_DIFFERS", "市财政局", at]]);
  });

  // Fixed engine difference (攀枝花 政务（信息）公开 一票否决): the document gives this table a veto
  // (“直接从责任单位目标考核总分中扣2分”) for four situations, one of them “政府或部门网站被省级或以上
  // 部门通报批评的”; the result is then the whole 2 points deducted, −2. No item of the table
  // carries a veto clause, so the engine refuses 一票否决 on any row (VETO_NOT_ALLOWED) and the
  // unit is not vetoed (got: veto false, total −0.4 from the 载体建设 row counted 0).
  it("市林业局: 一票否决 takes the whole 2 points (veto)", () => {
    const u = unitOf(s.report, "市林业局");
    expect([u.veto, u.total]).toEqual([true, "-2"]);
    expect(findingList(s.report.findings).filter((f) => f[2] === "市林业局")).toEqual([]);
  });
});

// ───────────────────────────── 效能建设工作考评表 ─────────────────────────────

const efficiency: TablePlan = {
  tableId: "panzhihua-2016-efficiency",
  rows: [["制度建设", "20"], ["改进机关作风", "20"], ["深化行政审批制度改革", "30"], ["优化发展软环境", "20"], ["信息报送", "10"]],
  titles: (unit) => ["效能建设工作考评表", `被考核单位：${unit}`],
  defaults: both("考评分"),
  mergeIndicators: false,
};
const e = (points: string, score: string, why: string, self?: string) => scored("考评分", points, score, why, self);

const EFFICIENCY_UNITS: readonly UnitPlan[] = [
  {
    unit: "市公安局",
    entries: {
      制度建设: e("20", "10", "少一项制度扣5分 ×2"),
      改进机关作风: e("20", "0", "违反一项扣10分 ×3 = 30, 最多扣20分 → 0"),
      深化行政审批制度改革: e("30", "10", "未完成其中一项扣20分 ×1"),
      信息报送: e("10", "0", "未按要求上报信息扣10分"),
    },
  },
  {
    unit: "市商务局",
    entries: {
      // Typed as 20 − 30: a score below 0 is refused and counted 0 — 最多扣20分 leaves 0.
      改进机关作风: { set: { 自评分: "-10", 考评分: "-10" }, expect: { deduction: "20", score: "0" }, why: "违反一项扣10分 ×3, typed 20 − 30 = −10; 最多扣20分 → 0" },
      深化行政审批制度改革: e("30", "0", "未完成其中一项扣20分 ×2 = 40 > 30 → 0"),
    },
  },
  { unit: "市统计局", entries: {} },
];

describe("攀枝花 效能建设工作考评表: worked examples", () => {
  let s: Scored;
  beforeAll(async () => {
    s = await scoreUnits(efficiency, EFFICIENCY_UNITS);
  });

  it.each(EFFICIENCY_UNITS.map((u) => u.unit))("%s: every item is the 考评分 typed, not below 0", (unit) => {
    expect(reportedItems(s, unit)).toEqual(expectedItems(s, unit));
  });

  it("扣分项，最多扣 2 分: (100 − raw) / 100 × 2 deducted", () => {
    //   市公安局 10 + 0 + 10 + 20 + 0 = 40 → 60 / 100 × 2 = 1.2 → −1.2
    //   市商务局 20 + 0 + 0 + 20 + 10 = 50 → 1 → −1
    //   市统计局 100 → 0
    expect(s.report.units.map((u) => [u.unit, u.raw, u.total])).toEqual([
      ["市公安局", "40", "-1.2"],
      ["市商务局", "50", "-1"],
      ["市统计局", "100", "0"],
    ]);
  });

  it("ranks by what is deducted: 0, −1, −1.2", () => {
    expect(s.report.units.map((u) => [u.unit, u.rank])).toEqual([
      ["市公安局", 3],
      ["市商务局", 2],
      ["市统计局", 1],
    ]);
  });

  it("refuses the negative score on its cell", () => {
    expect(findingList(s.report.findings)).toEqual([["error", "ENTRY_NEGATIVE", "市商务局", cellOf(s, "市商务局", "改进机关作风", "考评分")]]);
  });
});

// ───────────────────────────── 政务信息工作考评表 (市级, 县区, 钒钛) ─────────────────────────────

const INFO_ROWS: readonly Row[] = [["基础工作", "5"], ["日常报送情况", "5"], ["约稿信息报送情况", "5"], ["所报信息内容真实性情况", "5"], ["采用情况", "80"]];
const info = (tableId: string, title: string): TablePlan => ({
  tableId,
  rows: INFO_ROWS,
  titles: (unit) => [title, `被考核单位：${unit}`],
  defaults: both("考评分"),
});
const i = (points: string, score: string, why: string) => scored("考评分", points, score, why);
const vetoed = (why: string) => ({ set: { 自评分: "5", 考评分: "一票否决" }, expect: { deduction: "5", score: "0" }, why });

// 市级 table: 基础工作 “…得 5 分”; 日常报送 “…得 5 分。每月报送信息不足 6 条的，此项少得 2 分”;
// 约稿 and 真实性 “…得 3 分” (as printed, though the row's 分值 is 5).
const CITY_UNITS: readonly UnitPlan[] = [
  {
    unit: "市发展改革委",
    entries: {
      日常报送情况: i("5", "3", "每月报送信息不足 6 条的，此项少得 2 分"),
      约稿信息报送情况: i("5", "3", "能按时保质保量完成…得 3 分"),
      所报信息内容真实性情况: i("5", "3", "所报信息内容属实…得 3 分"),
      // 市级 84 / 120 = 70% (含 70%) → 70% × 64 = 44.8; 省级 9 / 9 = 100% → 16; 60.8
      采用情况: i("80", "60.8", "《攀政快讯》21 条 × 4 = 84 of 120 (70%): 44.8; 《川政晨讯》3 条 × 3 = 9 of 9: 16"),
    },
  },
  {
    unit: "市政府驻北京联络处",
    entries: {
      约稿信息报送情况: i("5", "3", "…得 3 分"),
      所报信息内容真实性情况: i("5", "3", "…得 3 分"),
      // 采用任务中只有市级任务的单位，此项得分满分为 80 分: 56 / 80 = 70% → 70% × 80 = 56
      采用情况: i("80", "56", "《每日政情》28 期 × 2 = 56 of 80 (70%), 市级 only: 70% × 80"),
    },
  },
  {
    unit: "市政府驻成都办事处",
    entries: {
      基础工作: i("5", "0", "无相应的组织机构和工作制度…不得分"),
      约稿信息报送情况: i("5", "0", "出现一次未及时完成此项任务的，不得分"),
      所报信息内容真实性情况: i("5", "3", "…得 3 分"),
      // 24 / 80 = 30% (30% 以上(含 30%)) → 30% × 80 = 24
      采用情况: i("80", "24", "《攀政快讯》6 条 × 4 = 24 of 80 (30%), 市级 only: 30% × 80"),
    },
  },
  {
    unit: "市农牧局",
    entries: {
      约稿信息报送情况: i("5", "3", "…得 3 分"),
      所报信息内容真实性情况: vetoed("报送虚假信息…造成严重后果的实行政务信息考核一票否决"),
      // The assessor typed 80; the counts give 市级 120 / 120 → 64, 省级 6 / 9 = 66.67% → 50% × 16 = 8: 72.
      采用情况: { set: { 自评分: "80", 考评分: "80" }, expect: { deduction: "0", score: "80" }, why: "typed 80 (kept, never replaced); the counts give 72" },
    },
  },
];

const CITY_COUNTS: readonly AdoptionRow[] = [
  { unit: "市发展改革委", targets: [120, 9], counts: { 攀政快讯: 21, 川政晨讯: 3 } },
  { unit: "市政府驻北京联络处", targets: [80, 0], counts: { 每日政情: 28 } },
  { unit: "市政府驻成都办事处", targets: [80, 0], counts: { 攀政快讯: 6 } },
  { unit: "市农牧局", targets: [120, 9], counts: { 攀政快讯: 30, 川政晨讯: 2 } },
];

describe("攀枝花 市级政务信息工作考评表: worked examples", () => {
  let s: Scored;
  beforeAll(async () => {
    s = await scoreUnits(info("panzhihua-2016-info-city", "攀枝花市市级政务信息工作考评表"), CITY_UNITS, "panzhihua-2016-info-city", (wb) => addAdoptionSheet(wb, CITY_COUNTS));
  });

  it.each(CITY_UNITS.map((u) => u.unit))("%s: every item is the 考评分 typed", (unit) => {
    expect(reportedItems(s, unit)).toEqual(expectedItems(s, unit));
  });

  it("得分项, 满分3分: raw / 100 × 3; 一票否决 takes the whole 政务信息考核分值", () => {
    //   市发展改革委     5 + 3 + 3 + 3 + 60.8 = 74.8 → 2.244 → 2.24
    //   市政府驻北京联络处 5 + 5 + 3 + 3 + 56 = 72 → 2.16
    //   市政府驻成都办事处 0 + 5 + 0 + 3 + 24 = 32 → 0.96
    //   市农牧局         vetoed → 0
    expect(s.report.units.map((u) => [u.unit, u.raw, u.total, u.veto])).toEqual([
      ["市发展改革委", "74.8", "2.24", false],
      ["市政府驻北京联络处", "72", "2.16", false],
      ["市政府驻成都办事处", "32", "0.96", false],
      ["市农牧局", "93", "0", true],
    ]);
  });

  it("ranks 2.24, 2.16, 0.96, 0 (vetoed)", () => {
    expect(s.report.units.map((u) => [u.unit, u.rank])).toEqual([
      ["市发展改革委", 1],
      ["市政府驻北京联络处", 2],
      ["市政府驻成都办事处", 3],
      ["市农牧局", 4],
    ]);
  });

  it("checks the typed 采用情况 against the counts and lists the difference on its cell", () => {
    expect(findingList(s.report.findings)).toEqual([["warning", "ADOPTION_SCORE_DIFFERS", "市农牧局", cellOf(s, "市农牧局", "采用情况", "考评分")]]);
    expect(s.report.findings[0]?.message).toContain("72");
  });
});

// 县（区） table: every row is a deduction (…扣 2 分; …扣 5 分); 采用情况 “扣 30% 分数” … “此项分数扣完”.
const COUNTY_UNITS: readonly UnitPlan[] = [
  {
    unit: "东区政府",
    entries: {
      日常报送情况: i("5", "3", "每月报送信息不足 8 条的，扣 2 分"),
      约稿信息报送情况: i("5", "0", "出现一次未及时完成此项任务的扣 5 分"),
      // 市级 150 / 150 = 100% → 64; 省级 6 / 12 = 50% (含 50%) → 扣 50% → 8; 72
      采用情况: i("80", "72", "《攀政快讯》35 条 × 4 + 市级领导批示 1 × 10 = 150 of 150; 《川政晨讯》2 条 × 3 = 6 of 12"),
    },
  },
  {
    unit: "米易县政府",
    entries: {
      // 152 / 150 and 16 / 12: 完成采用目标任务不扣分 — the default 80.
    },
  },
  {
    unit: "西区政府",
    entries: {
      日常报送情况: vetoed("紧急重要信息迟报、漏报、瞒报…造成严重后果的实行政务信息考核一票否决"),
      // 市级 80 / 150 = 53.33% → 扣 50% → 32; 省级 3 / 6 = 50% → 8; 40
      采用情况: i("80", "40", "《攀政快讯》20 条 × 4 = 80 of 150; 《政务工作交流》1 条 × 3 = 3 of 6"),
    },
  },
  {
    unit: "盐边县政府",
    entries: {
      // 市级 44 / 150 = 29.33% (30% (不含 30%) 以下) → 此项分数扣完; 省级 0 / 6 → 扣完: 0
      采用情况: i("80", "0", "《攀政快讯》11 条 × 4 = 44 of 150; nothing 省级"),
    },
  },
];

const COUNTY_COUNTS: readonly AdoptionRow[] = [
  { unit: "东区政府", targets: [150, "12（含省直报点采用）"], counts: { 攀政快讯: 35, 市级领导批示: 1, 川政晨讯: 2 } },
  { unit: "米易县政府", targets: [150, "12（含省直报点采用）"], counts: { 攀政快讯特刊: 19, 要情专报: 2 } },
  { unit: "西区政府", targets: [150, 6], counts: { 攀政快讯: 20, 政务工作交流: 1 } },
  { unit: "盐边县政府", targets: [150, 6], counts: { 攀政快讯: 11 } },
];

describe("攀枝花 县（区）政务信息工作考评表: worked examples", () => {
  let s: Scored;
  beforeAll(async () => {
    s = await scoreUnits(info("panzhihua-2016-info-county", "攀枝花市县（区）政务信息工作考评表"), COUNTY_UNITS, "panzhihua-2016-info-county", (wb) => addAdoptionSheet(wb, COUNTY_COUNTS));
  });

  it.each(COUNTY_UNITS.map((u) => u.unit))("%s: every item is the 考评分 typed", (unit) => {
    expect(reportedItems(s, unit)).toEqual(expectedItems(s, unit));
  });

  it("扣分项, 最多扣1分: (100 − raw) / 100 deducted; 一票否决 deducts the whole 1", () => {
    //   东区政府   5 + 3 + 0 + 5 + 72 = 85 → 0.15 → −0.15
    //   米易县政府 100 → 0
    //   西区政府   vetoed → −1
    //   盐边县政府 20 → 0.8 → −0.8
    expect(s.report.units.map((u) => [u.unit, u.raw, u.total, u.veto])).toEqual([
      ["东区政府", "85", "-0.15", false],
      ["米易县政府", "100", "0", false],
      ["西区政府", "55", "-1", true],
      ["盐边县政府", "20", "-0.8", false],
    ]);
  });

  it("ranks by what is deducted: 0, −0.15, −0.8, −1 (vetoed)", () => {
    expect(s.report.units.map((u) => [u.unit, u.rank])).toEqual([
      ["东区政府", 2],
      ["米易县政府", 1],
      ["西区政府", 4],
      ["盐边县政府", 3],
    ]);
  });

  it("the typed 采用情况 agree with the counts: nothing to flag", () => {
    expect(findingList(s.report.findings)).toEqual([]);
  });
});

// 钒钛高新区管委会 table: the 市级 table's words; 钒钛高新区按1分计.
const VANADIUM: readonly UnitPlan[] = [
  {
    unit: "钒钛高新区管委会",
    entries: {
      约稿信息报送情况: i("5", "3", "…得 3 分"),
      所报信息内容真实性情况: i("5", "3", "…得 3 分"),
      // 市级 36 / 120 = 30% (含 30%) → 30% × 64 = 19.2; 省级 0 / 9 → 不得分; 19.2
      采用情况: i("80", "19.2", "《攀政快讯》9 条 × 4 = 36 of 120; nothing 省级"),
    },
  },
];
const VANADIUM_COUNTS: readonly AdoptionRow[] = [{ unit: "钒钛高新区管委会", targets: [120, 9], counts: { 攀政快讯: 9 } }];

describe("攀枝花 钒钛高新区管委会政务信息工作考评表: worked examples", () => {
  const plan = info("panzhihua-2016-info-vanadium", "钒钛高新区管委会政务信息工作考评表");
  let s: Scored;
  let vetoedRun: Scored;
  beforeAll(async () => {
    s = await scoreUnits(plan, VANADIUM, "panzhihua-2016-info-vanadium", (wb) => addAdoptionSheet(wb, VANADIUM_COUNTS));
    const withVeto: UnitPlan = { unit: "钒钛高新区管委会", entries: { ...VANADIUM[0]!.entries, 所报信息内容真实性情况: vetoed("报送虚假信息…造成严重后果的实行政务信息考核一票否决") } };
    vetoedRun = await scoreUnits(plan, [withVeto], "panzhihua-2016-info-vanadium", (wb) => addAdoptionSheet(wb, VANADIUM_COUNTS));
  });

  it("every item is the 考评分 typed", () => {
    expect(reportedItems(s, "钒钛高新区管委会")).toEqual(expectedItems(s, "钒钛高新区管委会"));
  });

  it("按1分计: raw / 100 × 1", () => {
    // 5 + 5 + 3 + 3 + 19.2 = 35.2 → 0.352 → 0.35
    expect(unitOf(s.report, "钒钛高新区管委会")).toMatchObject({ raw: "35.2", total: "0.35", veto: false });
    expect(findingList(s.report.findings)).toEqual([]);
  });

  it("一票否决: the whole 1 point is lost", () => {
    // 5 + 5 + 3 + 0 + 19.2 = 32.2, vetoed → 0
    expect(unitOf(vetoedRun.report, "钒钛高新区管委会")).toMatchObject({ raw: "32.2", total: "0", veto: true });
  });
});
