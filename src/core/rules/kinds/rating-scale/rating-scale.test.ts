import Decimal from "decimal.js";
import { buildEntryForm, evaluateEntryForm } from "../../../entry-form/entry-form";
import type { RubricItem } from "../../../rubric/rubric-schema";
import { deductionSteps, isProducible } from "../../../scoring/producible";
import { isProducibleScore, producibleScores } from "../../../scoring/producible-score";
import { parseRuleText } from "../../parse-rule-text";
import { readForTest } from "../read-for-test";

const options = (rule: string): unknown => {
  const [clause, ...rest] = readForTest(rule).clauses as { kind: string; effect?: string; options?: { points?: string; full?: true }[] }[];
  expect(rest).toEqual([]);
  expect(clause?.kind).toBe("rating-scale");
  return { effect: clause?.effect, points: clause?.options?.map((o) => o.points ?? "full") };
};

describe("rating-scale: tiers, exactly one of which applies", () => {
  it.each([
    ["好的得5分，较好的得3分，一般的得1分，差的不得分。", "award", ["5", "3", "1", "0"]],
    ["优秀得10分，良好得8分，合格得6分，不合格得0分。", "award", ["10", "8", "6", "0"]],
    ["评价为优秀的得10分，良好的得8分，一般的得5分，较差的不得分。", "award", ["10", "8", "5", "0"]],
    ["优秀10分，良好8分，一般6分，差0分。", "award", ["10", "8", "6", "0"]],
    ["排名前5名的得满分，6-10名得4分，11-15名得3分，其余得2分。", "award", ["full", "4", "3", "2"]],
    ["排名前十名的得满分，第11-20名得4分，其余得2分。", "award", ["full", "4", "2"]],
    ["第1-5名得10分，第6-10名得8分，第11名以后得6分。", "award", ["10", "8", "6"]],
    ["完成率达到100%的得满分，90%（含）以上得8分，80%以上得6分，80%以下不得分。", "award", ["full", "8", "6", "0"]],
    ["完成率达到１００％的得满分，９０％以上的得８分，低于８０％的不得分。", "award", ["full", "8", "0"]],
    ["超过1个月未更新的扣1分，超过3个月未更新的扣3分。", "deduct", ["1", "3"]],
    ["超过一个月未更新的扣1分，超过三个月未更新的扣3分。", "deduct", ["1", "3"]],
    ["超过规定时间1天扣0.5分，2天扣1分，3天以上扣2分。", "deduct", ["0.5", "1", "2"]],
    ["超过规定时限1个工作日扣0.5分，2个工作日扣1分，3个工作日以上扣2分。", "deduct", ["0.5", "1", "2"]],
    ["延迟1天扣0.5分，延迟两天扣1分，延迟3天及以上扣2分。", "deduct", ["0.5", "1", "2"]],
    ["发布信息少于10条的扣2分，少于5条的扣4分", "deduct", ["2", "4"]],
    // One tier per sentence, a condition before its comma, one figure on both sides (wenke99 信息工作目标考核评比办法).
    ["各股室每年报送信息数量达到15条(含15条)以上的,计50分;少于15条的,计0分。", "award", ["50", "0"]],
    ["超过1个月未更新的，扣1分；超过3个月未更新的，扣3分。", "deduct", ["1", "3"]],
    ["排名第一的得满分，第二名得9分，第三名得8分，其余得6分。", "award", ["full", "9", "8", "6"]],
    ["排名前三名的加3分，4-6名加2分，7-10名加1分。", "bonus", ["3", "2", "1"]],
    ["排名后三名的扣3分，倒数4-6名扣2分。", "deduct", ["3", "2"]],
    ["A类得10分，B类得8分，C类得5分。", "award", ["10", "8", "5"]],
    ["一档得10分，二档得7分，三档得4分。", "award", ["10", "7", "4"]],
    ["评议为满意的得5分，基本满意得3分，不满意不得分。", "award", ["5", "3", "0"]],
    // 不得分 among deductions takes the whole item.
    ["迟报1次扣0.5分，迟报2次扣1分，迟报3次以上不得分。", "deduct", ["0.5", "1", "full"]],
    ["超期1天扣1分，超期2天扣2分，超期3天及以上扣3分。", "deduct", ["1", "2", "3"]],
    ["答复期限超过15个工作日的扣1分，超过20个工作日的扣2分。", "deduct", ["1", "2"]],
    ["信息发布量达到50条以上得5分，30-49条得3分，30条以下得1分。", "award", ["5", "3", "1"]],
    // Spans of time in different units are one scale; the lead-in before the first tier is its condition.
    ["未及时更新的，超过2周扣0.5分，超过1个月扣1分", "deduct", ["0.5", "1"]],
    ["网站首页更新不及时，超过2周未更新扣1分，超过1个月未更新扣2分，超过3个月未更新此项不得分", "deduct", ["1", "2", "full"]],
    // A bracket naming the grade's score range explains it, it is no amount.
    ["优秀（90分以上）得10分，良好（80-89分）得8分，一般（60-79分）得6分", "award", ["10", "8", "6"]],
  ])("%s", (rule, effect, points) => {
    expect(options(rule)).toEqual({ effect, points });
    expect(parseRuleText(rule).unparsed).toEqual([]);
  });

  it("a rate's tiers of points with no 满分 are one bands clause, each band closed by the one above", () => {
    expect(readForTest("完成率90%以上得10分，80%-90%得8分，80%以下得5分。").clauses).toEqual([
      {
        kind: "bands",
        bands: [
          { from: "90", fromInclusive: true, toInclusive: true, points: "10" },
          { from: "80", fromInclusive: true, to: "90", toInclusive: false, points: "8" },
          { to: "80", toInclusive: false, fromInclusive: true, points: "5" },
        ],
      },
    ]);
    expect(readForTest("完成率100%得10分，90%（含）以上得8分，80%以上得6分，不足80%得0分").clauses).toEqual([
      {
        kind: "bands",
        bands: [
          { from: "100", fromInclusive: true, toInclusive: true, points: "10" },
          { from: "90", fromInclusive: true, to: "100", toInclusive: false, points: "8" },
          { from: "80", fromInclusive: true, to: "90", toInclusive: false, points: "6" },
          { to: "80", toInclusive: false, fromInclusive: true, points: "0" },
        ],
      },
    ]);
  });

  it.each([
    // Two rules of two levels of media, not one scale: other words than the figure.
    ["在省级媒体刊发2篇得2分，在市级媒体刊发3篇得1分。"],
    // A tier list needs a figure (or a quality word) in every tier.
    ["发布信息少于10条的扣2分，未发布的扣5分"],
    ["未建立工作机制的扣2分；机制不健全的扣1分。"],
    // Counts: 每 is a rate of its own.
    ["每月报送1条得1分，2条得2分"],
    // The same figure twice is no scale.
    ["国家级媒体采用1篇得2分，省级媒体采用1篇得1分"],
  ])("not tiers: %s", (rule) => {
    expect(parseRuleText(rule).clauses.some((c) => c.kind === "rating-scale")).toBe(false);
  });

  it("a deduction scale ending in 不得分: one tier or the whole item, never a sum", () => {
    const clauses = parseRuleText("迟报1次扣0.5分，迟报2次扣1分，迟报3次以上不得分。").clauses;
    const steps = deductionSteps(clauses, new Decimal(3))!;
    expect(["0.5", "1", "3", "1.5"].map((a) => isProducible(new Decimal(a), steps, new Decimal(3)))).toEqual([true, true, true, false]);
    expect(deductionSteps(clauses)).toBeUndefined();
  });

  it("tiers inside a longer sentence: the words around them are read as ever", () => {
    expect(readForTest("未建立制度的扣2分，超过1个月未报送的扣1分，超过3个月未报送的扣3分").clauses).toEqual([
      { kind: "flat", effect: "deduct", points: "2" },
      { kind: "rating-scale", effect: "deduct", options: [{ when: "超过1个月未报送的扣1分", points: "1" }, { when: "超过3个月未报送的扣3分", points: "3" }] },
    ]);
  });

  it("counts with a gap (is 2处 a tier, or 1 per 处?) are unread", () => {
    expect(readForTest("未公开的扣2分，发现1处扣1分，3处以上扣3分，扣完为止")).toEqual({
      clauses: [{ kind: "flat", effect: "deduct", points: "2" }],
      unparsed: ["发现1处扣1分，3处以上扣3分"],
    });
  });

  it("排名前20%… is a share of a ranking, not a rate: its bands are not guessed", () => {
    expect(readForTest("排名前20%的得10分，20%-50%的得8分，50%以上的得6分").clauses).toEqual([]);
  });

  it("学习一次0.8分，两次以上1分 stays a levels clause (counts of times)", () => {
    expect(readForTest("学习一次0.8分，两次以上1分").clauses).toMatchObject([{ kind: "levels" }]);
  });

  it("deduction tiers take one amount, never two: 1 or 3, not 4", () => {
    const steps = deductionSteps(parseRuleText("超过1个月未更新的扣1分，超过3个月未更新的扣3分。").clauses)!;
    const can = (a: string): boolean => isProducible(new Decimal(a), steps, new Decimal(5));
    expect(["1", "3", "4", "2"].map(can)).toEqual([true, true, false, false]);
  });

  it("an award scale: the score is one of the tiers (满分 is the item's points), in both entry modes", () => {
    const clauses = parseRuleText("排名前5名的得满分，6-10名得4分，11-15名得3分，其余得2分。").clauses;
    const allowed = producibleScores(new Decimal(5), clauses)!;
    expect(["5", "4", "3", "2", "3.5", "0"].map((s) => isProducibleScore(new Decimal(s), allowed))).toEqual([true, true, true, true, false, false]);
    const steps = deductionSteps(clauses, new Decimal(5))!;
    expect(["1", "2", "3", "1.5"].map((a) => isProducible(new Decimal(a), steps, new Decimal(5)))).toEqual([true, true, true, false]);
    expect(deductionSteps(clauses)).toBeUndefined();
  });
});

