import Decimal from "decimal.js";
import type { Finding } from "../findings/finding";
import { finding } from "../findings/finding";
import type { RubricItem } from "../rubric/rubric-schema";
import { needsReview } from "../rubric/rule-review";
import { displayDecimal } from "../text/display-decimal";
import { judgementRange, outsideRange } from "./judgement-range";
import type { Amount } from "./read-amount";

/**
 * What the item's rules say about the entry, beyond caps: words the parser
 * could not read (the entry is taken as given), a stated cap above the
 * points, and an entry outside a judgement's range.
 */
export function itemRuleFindings(item: RubricItem, sheet: string, cell: string, entries: { readonly deduction: Amount; readonly bonus: Amount; readonly typed: Amount }): Finding[] {
  const findings: Finding[] = [];
  // The item's name only when a finding needs it: most items have none.
  const name = (): string => item.path.join(" / ");
  if (needsReview(item)) findings.push(finding("RULE_UNREAD", sheet, cell, { item: name(), text: (item.review ?? []).join("；") }));
  if (item.points !== null && item.deductionCap !== undefined && !item.deductionOnly && new Decimal(item.deductionCap).gt(item.points)) {
    findings.push(finding("CAP_ABOVE_POINTS", sheet, cell, { item: name(), cap: item.deductionCap, points: item.points }));
  }
  checkRange(item, entries.deduction, "deduct", "扣分", sheet, findings);
  checkRange(item, entries.bonus, "bonus", "加分", sheet, findings);
  checkRange(item, entries.typed, "award", "得分", sheet, findings);
  return findings;
}

function checkRange(item: RubricItem, amount: Amount, effect: "deduct" | "bonus" | "award", column: string, sheet: string, findings: Finding[]): void {
  if (amount.kind !== "amount") return;
  const range = judgementRange(item.clauses, effect);
  if (range && outsideRange(amount.value, range)) {
    findings.push(finding("JUDGEMENT_OUT_OF_RANGE", sheet, amount.cell, { column, value: displayDecimal(amount.value), min: range.min.toFixed(), max: range.max.toFixed(), text: range.text }));
  }
}
