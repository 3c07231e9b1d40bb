// Worked examples: 长子县2023年度政务公开工作考核细则与评分表（B类） (source 004).
// The table prints separate 扣分标准 and 加分标准 columns and no 得分: assessors
// add 扣分, 加分 and 得分 after the printed columns. The document's own words that
// decide the results, besides each row's 扣分标准 / 加分标准:
//   rows 22–27: “未涉及单位按考核分数的60%计分”
//   explicit caps: “扣分上限3分”, “扣分上限2分”, “加分上限3分”, “加分上限为2分”, “上限5分”
//   注：“重点领域考核特定单位，不设基础分。开展效果良好，加2分，未开展或效果不好，倒扣分，加扣分内容对应，分值相同。”
//   综合加分项: “国家级每项加4分，省级每项3分，市级每项2分，县级每项1分(可累计)” … “加分酌情而定”.
// The document prints no grade bands and no conversion: the result is the sum.
import Decimal from "decimal.js";
import type { Scored, TablePlan, UnitPlan } from "./worked-workbook";
import { cellOf, expectedItems, findingList, reportedItems, scoreUnits, sectionList, unitOf } from "./worked-workbook";

jest.setTimeout(20_000);

const ROWS = [
  ["研究部署政务公开工作情况", "2"], ["任务分工落实情况", "3"], ["机构、人员、培训等保障情况", "3"], ["制度建设情况", "4"], ["工作创新", null],
  ["指南、年报公开质量", "3"], ["机构职能信息", "3"], ["建议提案", "3"], ["基层“两化”建设", "3"], ["重大行政决策公开", "3"],
  ["“双公示”情况", "2"], ["财政预决算", "2"], ["权责清单", "2"], ["政务服务", "2"], ["市场监管", "2"], ["征地信息录入情况", "2"],
  // 重点领域 (赋分 “-”): each row's rule names the unit it assesses (考核县…局).
  ["依法行政", null], ["稳岗就业信息", null], ["稳岗就业", null], ["保护个人信息权益", null], ["社会救助", null], ["义务教育信息", null], ["义务教育", null],
  ["涉农补贴", null], ["公共文化服务", null], ["促进民营经济", null],
  ["审查机制建设", "2"], ["以部门名义下发的公文属性认定情况", "3"], ["备案管理情况", "3"], ["非主动公开的公文台账管理情况", "3"],
  ["文件标识情况", null], ["行政规范性文件公布情况", "4"],
  ["依申请公开内部流程机制完善情况", "3"], ["依申请公开的规范答复情况", "2"], ["依申请公开的行政复议和诉讼情况", "2"],
  // 赋分 printed inside the 三级 cell (“3 部门文件应解读、尽解读”, “3 检查本年度…”) and the 赋分 cell (“2 政策制定机关…”).
  ["部门文件应解读、尽解读", null], ["部门政策性文件解读多样化", null], ["检查本年度政策性文件多样化解读情况", null], ["提升政务服务精准度情况", null], ["谁定政策、谁做咨询的情况", null],
  ["回应督办落实情况", "2"], ["回应时效", "2"], ["信件处置、回复情况", "4"], ["内容保障", "6"], ["整改落实情况", "4"], ["通报检查情况", "4"], ["数据资源共享平台", "6"],
  ["每实现依场景应用", null], ["综合加分项", null],
] as const;

/** Points the document prints inside other cells (see ROWS): what those rows are worth. */
const PRINTED_INSIDE: Readonly<Record<string, string>> = { "部门文件应解读、尽解读": "3", 检查本年度政策性文件多样化解读情况: "3", "谁定政策、谁做咨询的情况": "2" };

const plan: TablePlan = {
  tableId: "zhangzi-2023-b",
  rows: ROWS,
  titles: (unit) => ["长子县2023年度政务公开工作考核细则与评分表（B类）", `被考核单位：${unit}`],
  append: ["扣分", "加分", "得分"],
  untouched: ([label, points]) => {
    const p = points ?? PRINTED_INSIDE[label] ?? null;
    return { max: p, deduction: "0", bonus: "0", score: p ?? "0", applicable: true };
  },
  // Source line 59 ran 赋分 and 扣分标准 into the 三级 cell (“3 检查本年度…扣0.5分”, the other cells
  // empty; test/layout/known-gaps.ts): an assessor retypes the 3 and the rule into their cells.
  retype: { 37: { 3: "3", 4: "检查本年度政策性文件多样化解读情况，未通过图文、动漫、视频、专家、媒体等方式解读的，发现一件，扣0.5分" } },
};

