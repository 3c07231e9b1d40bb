import type { Band } from "../../../rubric/clause-schema";
import { chineseNumeral, normalizeRuleText } from "../../chinese-numbers";
import type { ClauseReading } from "../../fragment-reading";
import { amountsIn } from "../../patterns";
import { splitFragments } from "../../split-fragments";
import { readPercentEdges } from "./percent-edges";
import { countsSkip, scaleOf } from "./tier-scale";

/** One fragment of a tier list: the words that select it and what it gives. */
interface Tier {
  /** The fragment as printed. */
  readonly words: string;
  /** Its condition, normalised (without 的). */
  readonly condition: string;
  /** nothing: 不得分, whose effect is the other tiers'. */
  readonly effect: "award" | "deduct" | "bonus" | "nothing";
  /** undefined: 得满分, the item's own points. */
  readonly points: string | undefined;
}

const NOTHING = /^(.+?)的?(?:[,，])?(不得分|不计分|不给分|不记分|得0分|计0分|不扣分|不加分)$/;
const AMOUNT = /^(.+?)的?(?:[,，])?(得|计|记|扣除|扣|加)?(满分|\d+(?:\.\d+)?分)$/;
/** Closing words that restate the default cap. */
const CLOSING = /^(?:扣完为止|扣满为止|扣完即止|扣完本项分值为止|扣完该项分值为止)[。.]?$/;
/** "排名第一的": an ordinal rank written in words, as the figure the scale reads. */
const ORDINAL = /第([一二三四五六七八九十]+)(?![名位\d])/g;

function readTier(words: string): Tier | undefined {
  const n = normalizeRuleText(words)
    .replace(/[。.]$/, "")
    // "优秀(90分以上)得10分": a bracket naming the grade's score range explains the grade, it is no amount.
    .replace(/\([^()]*\d分[^()]*\)/g, "")
    .replace(ORDINAL, (whole: string, numeral: string) => {
      const value = chineseNumeral(numeral);
      return value === undefined ? whole : `第${value}名`;
    });
  // 每年 is the assessment's own period: once. 每月 tiers may repeat each month, and any other 每 counts.
  if (amountsIn(n) > 1 || /每(?!年)/.test(n)) return undefined;
  const nothing = NOTHING.exec(n);
  if (nothing?.[1] && nothing[2]) {
    const effect = nothing[2] === "不扣分" ? "deduct" : nothing[2] === "不加分" ? "bonus" : "nothing";
    return { words, condition: nothing[1], effect, points: "0" };
  }
  const amount = AMOUNT.exec(n);
  if (!amount?.[1] || !amount[3]) return undefined;
  const effect = amount[2] === "扣" || amount[2] === "扣除" ? "deduct" : amount[2] === "加" ? "bonus" : "award";
  if (amount[3] === "满分") return effect === "award" ? { words, condition: amount[1], effect, points: undefined } : undefined;
  return { words, condition: amount[1], effect, points: amount[3].replace(/分$/, "") };
}

/**
 * The tiers' one effect: 不得分 is a tier of nothing among awards, and the
 * whole item taken among deductions (迟报3次以上不得分); undefined when they mix.
 */
function effectOf(tiers: readonly Tier[]): "award" | "deduct" | "bonus" | undefined {
  const effects = new Set(tiers.map((t) => t.effect).filter((e) => e !== "nothing"));
  const [effect] = [...effects];
  if (effects.size > 1) return undefined;
  return effect === "deduct" || effect === "bonus" ? effect : "award";
}

export type TierReading = { readonly kind: "clause"; readonly clause: ClauseReading } | { readonly kind: "unknown" };

/**
 * A sentence that lists tiers, exactly one of which applies: 优秀得10分，良好得8分…;
 * 排名前5名的得满分，6-10名得4分…; 超过1个月未更新的扣1分，超过3个月未更新的扣3分;
 * 完成率达到100%的得满分，90%（含）以上得8分… Read as one clause — fragment by
 * fragment each tier would look like an amount of its own, and 得满分 would be
 * lost. A rate's tiers of points are bands; deductions by a rate are the
 * rate-trigger kind's. undefined: not a tier list; unknown: tiers whose edges
 * are not sure.
 */
