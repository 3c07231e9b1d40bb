// Worked examples: 三河市2018年政务公开工作考核指标 (source 001), both tables.
// The tables print no 得分 column and no 扣分 rules worth the name: the
// assessor adds a 得分 column and types each item's score, which is the entry
// (never replaced). The notice's own words that decide the results:
//   “工作职能之外的内容不进行考核，总分将根据考评项的得分进行百分比转换。”
//   “得分90分以上为优秀，75分以上90分以下为良好，60分以上75分以下为一般，60分以下为较差。
//    （“以上”包括本数，“以下”不包括本数）”
//   附件1: the two groups, ranked separately.
// A typed score is worked out from the item's parts as the 考核内容 prints them
// (学习一次0.8分, 两次以上1分; 完成50%-40%得5分 …); the percentage is rounded to
// two places as scores are written.
import Decimal from "decimal.js";
import type { Scored, TablePlan, UnitPlan } from "./worked-workbook";
import { cellOf, expectedItems, findingList, reportedItems, scoreUnits, sectionList, summarize, unitOf } from "./worked-workbook";

jest.setTimeout(20_000);

type Row = readonly [string, string | null];
const typedFull = (row: Row) => (row[1] === null ? {} : { 得分: row[1] });

/** A typed score `score` on an item of `points`: what the report says of it. */
const typed = (points: string, score: string, why: string) => ({
  set: { 得分: score },
  expect: { deduction: new Decimal(points).minus(score).toFixed(), score },
  why,
});
const notAssessed = (why: string) => ({ set: { 得分: "不涉及" }, expect: { deduction: "0", score: "0", applicable: false }, why });

// ───────────────────────────── 各镇区、街道办 (附件3) ─────────────────────────────

const TOWN_ROWS: readonly Row[] = [
  ["决策公开", "2"], ["建议提案办理结果", "3"], ["预决算信息", "3"], ["工作保障", "5"], ["年度报告", "5"],
  ["工作动态", "3"], ["公示公告", "1"], ["政务服务信息", "4"],
  ["政策解读", "4"], ["新闻发布", "7"], ["舆情回应", "2"],
  ["主动公开基本目录", "2"], ["规范性文件公开", "5"], ["申请渠道", "1"], ["答复情况", "3"],
  ["市政府门户网站内容保障", "2"], ["政府网站网民留言办理", "2"], ["市政府信息公开平台更新", "2"], ["平台读网检查", "2"], ["新媒体平台", "2"],
  ["平台运维管理", "4"], ["政务服务事项网上办理", "8"],
  ["大厅建设", "5"], ["窗口服务", "4"], ["审批服务", "7"], ["开展政务窗口服务专项整改工作", "5"],
  ["组织领导机制", "3"], ["机构建设", "2"], ["经费保障", "1"], ["业务培训", "1"],
];

const town: TablePlan = {
  tableId: "sanhe-2018-town",
  rows: TOWN_ROWS,
  titles: (unit) => ["三河市2018年政务公开工作考核指标", "(各镇区、街道办,总分100 分)", `被考核单位：${unit}`],
  append: ["得分"],
  defaults: typedFull,
};

// 政务服务事项网上办理(8分): “网上可办率50%以上(6分,完成50%-40%得5分,40%-30%得4分,30%-20%得3分,
// 20%-10%得2分,10%以下得0分);推进市统建业务系统与“互联网+政务服务”平台对接(2分)”.
// Each town below sits on one edge of the bands (the lower edge belongs to the band
// it opens: “以上”包括本数), and every town did the 对接 (2).
const online = (rate: string, band: string) => typed("8", new Decimal(band).plus(2).toFixed(), `网上可办率 ${rate}：${band}分 + 对接 2分`);

// The parts printed under 新闻发布(7分) a town can lose on, with what each then earns.
const PRESS_LOST_EVERYTHING = typed("7", "0", "没有组织学习0分, 没有按要求设立新闻发言人0分, …, 没有召开新闻发布会0分 … 每一部分0分");
const NOT_A_TOWN = "具体被考核单位 reads 各镇、街道办, not 各镇区: outside a 区's duties — 工作职能之外的内容不进行考核";

