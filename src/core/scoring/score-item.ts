import Decimal from "decimal.js";
import type { Finding } from "../findings/finding";
import { finding } from "../findings/finding";
import type { RowEntries } from "../layout/read-entries";
import type { RubricItem, SectionKind } from "../rubric/rubric-schema";
import type { ItemResult } from "./item-result";
import type { Amount } from "./read-amount";
import { displayDecimal } from "../text/display-decimal";
import { decimalOf } from "../text/decimal-of";
import { describeSteps, deductionSteps, isProducible } from "./producible";
import { describeScores, isProducibleScore, producibleScores } from "./producible-score";
import { ONE, readAnswer } from "./score-checklist";
import { entryDisplayFinding } from "../findings/entry-display-type";
import { amountValue, readAmount } from "./read-amount";
import { itemRuleFindings } from "./item-rule-findings";
import { compare, minus } from "./decimal-memo";
import { needsReview } from "../rubric/rule-review";

export interface ItemToScore {
  readonly item: RubricItem;
  readonly kind: SectionKind;
  readonly entries: RowEntries;
  readonly sheet: string;
  readonly row: number;
  /** 倒扣分制: any deduction takes all of the item's points. */
  readonly allOrNothing?: boolean;
  /** The rubric's 一票否决 applies to the unit as a whole (攀枝花 政务公开): a veto may be written on any item. */
  readonly unitVeto?: boolean;
}

export interface ScoredItem {
  readonly result: ItemResult;
  readonly findings: readonly Finding[];
}

const ZERO = new Decimal(0);

/** min(amount, cap), reporting the cap when it bites. */
function capped(amount: Amount, cap: Decimal | null, code: "CAP_EXCEEDED" | "BONUS_CAP_EXCEEDED", sheet: string, findings: Finding[]): Decimal {
  const value = amountValue(amount);
  if (cap === null || amount.kind !== "amount" || value.lte(cap)) return value;
  findings.push(finding(code, sheet, amount.cell, { entered: displayDecimal(value), cap: cap.toFixed() }));
  return cap;
}

function refuse(amount: Amount, code: "BONUS_NOT_ALLOWED" | "DEDUCTION_NOT_ALLOWED" | "ENTRY_WITHOUT_POINTS", column: string, item: RubricItem, sheet: string, findings: Finding[]): void {
  if (amount.kind !== "amount" || amount.value.isZero()) return;
  findings.push(finding(code, sheet, amount.cell, { item: item.path.join(" / "), value: amount.value.toFixed(), column }));
}

function decimalOrNull(text: string | null | undefined): Decimal | null {
  return text === null || text === undefined ? null : decimalOf(text);
}

type Base = Pick<ItemResult, "itemId" | "sheet" | "row" | "path" | "section"> & { readonly outputCell: string | undefined; readonly entryCell: string | undefined };
type Flag = "veto" | "checklist" | "deductionOnly";
type Mutable = { -readonly [K in keyof ItemResult]: ItemResult[K] };

/**
 * One item's result with the keys in the order the spread used to give
 * them, built without spreading a base: every unit makes 50-odd of these,
 * and the spread was the costliest line of scoring.
 */
function itemResult(base: Base, max: Decimal | null, deduction: Decimal, bonus: Decimal, score: Decimal, applicable: boolean, flag?: Flag): ItemResult {
  const result = { itemId: base.itemId, sheet: base.sheet, row: base.row, path: base.path, section: base.section } as Mutable;
  if (base.outputCell !== undefined) result.outputCell = base.outputCell;
  if (base.entryCell !== undefined) result.entryCell = base.entryCell;
  result.max = max;
  result.deduction = deduction;
  result.bonus = bonus;
  result.score = score;
  result.applicable = applicable;
  if (flag !== undefined) result[flag] = true;
  return result;
}

