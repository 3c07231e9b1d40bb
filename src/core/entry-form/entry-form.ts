import Decimal from "decimal.js";
import type { Band, Clause } from "../rubric/clause-schema";
import type { RubricItem } from "../rubric/rubric-schema";
import { moduleOf } from "../rules/kinds/registry";

/**
 * The 录入 form for one item (DESIGN.md §4): its clauses as checkboxes
 * (flat), counts (per occurrence), steps (per-step), a level (by level, or
 * how many times), or a rate (bands) —
 * and what a filled form means: the deduction, the bonus, and a readable
 * reason (未纳入综合考评 −1；每少一项 −0.5×2).
 */
export type FormField =
  | { readonly kind: "check"; readonly clause: number; readonly label: string; readonly points: string; readonly effect: "deduct" | "bonus" | "award" }
  | { readonly kind: "count"; readonly clause: number; readonly label: string; readonly points: string; readonly effect: "deduct" | "bonus" | "award"; readonly max?: string }
  | { readonly kind: "level"; readonly clause: number; readonly label: string; readonly options: readonly { readonly label: string; readonly points: string }[]; readonly effect: "deduct" | "bonus" | "award" }
  | { readonly kind: "judgement"; readonly clause: number; readonly label: string; readonly effect: "deduct" | "bonus" | "award" }
  /** 完成50%-40%得5分 …: the rate achieved, in percent; the band it falls in gives the points. */
  | { readonly kind: "rate"; readonly clause: number; readonly label: string; readonly effect: "award"; readonly bands: readonly Band[] };

/** A check is true/false; a count a whole number; a level the chosen option's index (0 is the first); a judgement an amount. */
export type FormValues = Readonly<Record<number, boolean | number | string>>;

/** Why a form value cannot be written: coded data, rendered per locale by the pane. */
export type FormError =
  | { readonly code: "COUNT_NOT_WHOLE"; readonly label: string }
  | { readonly code: "NO_OPTION"; readonly label: string; readonly option: string }
  | { readonly code: "RATE_NOT_NUMBER"; readonly label: string }
  | { readonly code: "AMOUNT_NOT_NUMBER"; readonly label: string };

/**
 * What a filled form writes, computed once here for every host: the pane
 * shows these numbers and the adapters write them.
 */
export interface FormAmounts {
  /** Into 扣分: the deductions, and what 得…分 clauses did not earn, capped (扣完为止). */
  readonly deduction: Decimal;
  /** Into 加分, capped at the item's bonus cap. */
  readonly bonus: Decimal;
  /** points − deduction + bonus: the typed 得分 where the score is the entry; null without points. */
  readonly score: Decimal | null;
  /** The cap that bit the deduction (扣分上限, else the item's points), when it did. */
  readonly deductionCapBit?: string;
  /** The bonus cap that bit, when it did. */
  readonly bonusCapBit?: string;
}

export interface FormResult {
  readonly deduction: Decimal;
  readonly bonus: Decimal;
  /** Points earned (得…分, a band, a level): the typed 得分 where the score is the entry. */
  readonly award: Decimal;
  readonly reason: string;
  readonly errors: readonly FormError[];
  /** Whether the form has fields that deduct, that add, that award points. */
  readonly deducts: boolean;
  readonly adds: boolean;
  readonly awards: boolean;
  readonly amounts: FormAmounts;
}

/** "未纳入综合考评的扣1分" → "未纳入综合考评"; "…，每少一项扣0.5分" → "每少一项". */
export function clauseLabel(clause: Clause): string {
  const text = clause.text.replace(/<\/?p>/g, "").trim();
  const action = /[（(]?\s*(?:扣|加|得|少得)\s*[\d.]+\s*分\s*[)）]?[。；;，,]?$/;
  let label = text.replace(action, "");
  if (clause.kind === "per-occurrence" || clause.kind === "per-step") {
    const every = label.lastIndexOf("每");
    if (every >= 0) label = label.slice(every);
  }
  label = label.replace(/^[\d.、\s]+/, "").replace(/[，,；;。\s]+$/, "").replace(/的$/, "");
  return label === "" ? text : label;
}

export function buildEntryForm(item: RubricItem): FormField[] {
  // Each clause kind's module says which fields it shows (src/core/rules/kinds/<kind>/).
  return item.clauses.flatMap((clause, index): FormField[] => moduleOf(clause).formFields(clause, index, clauseLabel(clause)));
}