const TOWNS: readonly UnitPlan[] = [
  {
    unit: "燕郊镇",
    entries: {
      政务服务事项网上办理: online("exactly 50%", "6"), // 50%以上 → 6
      工作动态: typed("3", "2", "及时公开机构设置、职能(1分) not done"),
      新闻发布: typed("7", "5.1", "学习一次0.8 + 新闻发言人不符合要求0.2 + 及时更新0.5 + 发布团队0.5 + 经费不能完全保障0.3 + 培训0.5 + 频次或层次有一项不符合要求1 + 常规报道1 + 一种形式0.3 = 5.1"),
      舆情回应: typed("2", "1", "发布不及时、不严谨引发负面舆情的，不得分 (that part's 1分)"),
      规范性文件公开: typed("5", "3", "2.及时公开规范性文件的有效、废止、失效的情况…(2分) not done"),
      答复情况: typed("3", "2", "1.答复时限(1分) missed"),
      政府网站网民留言办理: typed("2", "1", "未按时办结的一件扣0.5分 ×2"),
      平台运维管理: typed("4", "2.9", "清单指南错误一次扣0.1分 ×3 = 0.3; 超期办结一次扣0.2分 ×4 = 0.8 → 4 − 1.1"),
      组织领导机制: typed("3", "2", "(1分/项): 主要负责人未听取汇报 — one of three missing"),
    },
  },
  {
    unit: "高楼镇",
    entries: {
      政务服务事项网上办理: online("exactly 40%", "5"), // 50%-40% → 5
      决策公开: typed("2", "0", "未在10个工作日内向社会公开"),
      建议提案办理结果: typed("3", "0", "复文未在15个工作日内向社会公开"),
      新闻发布: typed("7", "6", "召开发布会但频次和层次均不符合要求0.5 of 落实“4·2·1+N”(满分1.5分); every other part full"),
      规范性文件公开: typed("5", "3", "2.…有效、废止、失效的情况(2分) not done"),
      政府网站网民留言办理: typed("2", "1.5", "未按时办结的一件扣0.5分 ×1"),
      经费保障: typed("1", "0", "经费未纳入部门年度财政预算"),
    },
  },
  {
    unit: "齐心庄镇",
    entries: {
      政务服务事项网上办理: online("exactly 30%", "4"), // 40%-30% → 4
      工作保障: typed("5", "0", "未制定2018年度政务公开工作任务分工方案"),
      政务服务信息: typed("4", "3", "便民信息 only in part"),
      政策解读: typed("4", "0", "未宣传发布政策性信息"),
      新闻发布: PRESS_LOST_EVERYTHING,
      大厅建设: typed("5", "0", "70%事项纳入大厅(3分) and “四零”服务承诺(2分) both missing"),
      窗口服务: typed("4", "0", "“一窗”分类受理(1分) and “四公开”制度(3分) both missing"),
      审批服务: typed("7", "0", "every part of 审批服务 missing"),
      开展政务窗口服务专项整改工作: typed("5", "0", "整改未落实"),
    },
  },
  {
    unit: "李旗庄镇",
    entries: {
      政务服务事项网上办理: online("exactly 20%", "3"), // 30%-20% → 3
      工作保障: typed("5", "0", "未制定任务分工方案"),
      政策解读: typed("4", "0", "未宣传发布政策性信息"),
      新闻发布: PRESS_LOST_EVERYTHING,
      政府网站网民留言办理: typed("2", "1.5", "未按时办结的一件扣0.5分 ×1"),
      大厅建设: typed("5", "0", "大厅建设 missing"),
      窗口服务: typed("4", "0", "窗口服务 missing"),
      审批服务: typed("7", "0", "审批服务 missing"),
      开展政务窗口服务专项整改工作: typed("5", "0", "整改未落实"),
    },
  },
  {
    unit: "泃阳镇",
    entries: {
      政务服务事项网上办理: online("exactly 10%", "2"), // 20%-10% → 2
      新闻发布: PRESS_LOST_EVERYTHING,
      舆情回应: typed("2", "0", "both parts: 引发负面舆情的，不得分"),
      政府网站网民留言办理: typed("2", "1.5", "未按时办结的一件扣0.5分 ×1"),
      审批服务: typed("7", "0", "审批服务 missing"),
      开展政务窗口服务专项整改工作: typed("5", "0", "整改未落实"),
    },
  },
  {
    unit: "黄土庄镇",
    entries: {
      政务服务事项网上办理: online("9% (below 10%)", "0"), // 10%以下得0分
      组织领导机制: typed("3", "2", "(1分/项): one of three missing"),
      机构建设: typed("2", "1", "(1分/项): 未配备相关工作人员"),
      经费保障: typed("1", "0", "经费未纳入预算"),
      业务培训: typed("1", "0", "未开展培训"),
    },
  },
  {
    unit: "燕郊高新区",
    entries: {
      平台运维管理: notAssessed(NOT_A_TOWN),
      政务服务事项网上办理: notAssessed(NOT_A_TOWN),
      大厅建设: notAssessed(NOT_A_TOWN),
      窗口服务: notAssessed(NOT_A_TOWN),
      审批服务: notAssessed(NOT_A_TOWN),
      政策解读: typed("4", "0", "未宣传发布政策性信息"),
      新闻发布: PRESS_LOST_EVERYTHING,
      舆情回应: typed("2", "0", "both parts: 不得分"),
      开展政务窗口服务专项整改工作: typed("5", "0", "整改未落实"),
    },
  },
  {
    unit: "农业科技园区",
    entries: {
      平台运维管理: notAssessed(NOT_A_TOWN),
      政务服务事项网上办理: notAssessed(NOT_A_TOWN),
      大厅建设: notAssessed(NOT_A_TOWN),
      窗口服务: notAssessed(NOT_A_TOWN),
      审批服务: notAssessed(NOT_A_TOWN),
      新闻发布: PRESS_LOST_EVERYTHING,
      // 经费保障(1分) typed 1.5: above the item's points — an error, counted as the 1 it can be.
      经费保障: { set: { 得分: 1.5 }, expect: { deduction: "0", score: "1" }, why: "typed 1.5 > 分值 1" },
    },
  },
];

