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

export interface FormResult {
  readonly deduction: Decimal;
  readonly bonus: Decimal;
  /** Points earned (得…分, a band, a level): the typed 得分 where the score is the entry. */
  readonly award: Decimal;
  readonly reason: string;
  readonly errors: readonly string[];
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

function amountOf(field: FormField, value: boolean | number | string | undefined, errors: string[]): Decimal {
  // A level is an option index, where 0 is the first option; "no choice" is undefined or "".
  const empty = value === undefined || value === false || value === "" || (value === 0 && field.kind !== "level");
  if (empty) return new Decimal(0);
  switch (field.kind) {
    case "check":
      return new Decimal(field.points);
    case "count": {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 0) {
        errors.push(`“${field.label}”的次数须为非负整数`);
        return new Decimal(0);
      }
      const total = new Decimal(field.points).times(n);
      return field.max !== undefined ? Decimal.min(total, field.max) : total;
    }
    case "level": {
      const option = field.options[Number(value)];
      if (!option) errors.push(`“${field.label}”没有第 ${String(value)} 个选项`);
      return new Decimal(option?.points ?? 0);
    }
    case "rate": {
      const rate = Number(value);
      if (!Number.isFinite(rate) || rate < 0) {
        errors.push(`“${field.label}”须为非负数`);
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
        errors.push(`“${field.label}”须填写非负数`);
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
 * What a filled form writes: the deduction (capped at the item's cap, else
 * its points — 扣完为止) and bonus (capped at its bonus cap), and the reason.
 * Values the rules cannot produce (a fractional count, an unknown level) are
 * refused as errors instead of written.
 */
export function evaluateEntryForm(item: RubricItem, values: FormValues): FormResult {
  const errors: string[] = [];
  let deduction = new Decimal(0);
  let bonus = new Decimal(0);
  let award = new Decimal(0);
  const reasons: string[] = [];
  for (const field of buildEntryForm(item)) {
    const value = values[field.clause];
    const amount = amountOf(field, value, errors);
    if (amount.isZero()) continue;
    if (field.effect === "bonus") bonus = bonus.plus(amount);
    else if (field.effect === "deduct") deduction = deduction.plus(amount);
    else award = award.plus(amount);
    reasons.push(describe(field, value, amount));
  }
  const cap = item.deductionCap ?? item.points;
  if (cap !== null && deduction.gt(cap)) deduction = new Decimal(cap);
  if (item.bonusCap !== undefined && bonus.gt(item.bonusCap)) bonus = new Decimal(item.bonusCap);
  if (item.points !== null && award.gt(item.points)) award = new Decimal(item.points);
  return { deduction, bonus, award, reason: reasons.join("；"), errors };
}