const deduct = (amount: number, points: string, score: string, why: string) => ({ set: { 扣分: amount }, expect: { deduction: new Decimal(points).minus(score).toFixed(), score }, why });
const add = (amount: number, bonus: string, why: string) => ({ set: { 加分: amount }, expect: { bonus, score: bonus }, why });
/** “未涉及单位按考核分数的60%计分”: 60% × 2. */
const notInvolved = (why: string) => ({ set: { 扣分: "不涉及" }, expect: { deduction: "0", score: "1.2", applicable: false }, why });

const UNITS: readonly UnitPlan[] = [
  {
    unit: "县人社局",
    entries: {
      工作创新: add(4, "3", "有一项，加1分 ×4 = 4 > 加分上限3分"),
      "指南、年报公开质量": deduct(4, "3", "0", "有一项扣1分 ×2 + 年报未及时提交纸质版的扣2分 = 4 > 扣分上限3分"),
      机构职能信息: deduct(3, "3", "0", "有一项扣1分 ×3 = 扣分上限3分"),
      "“双公示”情况": deduct(0.5, "2", "1.5", "县发展改革局综合评定分数 1.5"),
      财政预决算: deduct(1, "2", "1", "有一项扣1分 ×1"),
      权责清单: deduct(0.5, "2", "1.5", "未按要求公开的，有一项，扣0.5分 ×1"),
      政务服务: deduct(0.5, "2", "1.5", "事项不完整…根据实际情况进行扣分：0.5"),
      市场监管: notInvolved("县人社局 has no 市场监管 data: 未涉及"),
      征地信息录入情况: notInvolved("县人社局 enters no 征地信息: 未涉及"),
      // 稳岗就业信息 row (考核县人社局): see the 重点领域 test below.
      稳岗就业信息: { set: { 扣分: 2.5 }, expect: { max: null, deduction: "2", score: "-2" }, why: "发现一件扣0.5分 ×5 = 2.5 > 扣分上限2分; 未开展或效果不好，倒扣分，分值相同 (2)" },
      依申请公开的行政复议和诉讼情况: deduct(2, "2", "0", "投诉举报属实的，每一件，扣2分 ×1"),
      通报检查情况: deduct(2, "4", "2", "被通报一次扣0.5分 ×4"),
      数据资源共享平台: deduct(3, "6", "3", "共享率低于全县平均值率15个百分点：5个百分点扣1分，依次类推 → 3"),
      每实现依场景应用: add(6, "5", "每一条加1分 ×6 = 6 > 上限5分"),
      综合加分项: add(7, "7", "国家级 ×1 (4) + 县级 ×2 (2) + 连续两年优秀等次 (1), 可累计 — no cap printed"),
    },
  },
  {
    unit: "县文旅局",
    entries: {
      市场监管: deduct(1, "2", "1", "公示率 98%：每少一个百分点，扣0.5分 ×2"),
      征地信息录入情况: notInvolved("县文旅局 enters no 征地信息: 未涉及"),
      公共文化服务: add(2, "2", "公共文化服务 (考核县文旅局) 开展效果良好，加2分 (注)"),
      文件标识情况: add(2, "2", "发文字以“规范性文件”字进行统一编号的，加2分"),
      部门政策性文件解读多样化: add(2.5, "2", "被省政府采用 1 件 (2) + 被县政府采用 1 件 (0.5) = 2.5 > 加分上限为2分"),
      提升政务服务精准度情况: add(3, "3", "每一领域加1分 ×3 = 加分上限为3分"),
      数据资源共享平台: deduct(4, "6", "2", "未落实数据共享会议扣2分 + 逾期未更新，高于平均值10个百分点扣2分"),
      综合加分项: add(5.5, "5.5", "省级 ×1 (3) + 有创新、有亮点每项加1分 ×2 (2) + 酌情 0.5"),
    },
  },
  {
    unit: "县自然资源局",
    entries: {
      政务服务: deduct(0.5, "2", "1.5", "根据实际情况进行扣分：0.5"),
      市场监管: notInvolved("县自然资源局 has no 市场监管 data: 未涉及"),
      // 扣分上限3分 is printed above the row's 赋分 2: the item still stops at its 2.
      征地信息录入情况: deduct(2.5, "2", "0", "一件扣0.5分 ×5 = 2.5: within 扣分上限3分, above the item's 2"),
    },
  },
];