describe("三河 各镇区、街道办: worked examples", () => {
  let scored: Scored;
  beforeAll(async () => {
    scored = await scoreUnits(town, TOWNS);
  });

  it.each(TOWNS.map((u) => u.unit))("%s: every item is the score typed, bounded by its points", (unit) => {
    expect(reportedItems(scored, unit)).toEqual(expectedItems(scored, unit));
  });

  it("燕郊镇: sections from the typed scores", () => {
    // 主动公开 18; 政务公开 8 − 1 = 7; 新闻发布… 13 − 1.9 − 1 = 10.1; 信息公开 11 − 2 − 1 = 8;
    // 公开平台 10 − 1 = 9; 互联网+ 12 − 1.1 = 10.9; 政务服务 21; 组织保障 7 − 1 = 6 → 90
    expect(sectionList(unitOf(scored.report, "燕郊镇"))).toEqual([
      ["主动公开", "18", "18"],
      ["政务公开", "8", "7"],
      ["新闻发布、政策解读与舆情回应", "13", "10.1"],
      ["信息公开", "11", "8"],
      ["公开平台和载体建设", "10", "9"],
      ["互联网+政务服务", "12", "10.9"],
      ["政务服务", "21", "21"],
      ["组织保障", "7", "6"],
    ]);
  });

  it("totals, percentage conversion and grades at every edge (“以上”包括本数，“以下”不包括本数)", () => {
    // Every town is assessed on all 100 points but the two 区, which are not assessed on the
    // 28 points of 各镇、街道办 items (平台运维管理 4, 网上办理 8, 大厅建设 5, 窗口服务 4, 审批服务 7):
    // their totals are converted, raw / 72 × 100.
    //   燕郊镇     100 − 10 = 90                   → 90      优秀 (90分以上, 90 included)
    //   高楼镇     100 − 1 − 2 − 3 − 1 − 2 − 0.5 − 1 = 89.5  → 89.5    良好 (90分以下)
    //   齐心庄镇   100 − 2 − 5 − 1 − 4 − 7 − 5 − 4 − 7 − 5 = 60  → 60  一般 (60分以上, 60 included)
    //   李旗庄镇   100 − 3 − 5 − 4 − 7 − 0.5 − 5 − 4 − 7 − 5 = 59.5 → 59.5 较差 (60分以下)
    //   泃阳镇     100 − 4 − 7 − 2 − 0.5 − 7 − 5 = 74.5  → 74.5    一般 (75分以下)
    //   黄土庄镇   100 − 6 − 1 − 1 − 1 − 1 = 90        → 90      优秀
    //   燕郊高新区 72 − 4 − 7 − 2 − 5 = 54; 54 / 72 × 100 = 75 → 75 良好 (75分以上, 75 included)
    //   农业科技园区 72 − 7 = 65; 65 / 72 × 100 = 90.2777… → 90.28 优秀
    expect(scored.report.units.map((u) => [u.unit, u.max, u.raw, u.total, u.grade])).toEqual([
      ["燕郊镇", "100", "90", "90", "优秀"],
      ["高楼镇", "100", "89.5", "89.5", "良好"],
      ["齐心庄镇", "100", "60", "60", "一般"],
      ["李旗庄镇", "100", "59.5", "59.5", "较差"],
      ["泃阳镇", "100", "74.5", "74.5", "一般"],
      ["黄土庄镇", "100", "90", "90", "优秀"],
      ["燕郊高新区", "100", "54", "75", "良好"],
      ["农业科技园区", "100", "65", "90.28", "优秀"],
    ]);
  });

  it("flags the typed score above its item's points", () => {
    expect(findingList(scored.report.findings)).toEqual([["error", "SCORE_ABOVE_POINTS", "农业科技园区", cellOf(scored, "农业科技园区", "经费保障", "得分")]]);
  });

  it("kaohe summary --groups sanhe-2018-groups ranks the towns in their group; ties share a rank", async () => {
    const { report, code } = await summarize([scored], "sanhe-2018-town", "sanhe-2018-groups");
    expect(code).toBe(0);
    // 90.28; 90, 90 (tie: both 2nd, the next is 4th); 89.5; 75; 74.5; 60; 59.5
    expect(report.units.map((u) => [u.unit, u.group, u.total, u.rank]).sort((a, b) => Number(a[3]) - Number(b[3]))).toEqual([
      ["农业科技园区", "各镇区、街道办", "90.28", 1],
      ["燕郊镇", "各镇区、街道办", "90", 2],
      ["黄土庄镇", "各镇区、街道办", "90", 2],
      ["高楼镇", "各镇区、街道办", "89.5", 4],
      ["燕郊高新区", "各镇区、街道办", "75", 5],
      ["泃阳镇", "各镇区、街道办", "74.5", 6],
      ["齐心庄镇", "各镇区、街道办", "60", 7],
      ["李旗庄镇", "各镇区、街道办", "59.5", 8],
    ]);
  });
});

