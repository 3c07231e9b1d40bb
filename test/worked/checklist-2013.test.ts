// Worked examples: 2013年全市政务公开政务服务工作专项考核细则 (source 003), both
// checklists. The tables print no points at all: every row is a 是否 question
// (“是否成立…”, “…是否及时和规范”) answered in 实施情况. A unit's result is its
// completion rate: the questions answered 是 over the questions that apply to it
// (不涉及 leaves a question out), in percent, rounded to two places.
import type { ExpectedItem, Scored, TablePlan, UnitPlan } from "./worked-workbook";
import { expectedItems, findingList, reportedItems, scoreUnits, sectionList, unitOf } from "./worked-workbook";

jest.setTimeout(20_000);

type Row = readonly [string, string | null];
const YES: ExpectedItem = { max: "1", deduction: "0", bonus: "0", score: "1", applicable: true };
const no = (why: string) => ({ set: { 实施情况: "否" }, expect: { deduction: "1", score: "0" }, why });
const notApplicable = (why: string) => ({ set: { 实施情况: "不涉及" }, expect: { deduction: "0", score: "0", applicable: false }, why });

const checklist = (tableId: string, part: string, rows: readonly Row[]): TablePlan => ({
  tableId,
  rows,
  titles: (unit) => ["2013年全市政务公开政务服务工作专项考核细则", part, `被考核单位：${unit}`],
  defaults: () => ({ 实施情况: "是" }),
  untouched: () => YES,
  totalRow: false,
});

const COUNTY_ROWS: readonly Row[] = [
  ["县（市、区）长任组长的领导小组", null], ["纳入综合考核", null], ["名义印发工作要点", null], ["定期召开会议", null],
  ["主管机关和工作机构", null], ["建立健全政府信息公开工作制度", null], ["一级政府一个门户网站", null], ["互动交流专栏", null],
  ["重点领域信息公开专栏", null], ["第9、10、11条", null], ["第12条", null], ["重点领域政府信息进行网上公开", null], ["上年度政府信息公开工作报告", null], ["保密审查", null],
  ["办公事公开工作进行指导督促", null], ["公开各类办事服务信息", null],
  ["硬件设施建设", null], ["应进尽进", null], ["统一的行政审批办件系统", null], ["首席代表负责制", null], ["两集中、两到位", null], ["联合审批联合验收", null],
  ["委托代办", null], ["年度考核单列", null], ["月度讲评并通报", null], ["电子监察系统", null],
  ["100㎡", null], ["七站八所", null], ["运行经费", null], ["便民服务指南", null], ["纳入政务服务中心管理考核内容", null],
  ["90%以上的行政村", null], ["资金保障", null], ["指导、检查", null], ["及时为基层群众提供便民服务", null],
];

const COUNTY_UNITS: readonly UnitPlan[] = [
  {
    unit: "甲县",
    entries: {
      定期召开会议: no("未定期召开会议研究政务公开政务服务工作"),
      委托代办: no("未实行重大投资项目行政审批委托代办"),
      资金保障: no("未对便民服务点建设给予资金保障"),
    },
  },
  { unit: "乙区", entries: {} },
];

describe("2013 县市区 checklist: worked examples", () => {
  let s: Scored;
  beforeAll(async () => {
    s = await scoreUnits(checklist("checklist-2013-county", "（县市区）", COUNTY_ROWS), COUNTY_UNITS);
  });

  it.each(COUNTY_UNITS.map((u) => u.unit))("%s: every question counts 1 for 是, 0 for 否", (unit) => {
    expect(reportedItems(s, unit)).toEqual(expectedItems(s, unit));
  });

  it("甲县: 32 of 35 questions answered 是 → 91.43%", () => {
    // 组织领导 3 of 4; 政府信息公开 10; 公共企事业单位办事公开 2; 政务服务中心管理运行 9 of 10;
    // 乡镇(街道)便民服务中心建设 5; 村(社区)便民服务点建设 3 of 4 → 32 / 35 = 91.428…% → 91.43
    const u = unitOf(s.report, "甲县");
    expect(sectionList(u)).toEqual([
      ["组织领导", "4", "3"],
      ["政府信息公开", "10", "10"],
      ["公共企事业单位办事公开", "2", "2"],
      ["政务服务中心管理运行", "10", "9"],
      ["乡镇(街道)便民服务中心建设", "5", "5"],
      ["村(社区)便民服务点建设", "4", "3"],
    ]);
    expect(u).toMatchObject({ max: "35", raw: "32", total: "91.43", grade: null });
  });

  it("乙区: every question 是 → 100%; ranked above 甲县", () => {
    expect(unitOf(s.report, "乙区")).toMatchObject({ max: "35", raw: "35", total: "100" });
    expect(s.report.units.map((u) => [u.unit, u.rank])).toEqual([
      ["甲县", 2],
      ["乙区", 1],
    ]);
    expect(findingList(s.report.findings)).toEqual([]);
  });
});

