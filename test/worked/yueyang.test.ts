// Worked examples: 岳阳市政务公开政务服务工作考核细则 (source 000), both tables.
// Each unit's sheet is the printed table with 扣分/加分 columns inserted before
// 得分, as assessors add them; every item's score is worked out below from the
// table's own 扣分办法 and the notes printed under it:
//   县、市、区 注2 “无政务服务中心建设任务的单位，其该项目得分按有建设任务单位得分的平均分值计分。”
//   县、市、区 注3 / 市直 注4 “所有的扣分上限不超过该项目最高分值，扣完为止。”
//   市直 注1 “重点领域信息公开指标实行倒扣分制，即完成指标任务不记分，未完成指标任务则扣除该项指标所定分值。”
//   市直 注3 “未纳入市政务中心集中开展政务服务或以分中心形式开展政务服务的单位，其政务服务考核项目得分以有任务单位所得平均分计算。”
// 加分 and 扣分 are each printed “10分”; their items' 分值 (7 + 3, 5 + 5) are
// each item's own cap, so a section can reach its 10 but never pass it.
import type { Scored, TablePlan, UnitPlan } from "./worked-workbook";
import { cellOf, expectedItems, findingList, fullPoints, reportedItems, scoreUnits, sectionList, unitOf } from "./worked-workbook";

jest.setTimeout(20_000);

const TITLE = "岳阳市政务公开政务服务工作考核细则";

// 县、市、区 table as printed: 三级指标 (or 具体内容 where several rows share one) and 分值.
const COUNTY_ROWS = [
  ["工作部署", "2"], ["机构保障", "1"], ["经费保障", "1"], ["监督检查", "1"],
  ["载体建设", "2"], ["制度建设", "1"], ["公开指南", "1"], ["目录规范", "1"], ["年度报告", "1"], ["保密审查", "1"],
  ["概况信息", "1"], ["政策文件", "1"], ["计划规划", "1"], ["工作动态", "1"], ["人事信息", "1"], ["财政信息", "1"],
  ["政府采购", "1"], ["应急管理", "1"], ["统计数据", "1"], ["政务专题", "1"],
  ["审批公开", "2"], ["财政资金", "2"], ["招标投标", "2"], ["食品安全", "2"], ["办事公开", "2"], ["住房保障", "2"],
  ["价格收费", "2"], ["环境保护", "2"], ["生产安全", "2"], ["征地和房屋征收", "2"],
  ["渠道畅通", "1"], ["公众知晓", "1"], ["回复及时", "1"],
  // 政务服务（45）: 政务服务建设管理, 政务中心建设管理 (注2's 政务服务中心建设任务), 网上办事
  ["平台建设", "2"], ["多重功能于一体", "2"],
  ["项目进厅", "3"], ["企业登记事项", "3"], ["涉及矿产", "3"], ["公共服务项目进驻中心", "2"],
  ["审批改革", "2"], ["流程再造", "2"], ["两集中、两到位", "4"], ["联合审批与验收", "2"], ["一票制", "2"], ["绿色通道", "2"],
  ["规范管理", "1"], ["网上办件系统", "1"], ["编制审批流程", "1"], ["统一着装", "1"], ["质量评议制度", "1"], ["实施考评", "1"],
  ["湖南省网上政务服务系统应用", "10"],
  // 基层政务公开与政务服务（10）
  ["载体建设", "2"], ["公开保障", "2"], ["平台建设", "2"], ["项目进驻", "2"], ["规范运行", "2"],
  // 加分 10分, 扣分 10分
  ["书面点名表扬", "7"], ["党报党刊宣传报道", "3"], ["点书面名批评", "5"], ["党报党刊批评报道", "5"],
] as const;

const county: TablePlan = {
  tableId: "yueyang-county",
  rows: COUNTY_ROWS,
  titles: (unit) => [TITLE, "一、对县、市、区的考核（含开发区、产业新区、管理区）", `被考核单位：${unit}`],
  insert: ["扣分", "加分"],
  // A 扣分 item adds −(its penalty): untouched it takes nothing.
  untouched: (row) => (row[0] === "点书面名批评" || row[0] === "党报党刊批评报道" || row[0] === "书面点名表扬" || row[0] === "党报党刊宣传报道" ? { max: row[1], deduction: "0", bonus: "0", score: "0", applicable: true } : fullPoints(row)),
};

