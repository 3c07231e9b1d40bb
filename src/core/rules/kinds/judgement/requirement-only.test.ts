import { parseRuleText } from "../../parse-rule-text";

describe("a rule text that only states the requirement", () => {
  it.each([
    ["建立专门的领导机构,有效地开展政府信息公开工作", "judgement"],
    ["6月30日之前召开会议部署工作，开展业务培训。", "judgement"],
    ["公开页面是否详细列明了标题、正文、文号、成文日期、发布日期等", "checklist"],
    ["新闻发布会(重大活动、重要事件是否举行发布会,是否报告县政府)", "judgement"],
  ])("%s → %s", (rule, kind) => {
    expect(parseRuleText(rule)).toMatchObject({ clauses: [{ kind }], unparsed: [] });
  });

  it("is not read when the words carry points, a bare (10), or are a short label", () => {
    expect(parseRuleText("对政府信息公开工作是否满意、服务是否满意(10)").clauses).toEqual([]);
    expect(parseRuleText("工作拓展创新情况").unparsed).toEqual(["工作拓展创新情况"]);
    expect(parseRuleText("3.在岗时间擅自离岗30分钟的,一次扣1分").clauses).toMatchObject([{ kind: "per-occurrence", points: "1", per: "次" }]);
  });
});