// ───────────────────────────── 市政府有关部门 (附件2) ─────────────────────────────

const DEPARTMENT_ROWS: readonly Row[] = [
  ["决策公开", "2"], ["权责清单", "1"], ["双随机、一公开", "1"], ["行政执法公示", "1"], ["信用信息公开", "1"],
  ["建议提案办理结果", "2"], ["预决算信息", "1"], ["公共企事业单位公开事项目录", "2"], ["工作保障", "1"], ["年度报告", "1"],
  // 重点领域信息公开(15分): the named rows print no points; only 贯彻落实…(5分) does.
  ["财政信息", null], ["推进农业供给侧结构性改革信息", null], ["土地征收信息", null], ["环保监管信息", null], ["教育监管信息", null],
  ["防范金融风险信息", null], ["食品药品安全及医疗卫生信息", null], ["卫生计生服务信息", null], ["公共资源交易信息", null],
  ["社会救助信息", null], ["保障性住房信息", null], ["国资国企信息", null], ["安全生产监管信息", null], ["产品质量信息", null],
  ["重要经济指标及改革信息", null],
  ["贯彻落实三个重点领域政府信息公开实施意见情况", "5"], ["社会公益事业建设领域", null],
  ["政策解读", "2"], ["新闻发布", "7"], ["舆情回应", "2"],
  ["主动公开基本目录", "2"], ["规范性文件公开", "5"], ["申请渠道", "1"], ["答复情况", "3"],
  ["市政府门户网站内容保障", "2"], ["政府网站网民留言办理", "2"], ["市政府信息公开平台更新", "2"], ["平台读网检查", "2"], ["新媒体平台", "2"],
  ["平台运维管理", "2"], ["政务服务事项网上办理", "7.5"], ["信息资源共享", "1"], ["电子证照应用", "1.5"],
  ["大厅建设", "3"], ["窗口服务", "3"], ["审批服务", "7"], ["中介服务", "3"], ["开展政务窗口服务专项整改工作", "3"], ["群众办事百项堵点问题完成情况", "2"],
  ["组织领导", "3"], ["机构建设", "2"], ["经费保障", "1"], ["业务培训", "1"],
];