const NOT_APPLICABLE = { 扣分: "不涉及" } as const;
/** 注2: a unit without the task scores, on each of these items, the average of the units that have it. */
const averaged = (score: string) => ({ set: NOT_APPLICABLE, expect: { score, applicable: false }, why: "无政务服务中心建设任务（注2）：按有建设任务单位得分的平均分值计分" });

const COUNTY_UNITS: readonly UnitPlan[] = [
  {
    unit: "平江县",
    entries: {
      工作部署: { set: { 扣分: 2 }, expect: { deduction: "2", score: "0" }, why: "未纳入综合考评的扣1分 + 未召开会议进行研究并印发工作要点的扣1分 = 2 = 分值" },
      机构保障: { set: { 扣分: 0.5 }, expect: { deduction: "0.5", score: "0.5" }, why: "无人员编制的扣0.5分" },
      载体建设: { set: { 扣分: 2.5 }, expect: { deduction: "2", score: "0" }, why: "未建立平台1 + 未编印政府公报0.5 + 未建立查询点0.5 + 公报未在门户网站公开0.5 = 2.5 > 2：扣完为止" },
      公开指南: { set: { 扣分: 1.5 }, expect: { deduction: "1", score: "0" }, why: "信息公开指南要素不全每少一项扣0.5分 ×3 = 1.5 > 1：扣完为止" },
      政策文件: { set: { 扣分: 0.5 }, expect: { deduction: "0.5", score: "0.5" }, why: "未在20个工作日内公开的每件次扣0.5分 ×1" },
      回复及时: { set: { 扣分: 2 }, expect: { deduction: "1", score: "0" }, why: "未及时处理的扣1分 + 未报告办理情况的扣1分 = 2 > 1：扣完为止" },
      平台建设: { set: { 扣分: 1 }, expect: { deduction: "1", score: "1" }, why: "场地面积不能满足需要的扣1分" },
      企业登记事项: { set: { 扣分: 4 }, expect: { deduction: "3", score: "0" }, why: "项目进驻不全的每少一项扣0.5分 ×8 = 4 > 3：扣完为止" },
      "两集中、两到位": { set: { 扣分: 2 }, expect: { deduction: "2", score: "2" }, why: "未开展的扣2分" },
      湖南省网上政务服务系统应用: { set: { 扣分: 6 }, expect: { deduction: "6", score: "4" }, why: "未应录尽录的每降低10个百分点扣2分：降低30个百分点 → 6" },
      书面点名表扬: { set: { 加分: 8 }, expect: { bonus: "7", score: "7" }, why: "每次加1分 ×8 = 8 > 分值7" },
      党报党刊宣传报道: { set: { 加分: 3 }, expect: { bonus: "3", score: "3" }, why: "每次加1分 ×3 = 分值3" },
      点书面名批评: { set: { 扣分: 5 }, expect: { deduction: "5", score: "-5" }, why: "每次扣1分 ×5 = 分值5" },
      党报党刊批评报道: { set: { 扣分: 5 }, expect: { deduction: "5", score: "-5" }, why: "每次扣1分 ×5 = 分值5" },
    },
  },
  {
    unit: "临湘市",
    entries: {
      多重功能于一体: { set: { 扣分: 0.5 }, expect: { deduction: "0.5", score: "1.5" }, why: "功能不全的每少一项扣0.5分 ×1" },
      项目进厅: { set: { 扣分: 1 }, expect: { deduction: "1", score: "2" }, why: "项目进驻不全的每少一项扣0.5分 ×2" },
      网上办件系统: { set: { 扣分: 1 }, expect: { deduction: "1", score: "0" }, why: "录入不及时的扣1分" },
      湖南省网上政务服务系统应用: { set: { 扣分: 10 }, expect: { deduction: "10", score: "0" }, why: "未接入系统的，扣10分" },
      书面点名表扬: { set: { 加分: 2 }, expect: { bonus: "2", score: "2" }, why: "每次加1分 ×2" },
      党报党刊批评报道: { set: { 扣分: 1 }, expect: { deduction: "1", score: "-1" }, why: "每次扣1分 ×1" },
    },
  },
  {
    unit: "湘阴县",
    entries: {
      经费保障: { set: { 扣分: 1 }, expect: { deduction: "1", score: "0" }, why: "未纳入本级财政预算的扣1分" },
      // 注2, item by item, over 平江县 and 临湘市 (the units with the task):
      平台建设: averaged("1.5"), // (1 + 2) / 2
      多重功能于一体: averaged("1.75"), // (2 + 1.5) / 2
      项目进厅: averaged("2.5"), // (3 + 2) / 2
      企业登记事项: averaged("1.5"), // (0 + 3) / 2
      涉及矿产: averaged("3"),
      公共服务项目进驻中心: averaged("2"),
      审批改革: averaged("2"),
      流程再造: averaged("2"),
      "两集中、两到位": averaged("3"), // (2 + 4) / 2
      联合审批与验收: averaged("2"),
      一票制: averaged("2"),
      绿色通道: averaged("2"),
      规范管理: averaged("1"),
      网上办件系统: averaged("0.5"), // (1 + 0) / 2
      编制审批流程: averaged("1"),
      统一着装: averaged("1"),
      质量评议制度: averaged("1"),
      实施考评: averaged("1"),
      湖南省网上政务服务系统应用: { set: { 扣分: 2 }, expect: { deduction: "2", score: "8" }, why: "网上办事 is no 政务服务中心建设 item: its own 扣分, 降低10个百分点 → 2" },
      党报党刊宣传报道: { set: { 加分: 1 }, expect: { bonus: "1", score: "1" }, why: "每次加1分 ×1" },
    },
  },
];

