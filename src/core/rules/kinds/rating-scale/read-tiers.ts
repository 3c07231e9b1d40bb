import type { Band } from "../../../rubric/clause-schema";
import { normalizeRuleText } from "../../chinese-numbers";
import type { ClauseReading } from "../../fragment-reading";
import { amountsIn } from "../../patterns";
import { splitFragments } from "../../split-fragments";
import { readPercentEdges } from "./percent-edges";

/** One fragment of a tier list: the words that select it and what it gives. */
interface Tier {
  /** The fragment as printed. */
  readonly words: string;
  /** Its condition, normalised (without 的). */
  readonly condition: string;
  readonly effect: "award" | "deduct";
  /** undefined: 得满分, the item's own points. */
  readonly points: string | undefined;
}

const NOTHING = /^(.+?)的?(?:[,，])?(不得分|不计分|不给分|不记分|得0分|计0分|不扣分)$/;
const AMOUNT = /^(.+?)的?(?:[,，])?(得|计|记|扣除|扣)?(满分|\d+(?:\.\d+)?分)$/;
/** A quality word closing a condition: 优秀, 良好, 较好, 一般, 差… */
const QUALITY = /(?:优秀|良好|较好|优|良|好|一般|中等|合格|及格|不合格|不及格|较差|差|满意|基本满意|不满意|非常满意|比较满意)(?:等次|等级|档次|档|级)?$/;
/** A figure with what it measures: 90%, 前5名, 6-10名, 3天, 1个月, 20个工作日. */
const MEASURED = /\d+(?:\.\d+)?(%|个百分点|名|位|个工作日|工作日|个月|月|天|日|小时|周|次|件|项|条|篇|处)/g;
const BELOW_WORDS = /少于|不足|低于|以下|未达到|未达|不到/;
const ABOVE_WORDS = /以上|达到|超过|高于|不少于|不低于/;
/** The last tier may be "the rest": 其余得2分. */
const REST = /^(?:其余|其他|其它|余下|剩余|以外|之外)/;
/** Closing words that restate the default cap. */
const CLOSING = /^(?:扣完为止|扣满为止|扣完即止|扣完本项分值为止|扣完该项分值为止)[。.]?$/;

function readTier(words: string): Tier | undefined {
  const n = normalizeRuleText(words).replace(/[。.]$/, "");
  // 每年 is the assessment's own period: once. 每月 tiers may repeat each month, and any other 每 counts.
  if (amountsIn(n) > 1 || /每(?!年)|加/.test(n)) return undefined;
  const nothing = NOTHING.exec(n);
  if (nothing?.[1] && nothing[2]) return { words, condition: nothing[1], effect: nothing[2] === "不扣分" ? "deduct" : "award", points: "0" };
  const amount = AMOUNT.exec(n);
  if (!amount?.[1] || !amount[3]) return undefined;
  const effect = amount[2] === "扣" || amount[2] === "扣除" ? "deduct" : "award";
  if (amount[3] === "满分") return effect === "award" ? { words, condition: amount[1], effect, points: undefined } : undefined;
  return { words, condition: amount[1], effect, points: amount[3].replace(/分$/, "") };
}

/** What the tiers' conditions measure: "quality", a unit ("%", "名", "天"…), or undefined when they are not one scale. */
function scaleOf(tiers: readonly Tier[]): string | undefined {
  const [first, ...rest] = tiers;
  if (first === undefined) return undefined;
  // Later tiers restate only the level: 良好的, 6-10名, 2天; a long condition is a rule of its own.
  if (rest.some((t) => t.condition.length > 12)) return undefined;
  if (tiers.every((t) => QUALITY.test(t.condition))) {
    const words = tiers.map((t) => QUALITY.exec(t.condition)?.[0]);
    return new Set(words).size === tiers.length ? "quality" : undefined;
  }
  const units = new Set<string>();
  const figures = new Set<string>();
  for (const [i, t] of tiers.entries()) {
    const measured = [...t.condition.matchAll(MEASURED)];
    if (measured.length === 0) {
      if (i === tiers.length - 1 && i > 0 && REST.test(t.condition)) continue;
      return undefined;
    }
    for (const m of measured) {
      if (m[1] !== undefined) units.add(m[1]);
      figures.add(m[0]);
    }
  }
  const [unit] = [...units];
  // "达到15条(含15条)以上的,计50分;少于15条的,计0分": one figure, both sides of it.
  const bothSides = tiers.some((t) => BELOW_WORDS.test(t.condition)) && tiers.some((t) => ABOVE_WORDS.test(t.condition));
  if (units.size !== 1 || (figures.size < 2 && !bothSides)) return undefined;
  // "在省级媒体刊发2篇得2分，在市级媒体刊发3篇得1分": other words than the figure, two rules — not tiers of one.
  const firstWords = residue(first.condition);
  return rest.every((t, i) => REST.test(t.condition) && i === rest.length - 1 ? true : residue(t.condition) === "" || residue(t.condition) === firstWords) ? unit : undefined;
}

/** A tier's condition without its figures and the words that compare them: what else it says. */
function residue(condition: string): string {
  return condition
    .replace(/(?:\d+(?:\.\d+)?%?(?:-|~|至|到|—|–))?\d+(?:\.\d+)?/g, "")
    .replace(/%|个百分点|个工作日|工作日|个月|小时|\(含\)|\(不含\)|及以上|及以下|以上|以下|以后|以内|以外|之后|排名|名次|位次|超过|不足|低于|高于|达到|不少于|不低于|少于|多于|小于|大于|未达到|未达|[达第前后含及的名位月天日周次件项条篇处]/g, "");
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
  if (from !== undefined) return undefined;
  const effects = new Set(tiers.map((t) => t.effect));
  const effect = tiers[0]?.effect;
  if (effects.size !== 1 || effect === undefined) return undefined;
  const scale = scaleOf(tiers);
  if (scale === undefined) return undefined;
  if (scale === "%" && effect === "deduct") return undefined;
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
  const options = tiers.map((t) => (t.points === undefined ? { when: t.words, full: true as const } : { when: t.words, points: t.points }));
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
