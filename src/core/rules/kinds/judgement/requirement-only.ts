import type { Clause } from "../../../rubric/clause-schema";
import { normalizeRuleText } from "../../chinese-numbers";

/** Words that score: an amount, a scoring verb, points, a question. */
const SCORING = /\d(?:\.\d+)?分(?![钟之])|扣完|扣满|负分|评分|扣分|加分|得分|计分|给分|不得|扣除|扣减|[扣加得计记]\d|分值|[?？]|[(（]\d+(?:\.\d+)?[)）]|占\d+(?:\.\d+)?%/;
/** Shorter words are a heading or a label (工作拓展创新情况), not a requirement to judge. */
const SENTENCE = 16;

/**
 * A rule text that only states the requirement ("建立专门的领导机构,有效地
 * 开展政府信息公开工作") scores nothing by itself: the assessor judges it
 * within the item's points (a judgement, scored from the entry). One that
 * asks 是否 outside brackets is a 是/否 question (checklist).
 */
export function readRequirementOnly(rule: string): Clause[] | undefined {
  const n = normalizeRuleText(rule);
  const text = rule.trim().replace(/[。；;，,]+$/, "");
  if (n.length < SENTENCE || text === "" || SCORING.test(n)) return undefined;
  const outsideBrackets = n.replace(/[(（][^()（）]*[)）]/g, "");
  if (/是否/.test(outsideBrackets)) return [{ kind: "checklist", text }];
  return [{ kind: "judgement", effect: "award", text }];
}