/**
 * Scores one item from its entries (DESIGN.md §2 Caps):
 * base item: points − min(deduction, cap) + min(bonus, bonus cap), the cap
 * being the item's points unless the rubric says otherwise (扣完为止);
 * 加分 item: min(bonus, its points); 扣分 item: −min(penalty, its points).
 * Where the table has no entry columns the typed 得分 is the entry.
 */
export function scoreItem(input: ItemToScore): ScoredItem {
  const { item, kind, entries, sheet } = input;
  const findings: Finding[] = [];
  for (const merged of entries.merged ?? []) {
    findings.push(finding(merged.role === "entry" ? "ENTRY_MERGED" : "OUTPUT_MERGED", sheet, merged.cell, { item: item.path.join(" / "), rows: merged.rows }));
  }
  const deduction = readAmount(entries.deduction, "扣分", sheet, findings);
  const bonus = readAmount(entries.bonus, "加分", sheet, findings);
  const typed = readAmount(entries.typedScore, "得分", sheet, findings);
  const points = decimalOrNull(item.points);
  const base: Base = { itemId: item.id, sheet, row: input.row, path: item.path, section: item.section, outputCell: entries.outputCell, entryCell: entries.typedScore?.cell };
  const vetoed = deduction.kind === "veto" ? deduction : bonus.kind === "veto" ? bonus : typed.kind === "veto" ? typed : undefined;
  if (vetoed?.kind === "veto") {
    if (input.unitVeto || item.clauses.some((c) => c.kind === "veto")) {
      return { result: itemResult(base, points, points ?? ZERO, ZERO, ZERO, true, "veto"), findings };
    }
    findings.push(finding("VETO_NOT_ALLOWED", sheet, vetoed.cell, { item: item.path.join(" / ") }));
  }
  if (deduction.kind === "not-applicable" || bonus.kind === "not-applicable" || typed.kind === "not-applicable") {
    return { result: itemResult(base, points, ZERO, ZERO, ZERO, false), findings };
  }
  const typedMode = entries.typedScore !== undefined;
  findings.push(...itemRuleFindings(item, sheet, entries.outputCell ?? entries.typedScore?.cell ?? entries.deduction?.cell ?? "", { deduction, bonus, typed }));
  // Words the parser could not read: the clauses read are not the whole rule, so they check nothing.
  const checkable = !needsReview(item);

  if (item.clauses.some((c) => c.kind === "checklist")) {
    // A 是/否 question counts 1 towards the unit's completion rate.
    const answer = readAnswer(entries.answer, item.path.join(" / "), sheet, findings);
    const score = answer === "yes" ? ONE : ZERO;
    const applicable = answer !== "not-applicable";
    return { result: itemResult(base, ONE, applicable ? ONE.minus(score) : ZERO, ZERO, score, applicable, "checklist"), findings };
  }

  const selfShown = entries.selfScore?.entry.kind === "number" || entries.selfScore?.entry.kind === "invalid" ? entries.selfScore.entry.displayed : undefined;
  if (typedMode && selfShown && entries.selfScore) findings.push(entryDisplayFinding(selfShown, "自评分", sheet, entries.selfScore.cell));
  if (typedMode && entries.selfScore?.entry.kind === "number" && entries.typedScore?.entry.kind === "number" && !entries.selfScore.entry.value.eq(entries.typedScore.entry.value)) {
    findings.push(finding("SELF_SCORE_DIFFERS", sheet, entries.typedScore.cell, { self: entries.selfScore.entry.value.toFixed(), score: entries.typedScore.entry.value.toFixed(), selfCell: entries.selfScore.cell }));
  }

  if (kind === "bonus") {
    refuse(deduction, "DEDUCTION_NOT_ALLOWED", "扣分", item, sheet, findings);
    const cap = decimalOrNull(item.bonusCap ?? item.points);
    const added = capped(typedMode ? typed : bonus, cap, "BONUS_CAP_EXCEEDED", sheet, findings);
    return { result: itemResult(base, cap, ZERO, added, added, true), findings };
  }

  if (kind === "penalty") {
    refuse(bonus, "BONUS_NOT_ALLOWED", "加分", item, sheet, findings);
    const cap = decimalOrNull(item.deductionCap ?? item.points);
    const taken = capped(typedMode ? typed : deduction, cap, "CAP_EXCEEDED", sheet, findings);
    return { result: itemResult(base, cap, taken, ZERO, taken.negated(), true), findings };
  }

  // A bonus needs a rule that gives one: a bonus cap, or a bonus clause (capped or not).
  const bonusCap = decimalOrNull(item.bonusCap);
  const takesBonus = bonusCap !== null || item.clauses.some((c) => "effect" in c && c.effect === "bonus");
  if (!takesBonus) refuse(bonus, "BONUS_NOT_ALLOWED", "加分", item, sheet, findings);
  const added = takesBonus ? capped(bonus, bonusCap, "BONUS_CAP_EXCEEDED", sheet, findings) : ZERO;

  if (points === null && item.deductionOnly && item.deductionCap !== undefined) {
    // 不设基础分: the row only takes points off (up to its cap) or adds its bonus.
    const taken = capped(deduction, new Decimal(item.deductionCap), "CAP_EXCEEDED", sheet, findings);
    return { result: itemResult(base, null, taken, added, added.minus(taken), true, "deductionOnly"), findings };
  }

  if (points === null) {
    refuse(deduction, "ENTRY_WITHOUT_POINTS", "扣分", item, sheet, findings);
    refuse(typed, "ENTRY_WITHOUT_POINTS", "得分", item, sheet, findings);
    return { result: itemResult(base, null, ZERO, added, added, true), findings };
  }

  if (typedMode) {
    let score = amountValue(typed);
    if (typed.kind === "none" && entries.typedScore?.entry.kind === "blank") {
      findings.push(finding("ENTRY_MISSING", sheet, entries.typedScore.cell, { item: item.path.join(" / ") }));
    }
    if (typed.kind === "amount" && compare(score, points) > 0) {
      findings.push(finding("SCORE_ABOVE_POINTS", sheet, typed.cell, { value: displayDecimal(score), points: points.toFixed() }));
      score = points;
    } else if (typed.kind === "amount") {
      const allowed = checkable ? producibleScores(points, item.clauses) : undefined;
      if (allowed && !isProducibleScore(score, allowed)) {
        findings.push(finding("SCORE_NOT_PRODUCIBLE", sheet, typed.cell, { value: score.toFixed(), allowed: describeScores(allowed) }));
      }
    }
    return { result: itemResult(base, points, minus(points, score), ZERO, score, true), findings };
  }

  // An explicit 扣分上限 can be above the item's points (长子 征地信息 2分, 上限3分); the item still stops at 0.
  const cap = Decimal.min(decimalOrNull(item.deductionCap) ?? points, points);
  let taken = capped(deduction, cap, "CAP_EXCEEDED", sheet, findings);
  const steps = checkable ? deductionSteps(item.clauses, points) : undefined;
  if (steps && deduction.kind === "amount" && !isProducible(deduction.value, steps, cap)) {
    findings.push(finding("DEDUCTION_NOT_PRODUCIBLE", sheet, deduction.cell, { value: deduction.value.toFixed(), steps: describeSteps(steps) }));
  }
  if (input.allOrNothing && taken.gt(0) && taken.lt(points) && deduction.kind === "amount") {
    findings.push(finding("ALL_OR_NOTHING", sheet, deduction.cell, { entered: taken.toFixed(), points: points.toFixed() }));
    taken = points;
  }
  if (item.deductionOnly) {
    // 倒扣分制: done is worth nothing, not done takes the item's points from its section.
    return { result: itemResult(base, points, taken, added, added.minus(taken), true, "deductionOnly"), findings };
  }
  const score = points.minus(taken).plus(added);
  return { result: itemResult(base, points, taken, added, score, true), findings };
}