describe("岳阳 县、市、区: worked examples", () => {
  let scored: Scored;
  beforeAll(async () => {
    scored = await scoreUnits(county, COUNTY_UNITS);
  });

  it.each(COUNTY_UNITS.map((u) => u.unit))("%s: every item as the 扣分办法 and notes make it", (unit) => {
    expect(reportedItems(scored, unit)).toEqual(expectedItems(scored, unit));
  });

  it("平江县: caps bite (扣完为止, 加分 item 分值), 加分 and 扣分 reach their 10 exactly", () => {
    // 组织领导 5 − 2 − 0.5 = 2.5; 政府信息公开 40 − 2 − 1 − 0.5 − 1 = 35.5;
    // 政务服务 45 − 1 − 3 − 2 − 6 = 33; 基层 10 → base 81; 加分 7 + 3 = 10; 扣分 5 + 5 = 10.
    // 81 + 10 − 10 = 81
    const u = unitOf(scored.report, "平江县");
    expect(sectionList(u)).toEqual([
      ["组织领导", "5", "2.5"],
      ["政府信息公开", "40", "35.5"],
      ["政务服务", "45", "33"],
      ["基层政务公开与政务服务", "10", "10"],
      ["加分", "10", "10"],
      ["扣分", "10", "-10"],
    ]);
    expect(u).toMatchObject({ raw: "81", total: "81", max: "100", bonus: "10", penalty: "10", grade: null, veto: false });
  });

  it("临湘市: 未接入系统 takes the whole 10 of 湖南省网上政务服务系统应用", () => {
    // 政务服务 45 − 0.5 − 1 − 1 − 10 = 32.5; base 5 + 40 + 32.5 + 10 = 87.5; + 2 − 1 = 88.5
    const u = unitOf(scored.report, "临湘市");
    expect(sectionList(u)).toEqual([
      ["组织领导", "5", "5"],
      ["政府信息公开", "40", "40"],
      ["政务服务", "45", "32.5"],
      ["基层政务公开与政务服务", "10", "10"],
      ["加分", "10", "2"],
      ["扣分", "10", "-1"],
    ]);
    expect(u).toMatchObject({ raw: "88.5", total: "88.5", bonus: "2", penalty: "1" });
  });

  it("湘阴县: no 政务服务中心建设任务 — the 18 items score the average of 平江县 and 临湘市 (注2)", () => {
    // The 18 averaged items: (平江县 29 + 临湘市 32.5) / 2 = 30.75; + 湖南省 8 = 38.75.
    // 组织领导 5 − 1 = 4; base 4 + 40 + 38.75 + 10 = 92.75; + 1 = 93.75
    const u = unitOf(scored.report, "湘阴县");
    expect(sectionList(u)).toEqual([
      ["组织领导", "5", "4"],
      ["政府信息公开", "40", "40"],
      ["政务服务", "45", "38.75"],
      ["基层政务公开与政务服务", "10", "10"],
      ["加分", "10", "1"],
      ["扣分", "10", "0"],
    ]);
    expect(u).toMatchObject({ raw: "93.75", total: "93.75", bonus: "1", penalty: "0" });
  });

  it("ranks 湘阴县 93.75, 临湘市 88.5, 平江县 81", () => {
    expect(scored.report.units.map((u) => [u.unit, u.total, u.rank])).toEqual([
      ["平江县", "81", 3],
      ["临湘市", "88.5", 2],
      ["湘阴县", "93.75", 1],
    ]);
  });

  it("flags every cap that bites on the entry cell, and nothing else", () => {
    const at = (key: string, col: string) => cellOf(scored, "平江县", key, col);
    expect(findingList(scored.report.findings)).toEqual([
      ["warning", "CAP_EXCEEDED", "平江县", at("载体建设", "扣分")],
      ["warning", "CAP_EXCEEDED", "平江县", at("公开指南", "扣分")],
      ["warning", "CAP_EXCEEDED", "平江县", at("回复及时", "扣分")],
      ["warning", "CAP_EXCEEDED", "平江县", at("企业登记事项", "扣分")],
      ["warning", "BONUS_CAP_EXCEEDED", "平江县", at("书面点名表扬", "加分")],
    ]);
  });
});

