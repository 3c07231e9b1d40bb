import type { ParsedRule } from "../parse-rule-text";
import { parseRuleText } from "../parse-rule-text";

/** A parsed rule without each clause's quoted words, for compact expectations in the kinds' tests. */
export function readForTest(rule: string): Omit<ParsedRule, "clauses"> & { clauses: unknown[] } {
  const parsed = parseRuleText(rule);
  return { ...parsed, clauses: parsed.clauses.map(({ text: _text, ...rest }) => rest) };
}
