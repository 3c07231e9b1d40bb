import { chineseNumeral, normalizeRuleText } from "./chinese-numbers";
import { parseRuleText } from "./parse-rule-text";

/** Clauses without their quoted words, for compact expectations. */
const shapes = (rule: string) => parseRuleText(rule).clauses.map(({ text: _text, ...rest }) => rest);

describe("parseRuleText: the kinds the five documents use", () => {
  it.each([
    // 岳阳: flat deductions, several per rule
    ["未纳入综合考评的扣1分，未召开会议进行研究并印发工作要点的扣1分", [
      { kind: "flat", effect: "deduct", points: "1" },
      { kind: "flat", effect: "deduct", points: "1" },
    ]],
    // 岳阳: a verb-less condition joins the action after the comma
    ["信息内容公开不全面的，每少一项扣0.5分", [{ kind: "per-occurrence", effect: "deduct", points: "0.5", per: "项" }]],
    ["规范性文件制定后未在20个工作日内公开的每件次扣0.5分", [{ kind: "per-occurrence", effect: "deduct", points: "0.5", per: "件次" }]],
    // 岳阳: per-step on a percentage
    ["未接入系统的，扣10分；未应录尽录的每降低10个百分点的，扣2分", [
      { kind: "flat", effect: "deduct", points: "10" },
      { kind: "per-step", effect: "deduct", step: "10", points: "2" },
    ]],
    ["每次加1分", [{ kind: "per-occurrence", effect: "bonus", points: "1", per: "次" }]],
    // 长子: 每少一个百分点 (Chinese numeral), 发现一件
    ["考核数据公示率未达到100%的，每少一个百分点，扣0.5分", [{ kind: "per-step", effect: "deduct", step: "1", points: "0.5", target: "100", direction: "below" }]],
    ["各单位相关领域未按照目录要求逐项定期公开的，发现一处扣1分", [{ kind: "per-occurrence", effect: "deduct", points: "1", per: "处" }]],
    ["国家级每项加4分，省级每项3分，市级每项2分，县级每项1分(可累计)", [
      { kind: "by-level", effect: "bonus", levels: [
        { level: "国家级", points: "4" }, { level: "省级", points: "3" }, { level: "市级", points: "2" }, { level: "县级", points: "1" },
      ] },
    ]],
    // 三河: bands with inclusive lower edges, levels, awards
    ["完成50%-40%得5分,40%-30%得4分,10%以下得0分", [
      { kind: "bands", bands: [
        { from: "40", fromInclusive: true, to: "50", toInclusive: false, points: "5" },
        { from: "30", fromInclusive: true, to: "40", toInclusive: false, points: "4" },
        { fromInclusive: true, to: "10", toInclusive: false, points: "0" },
      ] },
    ]],
    ["学习一次0.8分，两次以上1分", [{ kind: "levels", levels: [{ atLeast: 1, points: "0.8" }, { atLeast: 2, points: "1" }] }]],
    ["有专人负责日常更新检查,得0.5分;有检查、整改记录,得0.5分", [
      { kind: "flat", effect: "award", points: "0.5" },
      { kind: "flat", effect: "award", points: "0.5" },
    ]],
    // 攀枝花: <p> paragraphs, spaces inside "扣 5 分", zero-out, veto, ratio
    ["<p>1.未及时公开政务信息（扣 5 分）。</p> <p>2.未能及时更新基本信息（扣 3 分）。</p>", [
      { kind: "flat", effect: "deduct", points: "5" },
      { kind: "flat", effect: "deduct", points: "3" },
    ]],
    ["出现一次未及时完成此项任务的，不得分", [{ kind: "zero-out" }]],
    ["报送虚假信息此项不得分，造成严重后果的实行政务信息考核一票否决", [{ kind: "zero-out" }, { kind: "veto" }]],
    ["完成目标分值70%以上不足100%得70%分数", [{ kind: "ratio", bands: [{ from: "70", fromInclusive: true, to: "100", toInclusive: false, share: "0.7" }] }]],
    ["30%以下不得分", [{ kind: "ratio", bands: [{ fromInclusive: true, to: "30", toInclusive: false, share: "0" }] }]],
    // judgement
    ["事项不完整、不准确、不实用的，根据实际情况进行扣分", [{ kind: "judgement", effect: "deduct" }]],
  ])("%s", (rule, expected) => {
    expect(shapes(rule)).toEqual(expected);
    expect(parseRuleText(rule).unparsed).toEqual([]);
  });
});

