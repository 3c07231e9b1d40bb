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
  // "低于80%不得分": a zero-out or veto holds no figure, its rate is only its condition.
  const conditional = readings.every((r) => r.kind === "zero-out" || r.kind === "veto");
  for (const m of words.matchAll(PERCENT)) if (!conditional && !figures.has(Number(m[1]))) return true;
  const full = /满分/.test(words.replace(/满分为?\d+(?:\.\d+)?分/g, ""));
  const givesFull = readings.some((r) => (r.kind === "rating-scale" && r.options.some((o) => "full" in o)) || (r.kind === "per-step" && r.target !== undefined));
  return full && !givesFull;
}

/** Kinds that take from the item: 得满分 before them is the points they take from ("达到要求的得满分，每少一项扣1分"). */
const TAKING = new Set(["per-occurrence", "per-step", "zero-out", "veto", "rate-trigger", "presence", "aggravation", "any-of", "judgement"]);

/**
 * Whether the verb-less words before a clause (its condition) hold scoring
 * words of their own: an amount no pattern read ("逾期完成得一半分", "良好的得80%",
 * "得 * 分"), or 得满分 before a clause that does not take from the full points
 * ("排名第一的得满分，第二名得9分" read as a flat 9). Such a condition is not merely
 * a condition: the words go unread.
 */
export function conditionSaysMore(condition: string, readings: readonly ClauseReading[]): boolean {
  if (condition === "") return false;
  const words = condition.replace(/满分为?\d+(?:\.\d+)?分/g, "");
  // "进行扣分", "予以加分" only introduce: an amount stands between the verb and 分.
  if (/[得扣加计记][^,，;；。满分]{1,4}分|[得扣加计记]\d+(?:\.\d+)?%/.test(words)) return true;
  const takes = readings.every((r) => TAKING.has(r.kind) || ("effect" in r && r.effect === "deduct"));
  return /满分/.test(words) && !takes;
}