// 市直部门单位 table as printed.
const DEPARTMENT_ROWS = [
  ["工作部署", "2"], ["机构保障", "1"], ["信息报送", "2"],
  ["载体建设", "4"], ["制度建设", "4"], ["公开指南", "2"], ["目录规范", "2"], ["保密审查", "3"],
  ["概况信息", "3"], ["政策文件", "3"], ["计划规划", "2"], ["工作动态", "3"], ["人事信息", "3"],
  // 重点领域信息公开: 倒扣分制 (注1)
  ["行政审批", "2"], ["财政预决算", "2"], ["保障性住房", "2"], ["食品药品安全", "2"], ["环境保护", "2"], ["安全生产", "2"],
  ["价格和收费", "2"], ["征地和房屋征收", "2"], ["公共企事业单位", "2"],
  ["渠道畅通", "3"], ["公众知晓", "3"], ["回复及时", "5"],
  // 政务服务（55）
  ["项目进厅", "10"], ["审批改革", "2"], ["流程再造", "2"], ["两集中、两到位", "10"], ["一票制", "2"], ["编制审批流程", "2"],
  ["窗口管理", "2"], ["优先选拔任用", "2"], ["办公服务装备", "3"], ["规范管理", "2"], ["质量评议制度", "5"], ["各类政务服务活动", "3"],
  ["湖南省网上政务服务系统应用", "10"],
  ["书面点名表扬", "7"], ["党报党刊宣传报道", "3"], ["书面点名批评", "5"], ["党报党刊批评报道", "5"],
] as const;

const KEY_AREAS = new Set(["行政审批", "财政预决算", "保障性住房", "食品药品安全", "环境保护", "安全生产", "价格和收费", "征地和房屋征收", "公共企事业单位"]);
const BONUS_OR_PENALTY = new Set(["书面点名表扬", "党报党刊宣传报道", "书面点名批评", "党报党刊批评报道"]);