describe("rating-scale in the 录入 form", () => {
  const item = (points: string, rule: string): RubricItem => ({ id: "x", section: "s", path: ["s", "x"], content: "", points, rule, clauses: [...parseRuleText(rule).clauses] });

  it("an award scale is one choice among its tiers; the score is the chosen tier", () => {
    const graded = item("10", "优秀得10分，良好得8分，合格得6分，不合格得0分。");
    const [field] = buildEntryForm(graded);
    expect(field).toMatchObject({ kind: "level", effect: "award" });
    expect(field?.kind === "level" && field.options.map((o) => o.points)).toEqual(["10", "8", "6", "0"]);
    expect(evaluateEntryForm(graded, { 0: 1 }).amounts.score?.toFixed()).toBe("8");
  });

  it("a deduction scale may not be met: its first choice takes nothing", () => {
    const late = item("3", "超过1个月未更新的扣1分，超过3个月未更新的扣3分。");
    const [field] = buildEntryForm(late);
    expect(field?.kind === "level" && field.options.map((o) => o.points)).toEqual(["0", "1", "3"]);
    expect(evaluateEntryForm(late, { 0: 2 }).deduction.toFixed()).toBe("3");
  });

  it("a scale with 得满分 asks for the amount (the form does not know the item's points), checked by the scorer", () => {
    expect(buildEntryForm(item("5", "排名前5名的得满分，6-10名得4分，其余得2分。"))).toMatchObject([{ kind: "judgement", effect: "award" }]);
  });
});