const DEPARTMENT_ROWS: readonly Row[] = [
  ["行政正职任组长的领导小组", null], ["纳入综合考核", null], ["定期召开会议", null], ["工作机构及其具体职责", null],
  ["建立健全政府信息公开工作制度", null], ["建立单位网站", null], ["第9、10、11条", null], ["财政预决算等重点领域", null], ["保密审查制度", null],
  ["及时回复社会公众", null], ["公共企事业单位办事公开工作进行指导和督促", null],
  ["集中统一到市政务服务中心", null], ["两集中、两到位", null], ["联合审批（验收）", null], ["网上办理，接受网上监察", null], ["管理教育", null],
];

const DEPARTMENT_UNITS: readonly UnitPlan[] = [
  {
    unit: "市档案局",
    entries: {
      定期召开会议: no("未定期召开会议研究政务公开政务服务工作"),
      及时回复社会公众: no("未及时回复政府信息公开申请"),
      公共企事业单位办事公开工作进行指导和督促: notApplicable("本系统本行业无公共企事业单位"),
      "联合审批（验收）": notApplicable("不承担中心城区基本建设项目审批"),
    },
  },
  { unit: "市住建局", entries: {} },
  {
    unit: "市卫计局",
    entries: {
      纳入综合考核: no("未纳入综合考核"),
      建立单位网站: no("未开设政务公开、政府信息发布专栏"),
      财政预决算等重点领域: no("未公开财政预决算"),
      管理教育: no("未对窗口及窗口工作人员进行管理教育"),
    },
  },
];

describe("2013 市直部门单位 checklist: worked examples", () => {
  let s: Scored;
  beforeAll(async () => {
    s = await scoreUnits(checklist("checklist-2013-department", "（市直部门单位）", DEPARTMENT_ROWS), DEPARTMENT_UNITS);
  });

  const asked = (unit: string) => (key: string) => (DEPARTMENT_UNITS.find((u) => u.unit === unit)?.entries[key]?.set["实施情况"] ?? "是") !== "不涉及";

  it.each(DEPARTMENT_UNITS.map((u) => u.unit))("%s: every question asked counts 1 for 是, 0 for 否", (unit) => {
    expect(reportedItems(s, unit).filter((r) => asked(unit)(String(r[0])))).toEqual(expectedItems(s, unit, asked(unit)));
  });

  // REPORT CONSISTENCY (not a rule of the document, which has no 不涉及): a question left out
  // (不涉及) is not applicable, scores 0 and — like every other not-applicable item in the report
  // (三河, 长子, 岳阳) — has nothing deducted (was deduction "1" before the fix).
  it("市档案局: a question left out (不涉及) reports nothing deducted", () => {
    const left = (key: string) => !asked("市档案局")(key);
    expect(reportedItems(s, "市档案局").filter((r) => left(String(r[0])))).toEqual(expectedItems(s, "市档案局", left));
  });

  it("completion rates: 是 over the questions that apply", () => {
    //   市档案局 16 − 2 不涉及 = 14 asked, 12 是 → 12 / 14 = 85.714…% → 85.71
    //   市住建局 16 of 16 → 100
    //   市卫计局 12 of 16 → 75
    expect(s.report.units.map((u) => [u.unit, u.max, u.raw, u.total, u.rank])).toEqual([
      ["市档案局", "14", "12", "85.71", 2],
      ["市住建局", "16", "16", "100", 1],
      ["市卫计局", "16", "12", "75", 3],
    ]);
    expect(sectionList(unitOf(s.report, "市档案局"))).toEqual([
      ["组织领导", "4", "3"],
      ["政府信息公开", "6", "5"],
      ["政务服务", "4", "4"],
    ]);
    expect(findingList(s.report.findings)).toEqual([]);
  });
});