const department: TablePlan = {
  tableId: "yueyang-department",
  rows: DEPARTMENT_ROWS,
  titles: (unit) => [TITLE, "二、对市直部门单位（含中央、省属驻岳单位）", `被考核单位：${unit}`],
  insert: ["扣分", "加分"],
  // 注1: “完成指标任务不记分” — a 重点领域 item done adds nothing; 加分/扣分 items untouched add nothing.
  untouched: (row) => (KEY_AREAS.has(row[0]) || BONUS_OR_PENALTY.has(row[0]) ? { max: row[1], deduction: "0", bonus: "0", score: "0", applicable: true } : fullPoints(row)),
};

const serviceAverage = (score: string) => ({ set: NOT_APPLICABLE, expect: { score, applicable: false }, why: "未纳入市政务中心集中开展政务服务（注3）：以有任务单位所得平均分计算" });

const DEPARTMENT_UNITS: readonly UnitPlan[] = [
  {
    unit: "市财政局",
    entries: {
      机构保障: { set: { 扣分: 3 }, expect: { deduction: "1", score: "0" }, why: "未设立常设机构1 + 无人员编制1 + 无工作经费1 = 3 > 1：扣完为止" },
      信息报送: { set: { 扣分: 1 }, expect: { deduction: "1", score: "1" }, why: "每少一项扣1分 ×1" },
      制度建设: { set: { 扣分: 2.5 }, expect: { deduction: "2.5", score: "1.5" }, why: "公开制度内容每少一项扣1分 ×2 + 制度未按规定公开的每少一处扣0.5分 ×1" },
      行政审批: { set: { 扣分: 0.5 }, expect: { deduction: "2", score: "-2" }, why: "公开内容不全（少一项，0.5）：未完成指标任务则扣除该项指标所定分值 2（注1）" },
      财政预决算: { set: { 扣分: 2 }, expect: { deduction: "2", score: "-2" }, why: "未按规定公开的扣2分：倒扣分制，扣除所定分值 2" },
      回复及时: { set: { 扣分: 1 }, expect: { deduction: "1", score: "4" }, why: "未依法受理信息公开申请的扣1分" },
      项目进厅: { set: { 扣分: 12 }, expect: { deduction: "10", score: "0" }, why: "项目进厅不全的每少一项扣2分 ×6 = 12 > 10：扣完为止" },
      湖南省网上政务服务系统应用: { set: { 扣分: 10 }, expect: { deduction: "10", score: "0" }, why: "每降低10个百分点扣2分：降低50个百分点 → 10 = 分值" },
      书面点名表扬: { set: { 加分: 1 }, expect: { bonus: "1", score: "1" }, why: "每次加1分 ×1" },
    },
  },
  {
    unit: "市教育局",
    entries: {
      计划规划: { set: { 扣分: 1 }, expect: { deduction: "1", score: "1" }, why: "未按规定公开的每少一项扣0.5分 ×2" },
      窗口管理: { set: { 扣分: 1 }, expect: { deduction: "1", score: "1" }, why: "未走访、慰问窗口的每少一次扣1分 ×1" },
      质量评议制度: { set: { 扣分: 5 }, expect: { deduction: "5", score: "0" }, why: "未认真落实“一岗三责”的扣5分" },
      书面点名表扬: { set: { 加分: 7 }, expect: { bonus: "7", score: "7" }, why: "每次加1分 ×7" },
      党报党刊宣传报道: { set: { 加分: 3 }, expect: { bonus: "3", score: "3" }, why: "每次加1分 ×3" },
      书面点名批评: { set: { 扣分: 2 }, expect: { deduction: "2", score: "-2" }, why: "每次扣1分 ×2" },
    },
  },
  {
    unit: "市档案局",
    entries: {
      工作部署: { set: { 扣分: 1 }, expect: { deduction: "1", score: "1" }, why: "未纳入综合考评的扣1分" },
      // 注3, item by item, over 市财政局 and 市教育局:
      项目进厅: serviceAverage("5"), // (0 + 10) / 2
      审批改革: serviceAverage("2"),
      流程再造: serviceAverage("2"),
      "两集中、两到位": serviceAverage("10"),
      一票制: serviceAverage("2"),
      编制审批流程: serviceAverage("2"),
      窗口管理: serviceAverage("1.5"), // (2 + 1) / 2
      优先选拔任用: serviceAverage("2"),
      办公服务装备: serviceAverage("3"),
      规范管理: serviceAverage("2"),
      质量评议制度: serviceAverage("2.5"), // (5 + 0) / 2
      各类政务服务活动: serviceAverage("3"),
      湖南省网上政务服务系统应用: serviceAverage("5"), // (0 + 10) / 2
    },
  },
];

