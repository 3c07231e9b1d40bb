import Decimal from "decimal.js";
import { parseRuleText } from "../rules/parse-rule-text";
import { isProducibleScore, producibleScores } from "./producible-score";

// 三河 政务服务事项网上办理 (7.5分)
const RULE = "年底前完成本部门政务服务事项网上可办率50%以上(6分,完成50%-40%得5分,40%-30%得4分,30%-20%得3分,20%-10%得2分,10%以下得0分);推进市统建业务系统与“互联网+政务服务”平台对接(1.5分,完成前台用户单点登录和办件库对接得0.5分,完成后台用户对接得0.5分,完成省、市、县三级对接得0.5分)";
const allowed = producibleScores(new Decimal("7.5"), parseRuleText(RULE).clauses)!;

describe("typed scores an item's parts can give", () => {
  it.each(["7.5", "6", "5.5", "4", "0", "1.5", "3.5"])("%s can be given", (score) => {
    expect(isProducibleScore(new Decimal(score), allowed)).toBe(true);
  });

  it.each(["5.2", "6.8", "0.3"])("%s cannot (bands 6/5/4/3/2/0 plus 对接 0–1.5 in halves)", (score) => {
    expect(isProducibleScore(new Decimal(score), allowed)).toBe(false);
  });

  it("leaves items with a part left to judgement, or no parts, unchecked", () => {
    expect(producibleScores(new Decimal(2), parseRuleText("未公开的扣1分").clauses)).toBeUndefined();
    expect(producibleScores(new Decimal(3), parseRuleText("制定方案(3分)").clauses)).toBeUndefined();
  });
});
