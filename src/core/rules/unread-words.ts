import type { ClauseReading } from "./fragment-reading";
import { OTHER_PARTY } from "./kinds/flat/read-action";

/** Every figure a clause holds (its amounts, edges, steps; a share also in percent), as numbers. */
function figuresOf(value: unknown, into: Set<number>): Set<number> {
  if (typeof value === "string" || typeof value === "number") {
    const n = Number(value);
    if (Number.isFinite(n)) into.add(n);
  } else if (Array.isArray(value)) {
    for (const v of value) figuresOf(v, into);
  } else if (value !== null && typeof value === "object") {
    for (const [key, v] of Object.entries(value)) {
      if (key === "text" || key === "when" || key === "label" || key === "cases") continue;
      figuresOf(v, into);
      if (key === "share" && typeof v === "string") into.add(Number(v) * 100);
    }
  }
  return into;
}

const AMOUNT = /(满分为?|总分为?|共计?|合计)?(\d+(?:\.\d+)?)分(?![钟之])/g;
const PERCENT = /(\d+(?:\.\d+)?)%/g;

/**
 * Whether a fragment says more than the clauses read from it: an amount or a
 * rate none of them holds ("90%(含)以上得8分" read as a flat 8), or 得满分 where
 * no clause gives the full points. Such a fragment is left unread — a reading
 * that drops words would look sure and be wrong.
 */
export function leavesWordsUnread(n: string, readings: readonly ClauseReading[]): boolean {
  // "(3分)" closing a requirement restates its points (split-parts.ts reads those).
  const words = n.replace(OTHER_PARTY, "").replace(/\((?:满分|共|计)?\d+(?:\.\d+)?分\)/g, "");
  const figures = new Set<number>();
  for (const r of readings) figuresOf(r, figures);
  for (const m of words.matchAll(AMOUNT)) {
    // 满分5分, 共10分: the item's points restated, not an amount to take or give.
    if (m[1] === undefined && !figures.has(Number(m[2]))) return true;
  }
  for (const m of words.matchAll(PERCENT)) if (!figures.has(Number(m[1]))) return true;
  const full = /满分/.test(words.replace(/满分为?\d+(?:\.\d+)?分/g, ""));
  const givesFull = readings.some((r) => (r.kind === "rating-scale" && r.options.some((o) => "full" in o)) || (r.kind === "per-step" && r.target !== undefined));
  return full && !givesFull;
}
