import { parseRuleText } from "./parse-rule-text";

describe("words a fragment's clause leaves out: the fragment is unread, never half read", () => {
  it.each([
    // A rate tier alone: the 90% would be dropped by a flat 8.
    ["90%（含）以上得8分", "90%（含）以上得8分"],
    // 三河 电子证照应用: the 80% edge is a condition no flat amount holds.
    ["完成80%以上历史数据的入库工作得0.5分", "完成80%以上历史数据的入库工作得0.5分"],
    // 得满分 beside a deduction: what earns the full points is not read.
    ["按时完成的得满分扣1分", "按时完成的得满分扣1分"],
  ])("%s", (rule, unread) => {
    expect(parseRuleText(rule).unparsed).toEqual([unread]);
  });

  it.each([
    ["低于此每10个百分点扣1分(3分)"],
    ["未按要求公开的，每项扣0.5分，扣完为止。"],
    ["满分5分，每少一项扣1分"],
    ["公开内容准确率低于95%的，每低1个百分点扣0.5分。"],
  ])("a figure the clause holds, or the points restated, is no leftover: %s", (rule) => {
    expect(parseRuleText(rule).unparsed).toEqual([]);
  });
});