export function readTiers(sentence: string): TierReading | undefined {
  const fragments = splitFragments(sentence).filter((f) => !CLOSING.test(f.text));
  if (fragments.length < 2) return undefined;
  const tiers: Tier[] = [];
  let from: number | undefined;
  for (const f of fragments) {
    // "…达到15条以上的,计50分": a condition written before its comma belongs to the amount after it.
    const words = sentence.slice(from ?? f.start, f.end);
    const tier = readTier(words);
    if (tier !== undefined) {
      tiers.push(tier);
      from = undefined;
    } else if (/分/.test(f.text) || from !== undefined) {
      return undefined;
    } else {
      from = f.start;
    }
  }
  if (from !== undefined || tiers.length < 2) return undefined;
  const effect = effectOf(tiers);
  if (effect === undefined) return undefined;
  const scale = scaleOf(tiers);
  if (scale === undefined) return undefined;
  if (scale === "%" && effect !== "award") return undefined;
  // 学习一次0.8分，两次以上1分: points by how many times, the levels kind's.
  if (scale === "次" && effect === "award") return undefined;
  if (scale === "%" && tiers.every((t) => t.points !== undefined)) {
    const bands: Band[] = [];
    for (const t of tiers) {
      const edges = readPercentEdges(t.condition);
      if (edges === undefined || t.points === undefined) return { kind: "unknown" };
      bands.push({ ...edges, points: t.points });
    }
    return { kind: "clause", clause: { kind: "bands", bands: closeUpperEdges(bands) } };
  }
  if (scale === "个百分点") return undefined;
  if (countsSkip(tiers, scale)) return { kind: "unknown" };
  // Among deductions 不得分 takes the item's whole points.
  const full = (t: Tier): boolean => t.points === undefined || (t.effect === "nothing" && effect === "deduct");
  const options = tiers.map((t) => (full(t) ? { when: t.words, full: true as const } : { when: t.words, points: t.points ?? "0" }));
  return { kind: "clause", clause: { kind: "rating-scale", effect, options } };
}

/** "90%以上得8分" after "100%得满分"-like tiers: an open band ends where the next higher one starts. */
function closeUpperEdges(bands: readonly Band[]): Band[] {
  const starts = bands.flatMap((b) => (b.from === undefined ? [] : [{ from: Number(b.from), raw: b.from, inclusive: b.fromInclusive }]));
  return bands.map((b) => {
    if (b.from === undefined || b.to !== undefined) return b;
    const from = Number(b.from);
    const above = starts.filter((s) => s.from > from).sort((x, y) => x.from - y.from)[0];
    return above === undefined ? b : { ...b, to: above.raw, toInclusive: !above.inclusive };
  });
}

/** A run of tiers inside a longer sentence: where it starts and ends in the sentence, and its clause. */
export interface TierRun {
  readonly start: number;
  readonly end: number;
  readonly reading: TierReading;
}

/**
 * "未建立制度的扣2分，超过1个月未报送的扣1分，超过3个月未报送的扣3分": the longest run
 * of two or more fragments that is a tier list, when the whole sentence is not.
 * The fragment before the run must hold its own amount, so no condition is
 * left without the words it conditions.
 */
export function findTierRun(sentence: string): TierRun | undefined {
  const pieces = splitFragments(sentence);
  // Only fragments that read as a tier on their own can be in a run: most sentences have none, and are done at once.
  const tierLike = pieces.map((p) => readTier(p.text) !== undefined);
  if (tierLike.filter(Boolean).length < 2) return undefined;
  for (let length = pieces.length - 1; length >= 2; length--) {
    for (let i = 0; i + length <= pieces.length; i++) {
      const first = pieces[i];
      const last = pieces[i + length - 1];
      const before = pieces[i - 1];
      if (first === undefined || last === undefined || (before !== undefined && !/分/.test(before.text)) || !/分/.test(first.text)) continue;
      if (tierLike.slice(i, i + length).some((t) => !t)) continue;
      const reading = readTiers(sentence.slice(first.start, last.end));
      if (reading !== undefined) return { start: first.start, end: last.end, reading };
    }
  }
  return undefined;
}
