// Classifies the parser's reading of one rule text against an assessor's:
// exact (same clauses and cap, nothing unread), flagged (the parser says it
// is unsure: words left unread, or a judgement clause the scorer sends for
// review), or silently wrong (a confident reading that differs — the worst
// outcome, because the score looks authoritative).
import Decimal from "decimal.js";
import type { ParsedRule } from "../../src/core/rules/parse-rule-text";
import { parseRuleText } from "../../src/core/rules/parse-rule-text";

export type Outcome = "exact" | "flagged" | "silent";

/** A clause as a reading writes it: its kind, its quoted words and its amounts. */
export interface ReadingClause {
  readonly kind: string;
  readonly text: string;
  readonly [field: string]: unknown;
}

export interface ExpectedReading {
  readonly clauses: readonly ReadingClause[];
  readonly deductionCap?: string | undefined;
  readonly bonusCap?: string | undefined;
  /** Policies or grade bands the words state: the rule-text parser returns none, so it cannot be exact. */
  readonly policies?: readonly object[] | undefined;
  readonly grades?: readonly object[] | undefined;
}

export interface Classified {
  readonly outcome: Outcome;
  readonly parsed: ParsedRule;
  /** What differs, for the report: "clauses", "deductionCap", "bonusCap", "policies", "unparsed", "judgement". */
  readonly differences: readonly string[];
}

/** Kinds whose amount the assessor types, which the scorer marks for review. */
const UNSURE_KINDS = new Set(["judgement"]);

/**
 * A clause without its quoted words (and a sub-requirement without its
 * label, which names the part in the reader's own words), keys sorted, so two
 * readings compare by meaning.
 */
export function clauseShape(clause: object): string {
  const meaning = Object.fromEntries(Object.entries(clause).filter(([key]) => key !== "text" && key !== "label"));
  return stableJson(meaning);
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** The cap that binds: a stated cap above the row's points does not raise them (扣完N分为止, the lower binds). */
function bindingCap(stated: string | undefined, points: string | null): string | undefined {
  if (stated === undefined) return points ?? undefined;
  if (points === null) return stated;
  return Decimal.min(new Decimal(stated), new Decimal(points)).toString();
}

interface CapReading {
  readonly clauses: readonly object[];
  readonly deductionCap: string | undefined;
}

/**
 * One deducting clause with its own cap (一件扣0.5分，扣分上限3分) means the
 * same as that clause under an item cap: both sides are brought to the item
 * cap before they are compared, so only a difference of meaning counts.
 */
export function normalizeCaps(clauses: readonly object[], deductionCap: string | undefined): CapReading {
  const deducting = clauses.filter((c) => (c as { effect?: unknown }).effect === "deduct");
  const only = deducting.length === 1 ? (deducting[0] as { cap?: unknown }) : undefined;
  if (deductionCap !== undefined || only === undefined || typeof only.cap !== "string") return { clauses, deductionCap };
  const cap = only.cap;
  return { clauses: clauses.map((c) => (c === only ? Object.fromEntries(Object.entries(c).filter(([k]) => k !== "cap")) : c)), deductionCap: cap };
}

/** Merges the readings of an item's rule text and its separate 加分 text. */
export function parseItemTexts(rule: string, bonusRule: string | undefined): ParsedRule {
  const main = parseRuleText(rule);
  if (bonusRule === undefined || bonusRule.trim() === "") return main;
  const bonus = parseRuleText(bonusRule);
  // A cap sentence in the separate 加分 text caps the bonus.
  const bonusCap = main.bonusCap ?? bonus.bonusCap ?? bonus.deductionCap;
  return {
    clauses: [...main.clauses, ...bonus.clauses],
    unparsed: [...main.unparsed, ...bonus.unparsed],
    ...(main.deductionCap === undefined ? {} : { deductionCap: main.deductionCap }),
    ...(bonusCap === undefined ? {} : { bonusCap }),
  };
}

/**
 * `bonusCapFromText: false` for the seeds: their rubric files set an item's
 * bonus cap from the 加分 column or section as well as from the rule text, so
 * a cap the parser did not find in the text is no difference there.
 */
export function classify(rule: string, bonusRule: string | undefined, points: string | null, expected: ExpectedReading, bonusCapFromText = true): Classified {
  const parsed = parseItemTexts(rule, bonusRule);
  const differences: string[] = [];
  const same = (a: readonly object[], b: readonly object[]): boolean => a.length === b.length && a.every((c, i) => clauseShape(c) === clauseShape(b[i] as object));
  const mine = normalizeCaps(parsed.clauses, parsed.deductionCap);
  const theirs = normalizeCaps(expected.clauses, expected.deductionCap);
  if (!same(mine.clauses, theirs.clauses)) differences.push("clauses");
  if (bindingCap(mine.deductionCap, points) !== bindingCap(theirs.deductionCap, points)) differences.push("deductionCap");
  const bonusCapCompared = bonusCapFromText || parsed.bonusCap !== undefined;
  if (bonusCapCompared && (parsed.bonusCap ?? "") !== (expected.bonusCap ?? "")) differences.push("bonusCap");
  if ((expected.policies?.length ?? 0) + (expected.grades?.length ?? 0) > 0) differences.push("policies");
  if (differences.length === 0 && parsed.unparsed.length === 0) return { outcome: "exact", parsed, differences };
  const unsure = parsed.unparsed.length > 0 || parsed.clauses.some((c) => UNSURE_KINDS.has(c.kind));
  if (parsed.unparsed.length > 0) differences.push("unparsed");
  if (parsed.clauses.some((c) => UNSURE_KINDS.has(c.kind))) differences.push("judgement");
  return { outcome: unsure ? "flagged" : "silent", parsed, differences };
}
