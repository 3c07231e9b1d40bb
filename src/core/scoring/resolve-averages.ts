import Decimal from "decimal.js";
import type { Finding } from "../findings/finding";
import { finding } from "../findings/finding";
import type { ItemResult } from "./item-result";
import { roundResult } from "./rounding";
import type { ScoredTable } from "./score-table";

/**
 * 岳阳: a unit without the task scores the average of the units that have
 * it, so the average is taken across every unit scored with the same
 * rubric. With no unit to average over, the item stays 0 and says so.
 */
export function resolveAverages(tables: readonly ScoredTable[]): ScoredTable[] {
  const scores = new Map<string, Decimal[]>();
  if (!tables.some((t) => t.items.some((i) => i.pendingAverage))) return [...tables];
  for (const t of tables) {
    for (const item of t.items) {
      if (!item.applicable) continue;
      const key = `${t.rubric.id}\u0000${item.itemId}`;
      const list = scores.get(key);
      if (list) list.push(item.score);
      else scores.set(key, [item.score]);
    }
  }
  // Each item's average taken once, not once per unit that waits for it (that made the whole step quadratic).
  const averages = new Map<string, Decimal>();
  const averageOf = (key: string, found: readonly Decimal[]): Decimal => {
    let average = averages.get(key);
    if (average === undefined) {
      average = roundResult(found.reduce((a, b) => a.plus(b), new Decimal(0)).div(found.length));
      averages.set(key, average);
    }
    return average;
  };
  return tables.map((t) => {
    if (!t.items.some((i) => i.pendingAverage)) return t;
    const findings: Finding[] = [...t.findings];
    const items = t.items.map((item): ItemResult => {
      if (!item.pendingAverage) return item;
      const key = `${t.rubric.id}\u0000${item.itemId}`;
      const found = scores.get(key) ?? [];
      if (found.length === 0) {
        findings.push(finding("AVERAGE_PENDING", t.layout.sheet, item.outputCell ?? "", { item: item.path.join(" / ") }));
        return item;
      }
      const average = averageOf(key, found);
      return { ...item, score: average, pendingAverage: false };
    });
    return { ...t, items, findings };
  });
}