const NAMED = ["财政信息", "推进农业供给侧结构性改革信息", "土地征收信息", "环保监管信息", "教育监管信息", "防范金融风险信息", "食品药品安全及医疗卫生信息", "卫生计生服务信息", "公共资源交易信息", "社会救助信息", "保障性住房信息", "国资国企信息", "安全生产监管信息", "产品质量信息", "重要经济指标及改革信息"];

const department: TablePlan = {
  tableId: "sanhe-2018-department",
  rows: DEPARTMENT_ROWS,
  titles: (unit) => ["三河市2018年政务公开工作考核指标", "(市政府有关部门,总分100 分)", `被考核单位：${unit}`],
  append: ["得分"],
  defaults: typedFull,
  // 贯彻落实…(5分) spans 二级 and 三级 over two rows: pasted without vertical merges (blank below).
  mergeIndicators: false,
};

/**
 * The 重点领域 rows whose 具体被考核部门 names another department: not this one's duties
 * (rubric policy shared-points). A department named on none is not assessed on the pool's
 * 10分 at all: they come off its max once, reported on the first named row.
 */
const othersNamed = (own: string | undefined) =>
  Object.fromEntries(
    NAMED.filter((n) => n !== own).map((n) => [
      n,
      { set: { 得分: "不涉及" }, expect: { max: own === undefined && n === NAMED[0] ? "10" : "0", score: "0", applicable: false }, why: "具体被考核部门 names another department: 工作职能之外的内容不进行考核" },
    ]),
  );
const NOT_LISTED = notAssessed("公共企事业单位公开事项目录: 具体被考核部门 lists 市教育局、市交通局…市文广新局等, not this department");

