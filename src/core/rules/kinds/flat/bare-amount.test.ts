import { readForTest } from "../read-for-test";

describe("bare amounts: an amount with no verb takes its neighbours' effect", () => {
  it("alone in a rule, points earned", () => {
    expect(readForTest("发布经济运行情况5分,发布解读社会关注的重要指标数据5.5分.")).toEqual({
      clauses: [
        { kind: "flat", effect: "award", points: "5" },
        { kind: "flat", effect: "award", points: "5.5" },
      ],
      unparsed: [],
    });
    expect(readForTest("有栏目0.15-1分,有内容0.1-0.5分.").clauses).toEqual([
      { kind: "judgement", effect: "award", min: "0.15", max: "1" },
      { kind: "judgement", effect: "award", min: "0.1", max: "0.5" },
    ]);
  });

  it("beside deductions, a deduction; beside 计分, points earned per thing counted", () => {
    expect(readForTest("巡查发现问题每宗0.3分,未及时整改的扣1分").clauses).toEqual([
      { kind: "per-occurrence", effect: "deduct", points: "0.3", per: "宗" },
      { kind: "aggravation", effect: "deduct", points: "1", aggravates: 0 },
    ]);
    expect(readForTest("被《政务》采用单条信息计10分,简讯每条5分").clauses).toEqual([
      { kind: "per-occurrence", effect: "award", points: "10", per: "条" },
      { kind: "per-occurrence", effect: "award", points: "5", per: "条" },
    ]);
  });

  it("amounts listed with 、 are each read; 首席代表's amount is someone else's; 不计负分 restates the floor", () => {
    expect(readForTest("公开帮扶措施1分、公开扶贫成效1分").clauses).toHaveLength(2);
    expect(readForTest("发现应寄未寄的一次扣1分,首席代表扣0. 5分。")).toEqual({ clauses: [{ kind: "per-occurrence", effect: "deduct", points: "1", per: "次" }], unparsed: [] });
    expect(readForTest("以上各项评分,扣完为止,不计负分。")).toEqual({ clauses: [], unparsed: [] });
  });

  it("分别扣5分和10分: one amount each, in order, both quoting the words; 之一 not followed by its amount is a condition", () => {
    expect(readForTest("出现预警纠错规定的情形之一,被连续发出3次预警信号的,扣3分,被发出黄色或红色纠错信号的,分别扣5分和10分。")).toEqual({
      clauses: [
        { kind: "flat", effect: "deduct", points: "3" },
        { kind: "flat", effect: "deduct", points: "5" },
        { kind: "flat", effect: "deduct", points: "10" },
      ],
      unparsed: [],
    });
  });

  it("closing words that score nothing are not rules; ones that might are flagged", () => {
    expect(readForTest("被明查暗访负面通报的,每次扣15分,取消本年度各项评先选优资格。")).toEqual({ clauses: [{ kind: "per-occurrence", effect: "deduct", points: "15", per: "次" }], unparsed: [] });
    expect(readForTest("擅自离岗30分钟的,一次扣1分;1小时以上按旷工处理。").unparsed).toEqual(["1小时以上按旷工处理"]);
  });
});