function amountOf(field: FormField, value: boolean | number | string | undefined, errors: FormError[]): Decimal {
  // A level is an option index, where 0 is the first option; "no choice" is undefined or "".
  const empty = value === undefined || value === false || value === "" || (value === 0 && field.kind !== "level");
  if (empty) return new Decimal(0);
  switch (field.kind) {
    case "check":
      return new Decimal(field.points);
    case "count": {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 0) {
        errors.push({ code: "COUNT_NOT_WHOLE", label: field.label });
        return new Decimal(0);
      }
      const total = new Decimal(field.points).times(n);
      return field.max !== undefined ? Decimal.min(total, field.max) : total;
    }
    case "level": {
      const option = field.options[Number(value)];
      if (!option) errors.push({ code: "NO_OPTION", label: field.label, option: String(value) });
      return new Decimal(option?.points ?? 0);
    }
    case "rate": {
      const rate = Number(value);
      if (!Number.isFinite(rate) || rate < 0) {
        errors.push({ code: "RATE_NOT_NUMBER", label: field.label });
        return new Decimal(0);
      }
      const band = field.bands.find((b) => inBand(new Decimal(rate), b));
      return new Decimal(band?.points ?? 0);
    }
    case "judgement": {
      try {
        const d = new Decimal(String(value));
        if (d.isNegative()) throw new Error("negative");
        return d;
      } catch {
        errors.push({ code: "AMOUNT_NOT_NUMBER", label: field.label });
        return new Decimal(0);
      }
    }
  }
}

/** A band's edges as the document writes them ("以上"包括本数). */
function inBand(rate: Decimal, band: Band): boolean {
  const above = band.from === undefined || (band.fromInclusive ? rate.gte(band.from) : rate.gt(band.from));
  const below = band.to === undefined || (band.toInclusive ? rate.lte(band.to) : rate.lt(band.to));
  return above && below;
}

function describe(field: FormField, value: boolean | number | string | undefined, amount: Decimal): string {
  const sign = field.effect === "deduct" ? "−" : "+";
  if (field.kind === "rate") return `完成率 ${String(value)}% ${sign}${amount.toFixed()}`;
  if (field.kind === "count") return `${field.label} ${sign}${field.points}×${String(value)}`;
  if (field.kind === "level") return `${field.options[Number(value)]?.label ?? ""} ${sign}${amount.toFixed()}`;
  return `${field.label} ${sign}${amount.toFixed()}`;
}

/**
 * The amounts to write. A form of 得…分 clauses earns points rather than
 * losing them: the item scores what was earned (at most its points), so
 * the deduction is what was not earned, within the same cap.
 */
function amountsOf(item: RubricItem, raw: { deduction: Decimal; bonus: Decimal; award: Decimal }, awards: boolean): FormAmounts {
  const points = item.points === null ? null : new Decimal(item.points);
  let deduction = raw.deduction;
  if (awards && points !== null) deduction = deduction.plus(points.minus(Decimal.min(points, raw.award)));
  const cap = item.deductionCap ?? item.points;
  const deductionBites = cap !== null && deduction.gt(cap);
  if (deductionBites) deduction = new Decimal(cap);
  const bonusBites = item.bonusCap !== undefined && raw.bonus.gt(item.bonusCap);
  const bonus = bonusBites && item.bonusCap !== undefined ? new Decimal(item.bonusCap) : raw.bonus;
  return {
    deduction,
    bonus,
    score: points === null ? null : points.minus(deduction).plus(bonus),
    ...(deductionBites && cap !== null ? { deductionCapBit: cap } : {}),
    ...(bonusBites && item.bonusCap !== undefined ? { bonusCapBit: item.bonusCap } : {}),
  };
}

/**
 * What a filled form writes: the deduction (capped at the item's cap, else
 * its points — 扣完为止) and bonus (capped at its bonus cap), the points
 * earned, the amounts for the cells and which cap bit, and the reason.
 * Values the rules cannot produce (a fractional count, an unknown level) are
 * refused as coded errors instead of written.
 */
export function evaluateEntryForm(item: RubricItem, values: FormValues): FormResult {
  const errors: FormError[] = [];
  let deduction = new Decimal(0);
  let bonus = new Decimal(0);
  let award = new Decimal(0);
  const reasons: string[] = [];
  const fields = buildEntryForm(item);
  for (const field of fields) {
    const value = values[field.clause];
    const amount = amountOf(field, value, errors);
    if (amount.isZero()) continue;
    if (field.effect === "bonus") bonus = bonus.plus(amount);
    else if (field.effect === "deduct") deduction = deduction.plus(amount);
    else award = award.plus(amount);
    reasons.push(describe(field, value, amount));
  }
  const awards = fields.some((f) => f.effect === "award");
  const amounts = amountsOf(item, { deduction, bonus, award }, awards);
  const cap = item.deductionCap ?? item.points;
  if (cap !== null && deduction.gt(cap)) deduction = new Decimal(cap);
  if (item.bonusCap !== undefined && bonus.gt(item.bonusCap)) bonus = new Decimal(item.bonusCap);
  if (item.points !== null && award.gt(item.points)) award = new Decimal(item.points);
  return {
    deduction,
    bonus,
    award,
    reason: reasons.join("；"),
    errors,
    deducts: fields.some((f) => f.effect === "deduct"),
    adds: fields.some((f) => f.effect === "bonus"),
    awards,
    amounts,
  };
}