describe("长子 2023 B类: worked examples", () => {
  let s: Scored;
  beforeAll(async () => {
    s = await scoreUnits(plan, UNITS);
  });

  const settled = (key: string) => key !== "稳岗就业信息";

  it.each(UNITS.map((u) => u.unit))("%s: every item as its 扣分标准 / 加分标准, caps and 60% make it", (unit) => {
    expect(reportedItems(s, unit).filter((r) => settled(String(r[0])))).toEqual(expectedItems(s, unit, settled));
  });

  it("县文旅局: bonuses within their caps, 重点领域 +2, 综合加分项 uncapped", () => {
    // 组织领导与工作保障 12; 主动公开 15 + (2 + 2 + 2 + 2 + 1 + 1.2) + (3 + 3 + 3 + 2 + 4) = 40.2;
    // 重点领域 +2; 信息公开保密审查 2; 依申请公开 7; 解读责任 3 + 2 = 5; 解读质量 3 + 3 + 2 = 8;
    // 解读咨询回应 8; 平台建设… 6 + 4 + 4 + 2 = 16; 综合加分项 5.5 → 105.7
    const u = unitOf(s.report, "县文旅局");
    expect(sectionList(u).map(([name, , score]) => [name, score])).toEqual([
      ["组织领导与工作保障", "12"],
      ["主动公开", "40.2"],
      ["主动公开(赋分详见后注说明)", "2"],
      ["主动公开(赋分详见后注明)", "0"],
      ["信息公开保密审查", "2"],
      ["依申请公开", "7"],
      ["解读责任", "5"],
      ["解读质量", "8"],
      ["解读咨询回应", "8"],
      ["平台建设管理与基础数据维护", "16"],
      ["综合加分项", "5.5"],
    ]);
    expect(u).toMatchObject({ raw: "105.7", total: "105.7", grade: null, veto: false });
  });

  it("县自然资源局: 扣分上限3分 above the 赋分 — the item stops at 0", () => {
    // 主动公开 15 + (2 + 2 + 2 + 1.5 + 1.2 + 0) + 13 = 36.7; 12 + 36.7 + 2 + 7 + 3 + 5 + 8 + 20 = 93.7
    expect(unitOf(s.report, "县自然资源局")).toMatchObject({ raw: "93.7", total: "93.7" });
  });

  it("flags each cap that bites on its cell (县文旅局, 县自然资源局)", () => {
    const points = (unit: string) => [
      // The sheet prints “—” and “2 政策制定机关…” in 赋分 where the rubric reads 3 and 2.
      ["warning", "POINTS_DIFFER", unit, cellOf(s, unit, "部门文件应解读、尽解读", "赋分")],
      ["warning", "POINTS_DIFFER", unit, cellOf(s, unit, "谁定政策、谁做咨询的情况", "赋分")],
    ];
    const of = (unit: string) => findingList(s.report.findings).filter((f) => f[2] === unit);
    expect(of("县文旅局")).toEqual([...points("县文旅局"), ["warning", "BONUS_CAP_EXCEEDED", "县文旅局", cellOf(s, "县文旅局", "部门政策性文件解读多样化", "加分")]]);
    expect(of("县自然资源局")).toEqual([...points("县自然资源局"), ["warning", "CAP_EXCEEDED", "县自然资源局", cellOf(s, "县自然资源局", "征地信息录入情况", "扣分")]]);
  });

  // Fixed engine difference (长子 注 “重点领域考核特定单位，不设基础分。…未开展或效果不好，倒扣分，加扣分内容对应，
  // 分值相同。” with the row's “发现一件扣0.5分，扣分上限2分（考核县人社局）”): 县人社局's 稳岗就业 row
  // takes 2.5 → capped at 2 and deducted from the total (−2). Engine: the row has points null, so
  // the 扣分 is refused (ENTRY_WITHOUT_POINTS) and scores 0; and its section holds only 倒扣分
  // rows, whose sum is floored at 0, so even an accepted −2 would not reach the total.
  it("县人社局: the 重点领域 row it is assessed on takes 2 from the total (扣分上限2分)", () => {
    expect(reportedItems(s, "县人社局").filter((r) => r[0] === "稳岗就业信息")).toEqual([["稳岗就业信息", null, "2", "0", "-2", true]]);
    expect(sectionList(unitOf(s.report, "县人社局")).find((x) => x[0] === "主动公开(赋分详见后注说明)")?.[2]).toBe("-2");
  });

  // Fixed engine difference (组织领导与工作保障(12分) with 工作创新 “有一项,加1分, 加分上限3分”): the bonus
  // is capped by its own 加分上限3分 only; on full base points the section gives 12 + 3 = 15.
  // Engine: a base section never gives more than its points: 12 (SECTION_CAP_EXCEEDED).
  // With both rules as the document prints them:
  //   组织领导与工作保障 12 + 3 = 15; 主动公开 (0 + 0 + 3 + 3 + 3) + (1.5 + 1 + 1.5 + 1.5 + 1.2 + 1.2) + 13 = 29.9;
  //   重点领域 −2; 信息公开保密审查 2; 依申请公开 3 + 2 + 0 = 5; 解读责任 3; 解读质量 3 + 2 = 5;
  //   解读咨询回应 8; 平台建设… 6 + 4 + 2 + 3 + 5 = 20; 综合加分项 7 → 92.9 (engine: 91.9)
  it("县人社局: sections and total — 工作创新's bonus on top of 组织领导与工作保障's 12", () => {
    const u = unitOf(s.report, "县人社局");
    expect(sectionList(u).map(([name, , score]) => [name, score])).toEqual([
      ["组织领导与工作保障", "15"],
      ["主动公开", "29.9"],
      ["主动公开(赋分详见后注说明)", "-2"],
      ["主动公开(赋分详见后注明)", "0"],
      ["信息公开保密审查", "2"],
      ["依申请公开", "5"],
      ["解读责任", "3"],
      ["解读质量", "5"],
      ["解读咨询回应", "8"],
      ["平台建设管理与基础数据维护", "20"],
      ["综合加分项", "7"],
    ]);
    expect(u).toMatchObject({ raw: "92.9", total: "92.9" });
  });

  // Fixed engine difference (the two above): 县人社局's findings are the caps that bite, nothing more —
  // no ENTRY_WITHOUT_POINTS on its 稳岗就业 row, no SECTION_CAP_EXCEEDED on 组织领导与工作保障.
  it("县人社局: flags each cap that bites on its cell, and nothing else", () => {
    const at = (key: string, col: string) => cellOf(s, "县人社局", key, col);
    expect(findingList(s.report.findings).filter((f) => f[2] === "县人社局" && f[1] !== "POINTS_DIFFER")).toEqual([
      ["warning", "BONUS_CAP_EXCEEDED", "县人社局", at("工作创新", "加分")],
      ["warning", "CAP_EXCEEDED", "县人社局", at("指南、年报公开质量", "扣分")],
      ["warning", "CAP_EXCEEDED", "县人社局", at("稳岗就业信息", "扣分")],
      ["warning", "BONUS_CAP_EXCEEDED", "县人社局", at("每实现依场景应用", "加分")],
    ]);
  });

  // 105.7, 93.7, 92.9 → 县文旅局 1, 县自然资源局 2, 县人社局 3 (the engine's 91.9 for 县人社局,
  // see above, gives the same order).
  it("ranks 县文旅局, 县自然资源局, 县人社局", () => {
    expect(s.report.units.map((u) => [u.unit, u.rank])).toEqual([
      ["县人社局", 3],
      ["县文旅局", 1],
      ["县自然资源局", 2],
    ]);
  });
});
