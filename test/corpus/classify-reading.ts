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

export function classify(rule: string, bonusRule: string | undefined, points: string | null, expected: ExpectedReading): Classified {
  const parsed = parseItemTexts(rule, bonusRule);
  const differences: string[] = [];
  const same = (a: readonly object[], b: readonly object[]): boolean => a.length === b.length && a.every((c, i) => clauseShape(c) === clauseShape(b[i] as object));
  if (!same(parsed.clauses, expected.clauses)) differences.push("clauses");
  if (bindingCap(parsed.deductionCap, points) !== bindingCap(expected.deductionCap, points)) differences.push("deductionCap");
  if ((parsed.bonusCap ?? "") !== (expected.bonusCap ?? "")) differences.push("bonusCap");
  if ((expected.policies?.length ?? 0) + (expected.grades?.length ?? 0) > 0) differences.push("policies");
  if (differences.length === 0 && parsed.unparsed.length === 0) return { outcome: "exact", parsed, differences };
  const unsure = parsed.unparsed.length > 0 || parsed.clauses.some((c) => UNSURE_KINDS.has(c.kind));
  if (parsed.unparsed.length > 0) differences.push("unparsed");
  if (parsed.clauses.some((c) => UNSURE_KINDS.has(c.kind))) differences.push("judgement");
  return { outcome: unsure ? "flagged" : "silent", parsed, differences };
}
