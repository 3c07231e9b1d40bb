import Decimal from "decimal.js";
import type { Finding } from "../findings/finding";
import { finding } from "../findings/finding";
import { entryDisplayFinding } from "../findings/entry-display-type";
import type { AnswerCell } from "../layout/read-entries";
import { normalizeLabel } from "../text/normalize-text";

const YES = new Set(["是", "√", "✓", "✔", "有", "已完成", "完成", "已落实", "落实", "Y", "YES"]);
const NO = new Set(["否", "×", "✗", "✘", "无", "未完成", "未落实", "N", "NO"]);
const NOT_APPLICABLE = new Set(["不涉及", "不适用", "无此项", "/", "／"]);

export type Answer = "yes" | "no" | "not-applicable" | "missing";

/**
 * A 2013 checklist answer in 实施情况: 是 counts 1 towards the unit's
 * completion, 否 counts 0, 不涉及 leaves the question out. Anything else is
 * refused with its cell.
 */
export function readAnswer(answer: AnswerCell | undefined, item: string, sheet: string, findings: Finding[]): Answer {
  if (answer?.displayed) {
    // TRUE, a date or a percent in 实施情况 may mean 是 or may be a stray value: not guessed.
    findings.push(entryDisplayFinding(answer.displayed, "实施情况", sheet, answer.cell));
    return "missing";
  }
  const text = normalizeLabel(answer?.text ?? "").toUpperCase();
  if (!answer || text === "") {
    if (answer) findings.push(finding("ENTRY_MISSING", sheet, answer.cell, { item }));
    return "missing";
  }
  if (YES.has(text)) return "yes";
  if (NO.has(text)) return "no";
  if (NOT_APPLICABLE.has(text)) return "not-applicable";
  findings.push(finding("ANSWER_NOT_YES_NO", sheet, answer.cell, { text: answer.text, item }));
  return "missing";
}

export const ONE = new Decimal(1);