describe("parseRuleText: sub-requirements (三河)", () => {
  it("names each numbered requirement by its words before 。 and reads its points", () => {
    const rule = "1.答复时限。在15个工作日内答复(如需延长,最长不得超过 15个工作日)(1分);2.答复形式规范化。按申请人要求的方式回复(1分)";
    expect(shapes(rule)).toEqual([
      { kind: "sub-requirement", label: "答复时限", points: "1" },
      { kind: "sub-requirement", label: "答复形式规范化", points: "1" },
    ]);
  });

  it("splits requirements separated by commas after their points", () => {
    expect(shapes("及时公开重点工作进展(1分),动态发布履职事项(1分)").map((c) => (c as { label?: string }).label)).toEqual(["及时公开重点工作进展", "动态发布履职事项"]);
  });

  it("reads the rules inside a requirement's bracket, capped at its points, with the band its name implies", () => {
    expect(shapes("网上可办率50%以上(6分,完成50%-40%得5分,10%以下得0分);7个工作日内回复网民留言(1分,每超期一次扣0.2分)")).toEqual([
      { kind: "sub-requirement", label: "网上可办率50%以上", points: "6" },
      { kind: "bands", bands: [
        { from: "50", fromInclusive: true, toInclusive: true, points: "6" },
        { from: "40", fromInclusive: true, to: "50", toInclusive: false, points: "5" },
        { fromInclusive: true, to: "10", toInclusive: false, points: "0" },
      ] },
      { kind: "sub-requirement", label: "7个工作日内回复网民留言", points: "1" },
      { kind: "per-occurrence", effect: "deduct", points: "0.2", per: "次", cap: "1" },
    ]);
  });

  it("(1分/项): entries are split at ；, a comma stays inside one", () => {
    expect(shapes("建立组织协调机制;明确一位分管领导,并在网站上公开其职责;每年至少听取1次工作汇报(1分/项)").map((c) => ("label" in c ? c.label : ""))).toEqual([
      "建立组织协调机制",
      "明确一位分管领导,并在网站上公开其职责",
      "每年至少听取1次工作汇报",
    ]);
  });

  it("(1分/项) makes every listed entry a requirement worth 1", () => {
    expect(shapes("明确本部门负责政务公开工作的机构;配备相关工作人员(1分/项)")).toEqual([
      { kind: "sub-requirement", label: "明确本部门负责政务公开工作的机构", points: "1", perItem: true },
      { kind: "sub-requirement", label: "配备相关工作人员", points: "1", perItem: true },
    ]);
  });
});

describe("parseRuleText: what counts as counting", () => {
  it.each([
    ["每月报送信息不足 6 条的，此项少得 2 分", { kind: "flat", effect: "deduct", points: "2" }],
    ["出现一次未及时完成此项任务的扣 5 分", { kind: "flat", effect: "deduct", points: "5" }],
    ["每超期一次扣0.2分", { kind: "per-occurrence", effect: "deduct", points: "0.2", per: "次" }],
    ["社会效果好的，每一领域加1分", { kind: "per-occurrence", effect: "bonus", points: "1", per: "领域" }],
    ["少一项制度扣5分", { kind: "per-occurrence", effect: "deduct", points: "5", per: "项" }],
  ])("%s", (rule, expected) => {
    expect(shapes(rule)).toEqual([expected]);
  });

  it("reads 未涉及单位按考核分数的60%计分 as a not-applicable share, not a clause", () => {
    expect(parseRuleText("未涉及单位按考核分数的60%计分")).toEqual({ clauses: [], unparsed: [], notApplicableShare: "0.6" });
  });

  it("ignores a heading's restated total (共计扣 25 分)", () => {
    expect(shapes("2.以下工作推进不力的（共计扣 25 分）")).toEqual([]);
  });
});

describe("parseRuleText: caps and quotes", () => {
  it("reads 扣分上限 and 加分上限 as caps, not clauses", () => {
    const parsed = parseRuleText("有一项，扣1分；年报未及时提交纸质版的，扣2分；扣分上限3分");
    expect(parsed.deductionCap).toBe("3");
    expect(parsed.clauses).toHaveLength(2);
    expect(parseRuleText("有亮点的,有一项,加1分, 加分上限3分").bonusCap).toBe("3");
  });

  it("quotes each clause's exact words, condition included", () => {
    const rule = "未及时处理的，扣1分，未报告办理情况的扣1分";
    expect(parseRuleText(rule).clauses.map((c) => c.text)).toEqual(["未及时处理的，扣1分", "未报告办理情况的扣1分"]);
  });

  it("returns what it cannot read as unparsed, never a guessed clause", () => {
    const parsed = parseRuleText("未按要求完成的扣除该项分值的一半");
    expect(parsed.clauses).toEqual([]);
    expect(parsed.unparsed).toEqual(["未按要求完成的扣除该项分值的一半"]);
    // 扣除相应分值: the assessor decides how much — a judgement (scored from the entry), not a number guessed.
    expect(parseRuleText("未按要求完成的扣除相应分值").clauses).toMatchObject([{ kind: "judgement", effect: "deduct" }]);
    // A text that only states the requirement is judged within the item's points.
    expect(parseRuleText("建立工作机制，台账清楚，资料齐全规范").clauses).toEqual([{ kind: "judgement", effect: "award", text: "建立工作机制，台账清楚，资料齐全规范" }]);
    expect(parseRuleText("工作机制完善，台账清楚").unparsed).toEqual(["工作机制完善，台账清楚"]);
  });

  it("treats 扣完为止 as the default cap, not a clause", () => {
    expect(parseRuleText("每少一项扣0.5分，扣完为止").clauses).toHaveLength(1);
    expect(parseRuleText("每少一项扣0.5分，扣完为止").unparsed).toEqual([]);
  });
});

describe("numbers in rule text", () => {
  it.each([["一", 1], ["两", 2], ["十", 10], ["十五", 15], ["二十", 20], ["半", 0.5]])("%s is %d", (text, value) => {
    expect(chineseNumeral(text)).toBe(value);
  });

  it("writes numerals before counters as digits, and leaves words like 一票否决 alone", () => {
    expect(normalizeRuleText("每少一项扣半分")).toBe("每少1项扣0.5分");
    expect(normalizeRuleText("实行一票否决，一事一审")).toBe("实行一票否决,一事一审");
    expect(normalizeRuleText("扣 ５ 分")).toBe("扣5分");
  });
});
