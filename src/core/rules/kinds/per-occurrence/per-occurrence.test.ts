import Decimal from "decimal.js";
import { readForTest } from "../read-for-test";
import { parseRuleText } from "../../parse-rule-text";
import { perOccurrenceKind } from ".";

const per = (per: string, points = "0.5", effect = "deduct") => ({ kind: "per-occurrence", effect, points, per });

describe("per-occurrence: counters beyond 项/次/件/条", () => {
  it.each([
    ["每发现一例扣0.5分", per("例")],
    ["发现一宗违规行为扣0.5分", per("宗")],
    ["每篇扣０.５分", per("篇")],
    ["抽查不合格的，每批次扣0.5分", per("批次")],
    ["每人次扣0.5分", per("人次")],
    ["每处扣0.5分", per("处")],
    ["目录缺项的，每个扣0.5分", per("个")],
    ["每逾期一个月扣0.5分", per("个月")],
    ["每延迟1月扣0.5分", per("月")],
    ["每少一个季度扣0.5分", per("季度")],
    ["每超期1天扣0.5分", per("天")],
    ["每逾期一个工作日扣0.5分", per("工作日")],
    ["扣0.5分/项", per("项")],
    ["擅自脱岗半天以上,每人次每半天扣0.5分", per("人次·半天")],
    ["办理事项体外循环的，每项每次扣0.5分", per("项次")],
    ["被撤销的，发生1起扣0.5分", per("起")],
  ])("%s", (rule, expected) => {
    expect(readForTest(rule)).toEqual({ clauses: [expected], unparsed: [] });
  });

  it("每月 alone says how often, not what is counted: once with 此项, else not sure (flagged)", () => {
    expect(readForTest("每月报送信息不足6条的，此项少得2分").clauses).toEqual([{ kind: "flat", effect: "deduct", points: "2" }]);
    expect(readForTest("每月报送信息不足8条的扣1分")).toEqual({ clauses: [], unparsed: ["每月报送信息不足8条的扣1分"] });
    expect(readForTest("凡出现“空白月”的，每个月扣10分").clauses).toEqual([per("个月", "10")]);
  });

  it("a bare \"…的\" right after a count may still count: flagged, not read as once", () => {
    expect(readForTest("到岗迟到或者早退,1次扣1分,时间长的扣3分")).toEqual({ clauses: [per("次", "1")], unparsed: ["时间长的扣3分"] });
  });

  it("出现一次…每…: the count follows the first occurrence", () => {
    expect(readForTest("出现一次扣2分，每增加一次扣1分").clauses).toEqual([{ ...per("次", "1"), first: "2" }]);
    const c = parseRuleText("出现1次扣2分,每增加1次加扣1分").clauses[0];
    if (c?.kind !== "per-occurrence") throw new Error("not per-occurrence");
    expect(c.first).toBe("2");
    expect(perOccurrenceKind.deductionSteps(c)).toEqual({ once: [new Decimal(2)], repeated: [new Decimal(1)] });
  });

  it("award per item with a maximum: 每有一项创新做法加1分，最高不超过3分", () => {
    expect(readForTest("每有一项创新做法加1分，最高不超过3分")).toEqual({ clauses: [per("项", "1", "bonus")], unparsed: [], bonusCap: "3" });
    expect(readForTest("每有一项创新做法加１分最高不超过三分")).toEqual({ clauses: [per("项", "1", "bonus")], unparsed: [], bonusCap: "3" });
  });
});

describe("counters found in published rubrics", () => {
  it.each([
    ["每少一层管理扣3分", "层"],
    ["发现一份破损档案扣1分", "份"],
  ])("%s counts %s", (rule, per) => {
    expect(readForTest(rule).clauses).toEqual([{ kind: "per-occurrence", effect: "deduct", points: expect.any(String) as string, per }]);
  });

  it("每 with a counter no pattern knows is unread, never one flat amount", () => {
    expect(readForTest("每少1栋扣3分")).toEqual({ clauses: [], unparsed: ["每少1栋扣3分"] });
  });

  it("超过1个月 is a threshold passed, not a count of months", () => {
    expect(readForTest("超过1个月未更新的扣1分。").clauses).toEqual([{ kind: "flat", effect: "deduct", points: "1" }]);
  });

  it("an amount the page left out (得 * 分) is unread, not the condition of the next rule", () => {
    expect(readForTest("保质保量完成年度工作目标任务的得 * 分。年内未按要求登录的,每次扣2分").unparsed).toEqual(["保质保量完成年度工作目标任务的得 * 分"]);
  });
});

describe("ordinals and unknown counters (信阳 行政执法责任目标考核方案)", () => {
  it("第一项、第二项…分别扣5分: 5 each for the listed ones, not 5 per 项 — unread", () => {
    const parsed = readForTest("本条有五项要求,第一项、第二项不达要求的分别扣5分,第三项不达要求的扣15分。");
    expect(parsed.unparsed).toEqual(["本条有五项要求,第一项、第二项不达要求的分别扣5分"]);
    expect(parsed.clauses).toEqual([{ kind: "flat", effect: "deduct", points: "15" }]);
  });

  it("发现一卷扣10分 counts 卷; 发现一栋 (no counter known) is unread", () => {
    expect(readForTest("执法文书不规范的发现一卷扣10分").clauses).toEqual([{ kind: "per-occurrence", effect: "deduct", points: "10", per: "卷" }]);
    expect(readForTest("发现一栋扣2分").unparsed).toEqual(["发现一栋扣2分"]);
  });
});

describe("tallies of adopted information (wenku365 “两翼”专报信息工作目标考核办法)", () => {
  it("第一条批示计10分,其余…每条计5分: the first counted apart", () => {
    expect(readForTest("同一条信息,若有2位以上市领导分别作出批示的,第一条批示计10分,其余市领导批示每条计5分。").clauses).toEqual([
      { kind: "per-occurrence", effect: "award", points: "5", per: "条", first: "10" },
    ]);
  });

  it("各计1分 and 该单位计10分 say neither how often nor to whom: unread", () => {
    expect(readForTest("综合采用2个以上单位报送信息各计1分").unparsed).toEqual(["综合采用2个以上单位报送信息各计1分"]);
    expect(readForTest("专项报道某一区县先进经验或措施,该单位计10分").unparsed).toEqual(["专项报道某一区县先进经验或措施,该单位计10分"]);
  });
});

describe("a count of several at a time", () => {
  it.each([
    ["全年发布信息不少于100条，每少10条扣1分", "10条"],
    ["每超过5个工作日扣1分", "5个工作日"],
    ["每少1条扣0.1分", "条"],
  ])("%s counts per %s (a count field asking for single 条 would take ten times too much)", (rule, per) => {
    expect(readForTest(rule).clauses).toMatchObject([{ kind: "per-occurrence", per }]);
  });
});
