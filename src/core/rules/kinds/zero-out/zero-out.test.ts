import { readForTest } from "../read-for-test";

describe("zero-out: everything is taken when the condition holds", () => {
  it.each([
    ["未设置政策解读栏目的，此项不得分。"],
    ["未落实的扣除该项全部分值。"],
    ["未落实的，扣除本项全部分值。"],
    ["未公开的，该项分值全扣。"],
    ["发生泄密的，扣除此项分值"],
    ["未开展的，扣除全部分值"],
  ])("%s", (rule) => {
    expect(readForTest(rule)).toEqual({ clauses: [{ kind: "zero-out" }], unparsed: [] });
  });

  it("a share of the item's points is not all of them: 扣除该项分值的50% stays unread", () => {
    expect(readForTest("未按时报送的，扣除该项分值的50%").unparsed).toEqual(["未按时报送的，扣除该项分值的50%"]);
  });
});
