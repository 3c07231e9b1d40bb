import type { Clause } from "../../../rubric/clause-schema";
import { normalizeRuleText } from "../../chinese-numbers";
import { spanOf } from "../span-of";

const NAMED = /每个([\u4e00-\u9fa5]{1,4}?)(?:扣除|扣|加)\s*[\d.]+\s*分/;

/**
 * "每个黄牌扣2分,每个红牌扣3分": counts of differently named things, side by
 * side, are one clause by level (黄牌 2, 红牌 3), not two counts of "个".
 */
export function settleNamedCounts(clauses: readonly Clause[], rule: string): Clause[] {
  const out: Clause[] = [];
  for (const c of clauses) {
    const previous = out[out.length - 1];
    const name = c.kind === "per-occurrence" && c.cap === undefined ? NAMED.exec(normalizeRuleText(c.text))?.[1] : undefined;
    if (name !== undefined && c.kind === "per-occurrence") {
      if (previous?.kind === "by-level" && previous.effect === c.effect && previous.cap === undefined && !previous.levels.some((l) => l.level === name)) {
        out[out.length - 1] = { ...previous, levels: [...previous.levels, { level: name, points: c.points }], text: spanOf(rule, previous.text, c.text) };
        continue;
      }
      const previousName = previous?.kind === "per-occurrence" && previous.cap === undefined ? NAMED.exec(normalizeRuleText(previous.text))?.[1] : undefined;
      if (previous?.kind === "per-occurrence" && previousName !== undefined && previousName !== name && previous.effect === c.effect && previous.per === c.per) {
        out[out.length - 1] = {
          kind: "by-level",
          effect: c.effect,
          levels: [
            { level: previousName, points: previous.points },
            { level: name, points: c.points },
          ],
          text: spanOf(rule, previous.text, c.text),
        };
        continue;
      }
    }
    out.push(c);
  }
  return out;
}