const DEPARTMENTS: readonly UnitPlan[] = [
  {
    unit: "市国土局",
    entries: {
      ...othersNamed("土地征收信息"),
      公共企事业单位公开事项目录: NOT_LISTED,
      // 重点领域信息公开(15分) prints points only on 贯彻落实…(5分); the other 10分 are the unit's
      // own named items (rubric pointsNote). 市国土局 is named on one row, 土地征收信息: it is worth the 10.
      土地征收信息: { set: { 得分: 10 }, expect: { max: "10", deduction: "0", score: "10" }, why: "土地征收信息 fully published: the 10分 of 重点领域 that are 市国土局's own" },
      贯彻落实三个重点领域政府信息公开实施意见情况: typed("5", "4", "各责任部门未按时完成所负责事项的，每项扣0.5分 ×2 (one under 43号/104号, one under 106号), typed on the row that holds the 5分"),
      新闻发布: typed("7", "5.1", "学习一次0.8 + 不符合要求0.2 + 0.5 + 0.5 + 经费不能完全保障0.3 + 0.5 + 有一项不符合要求1 + 常规报道1 + 一种形式0.3"),
      平台运维管理: typed("2", "1.6", "清单指南错误一次扣0.1分 ×2 + 每超期一次扣0.2分 ×1"),
      政务服务事项网上办理: typed("7.5", "5", "网上可办率 exactly 30% → 40%-30%得4分; 单点登录和办件库对接0.5 + 后台用户对接0.5 (三级对接 not done)"),
      电子证照应用: typed("1.5", "1", "完成80%以上历史数据的入库工作得0.5分 (85%) + 电子证照应用0.5"),
      窗口服务: typed("3", "2.5", "“一窗”1 + “四公开”制度(2分,制度少一项扣0.5分) ×1"),
      组织领导: typed("3", "2", "(1分/项): 未在网站上公开分管领导职责"),
    },
  },
  {
    unit: "市审计局",
    entries: {
      ...othersNamed(undefined),
      公共企事业单位公开事项目录: NOT_LISTED,
      舆情回应: typed("2", "1", "突发事件政务舆情回应不及时：不得分 (that part's 1分)"),
      群众办事百项堵点问题完成情况: typed("2", "1.5", "未按时解决的一项扣0.5分 ×1"),
      // 网上可办率 exactly 50% → 6, and all three 对接 (0.5 each): 7.5 (the default).
    },
  },
  {
    unit: "市统计局",
    entries: {
      ...othersNamed("重要经济指标及改革信息"),
      公共企事业单位公开事项目录: NOT_LISTED,
      重要经济指标及改革信息: { set: { 得分: 10 }, expect: { max: "10", deduction: "0", score: "10" }, why: "the 10分 of 重点领域 that are 市统计局's own, fully done" },
      // 5.2 cannot be made of the item's parts: 6/5/4/3/2/0 (可办率 bands) + 0/0.5/1/1.5 (对接).
      政务服务事项网上办理: typed("7.5", "5.2", "a typed score no rate band and 对接 can give"),
    },
  },
];

/** Rows whose points are the department's own share of 重点领域 — points the schema cannot give. */
const OWN_KEY_AREA = new Set(["土地征收信息", "重要经济指标及改革信息"]);