describe("岳阳 市直部门单位: worked examples", () => {
  let scored: Scored;
  beforeAll(async () => {
    scored = await scoreUnits(department, DEPARTMENT_UNITS);
  });

  it.each(DEPARTMENT_UNITS.map((u) => u.unit))("%s: every item as the 扣分办法 and notes make it", (unit) => {
    expect(reportedItems(scored, unit)).toEqual(expectedItems(scored, unit));
  });

  it("市财政局: 倒扣分制 takes a 重点领域 item's whole 分值 from 政府信息公开; caps bite", () => {
    // 组织领导 5 − 1 − 1 = 3; 政府信息公开: the other items 40 − 2.5 − 1 = 36.5, 重点领域 −2 −2 → 32.5;
    // 政务服务 55 − 10 − 10 = 35; base 70.5; + 1 = 71.5
    const u = unitOf(scored.report, "市财政局");
    expect(sectionList(u)).toEqual([
      ["组织领导", "5", "3"],
      ["政府信息公开", "40", "32.5"],
      ["政务服务", "55", "35"],
      ["加分", "10", "1"],
      ["扣分", "10", "0"],
    ]);
    expect(u).toMatchObject({ raw: "71.5", total: "71.5", max: "100", bonus: "1", penalty: "0" });
  });

  it("市教育局: 加分 10 on full base points passes 100 — the document caps 加分 at 10, not the total", () => {
    // 政府信息公开 40 − 1 = 39; 政务服务 55 − 1 − 5 = 49; base 5 + 39 + 49 = 93; + 10 − 2 = 101
    const u = unitOf(scored.report, "市教育局");
    expect(sectionList(u)).toEqual([
      ["组织领导", "5", "5"],
      ["政府信息公开", "40", "39"],
      ["政务服务", "55", "49"],
      ["加分", "10", "10"],
      ["扣分", "10", "-2"],
    ]);
    expect(u).toMatchObject({ raw: "101", total: "101", bonus: "10", penalty: "2" });
  });

  it("市档案局: outside the 政务中心 — 政务服务 is the average of 市财政局 and 市教育局 (注3)", () => {
    // (35 + 49) / 2 = 42; base 4 + 40 + 42 = 86
    const u = unitOf(scored.report, "市档案局");
    expect(sectionList(u)).toEqual([
      ["组织领导", "5", "4"],
      ["政府信息公开", "40", "40"],
      ["政务服务", "55", "42"],
      ["加分", "10", "0"],
      ["扣分", "10", "0"],
    ]);
    expect(u).toMatchObject({ raw: "86", total: "86" });
  });

  it("ranks 市教育局 101, 市档案局 86, 市财政局 71.5", () => {
    expect(scored.report.units.map((u) => [u.unit, u.total, u.rank])).toEqual([
      ["市财政局", "71.5", 3],
      ["市教育局", "101", 1],
      ["市档案局", "86", 2],
    ]);
  });

  it("flags the caps and the partial 倒扣分制 entry on their cells", () => {
    const at = (key: string) => cellOf(scored, "市财政局", key, "扣分");
    expect(findingList(scored.report.findings)).toEqual([
      ["warning", "CAP_EXCEEDED", "市财政局", at("机构保障")],
      ["warning", "ALL_OR_NOTHING", "市财政局", at("行政审批")],
      ["warning", "CAP_EXCEEDED", "市财政局", at("项目进厅")],
    ]);
  });
});