describe("三河 市政府有关部门: worked examples", () => {
  let scored: Scored;
  beforeAll(async () => {
    scored = await scoreUnits(department, DEPARTMENTS);
  });

  it.each(DEPARTMENTS.map((u) => u.unit))("%s: every item with printed points is the score typed", (unit) => {
    const mine = (key: string) => !OWN_KEY_AREA.has(key);
    expect(reportedItems(scored, unit).filter((r) => mine(String(r[0])))).toEqual(expectedItems(scored, unit, mine));
  });

  // Was an engine difference, fixed by the rubric's shared-points policy (三河 重点领域信息公开(15分)): the named rows carry points null, so a
  // department's typed score on its own named row is refused (ENTRY_WITHOUT_POINTS) and scores 0.
  // Document: the section is worth 15 and only 5 are printed on 贯彻落实; the other 10 are the
  // named department's (rubric pointsNote) — 市国土局's 土地征收信息 done is 10, not 0.
  it("市国土局: its own 重点领域 row, 土地征收信息, scores the 10分 it is worth", () => {
    expect(reportedItems(scored, "市国土局").filter((r) => r[0] === "土地征收信息")).toEqual([["土地征收信息", "10", "0", "0", "10", true]]);
  });

  // Fixed likewise (same rule, and “工作职能之外的内容不进行考核，总分将根据考评项的得分进行百分比转换”):
  //   市国土局: assessed on 100 − 2 (公共企事业单位公开事项目录) = 98, 重点领域 = 4 + 10 = 14;
  //     raw 98 − 1 − 1.9 − 0.4 − 2.5 − 0.5 − 0.5 − 1 = 90.2; 90.2 / 98 × 100 = 92.0408… → 92.04 优秀.
  //   Engine: 土地征收信息 refused → raw 80.2, 80.2 / 98 → 81.84 良好.
  it("市国土局: sections, the percentage conversion and the grade", () => {
    const u = unitOf(scored.report, "市国土局");
    expect(sectionList(u)).toEqual([
      ["主动公开", "13", "11"],
      ["重点领域信息公开", "15", "14"],
      ["新闻发布、政策解读与舆情回应", "11", "9.1"],
      ["信息公开", "11", "11"],
      ["公开平台和载体建设", "10", "10"],
      ["互联网+政务服务", "12", "8.6"],
      ["政务服务", "21", "20.5"],
      ["组织保障", "7", "6"],
    ]);
    expect(u).toMatchObject({ raw: "90.2", total: "92.04", grade: "优秀" });
  });

  // ENGINE DIFFERENCE: 市审计局 is named on no 重点领域 row, so the 10分 that are a named
  // department's own are outside its duties and not assessed: it is assessed on
  // 100 − 10 − 2 = 88; raw 88 − 1 − 0.5 = 86.5; 86.5 / 88 × 100 = 98.2954… → 98.30 优秀.
  // Engine: the excluded rows carry no points, so nothing comes off the 100: 86.5 / 98 → 88.27 良好.
  it("市审计局: named on no 重点领域 row — those 10分 are not assessed and the total is converted", () => {
    const u = unitOf(scored.report, "市审计局");
    expect(sectionList(u)).toEqual([
      ["主动公开", "13", "11"],
      ["重点领域信息公开", "15", "5"],
      ["新闻发布、政策解读与舆情回应", "11", "10"],
      ["信息公开", "11", "11"],
      ["公开平台和载体建设", "10", "10"],
      ["互联网+政务服务", "12", "12"],
      ["政务服务", "21", "20.5"],
      ["组织保障", "7", "7"],
    ]);
    expect(u).toMatchObject({ raw: "86.5", total: "98.3", grade: "优秀" });
  });

  // ENGINE DIFFERENCE (typed score as the entry, DESIGN §3 “checks it against the item's points
  // and rules”): 政务服务事项网上办理 can only be 6/5/4/3/2/0 + 0/0.5/1/1.5; a typed 5.2 is
  // none of them and should be flagged on its cell. Engine: accepted silently.
  it("市统计局: a typed score the item's bands and parts cannot give is flagged on its cell", () => {
    const cell = cellOf(scored, "市统计局", "政务服务事项网上办理", "得分");
    expect(scored.report.findings.filter((f) => f.sheet === "市统计局" && f.cell === cell && f.severity === "warning")).toHaveLength(1);
  });

  // ENGINE DIFFERENCE: no finding is due on a department's typed score on its own 重点领域 row.
  it("flags nothing on the departments' own 重点领域 rows", () => {
    expect(findingList(scored.report.findings).filter((f) => f[1] === "ENTRY_WITHOUT_POINTS")).toEqual([]);
  });

  // ENGINE DIFFERENCE (the totals above): 98.3, 市统计局 95.7 / 98 = 97.65, 92.04.
  it("kaohe summary --groups ranks the departments in 市政府有关部门", async () => {
    const { report } = await summarize([scored], "sanhe-2018-department", "sanhe-2018-groups");
    expect(report.units.map((u) => [u.unit, u.group, u.total, u.rank])).toEqual([
      ["市国土局", "市政府有关部门", "92.04", 3],
      ["市审计局", "市政府有关部门", "98.3", 1],
      ["市统计局", "市政府有关部门", "97.65", 2],
    ]);
  });
});
