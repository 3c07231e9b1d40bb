import Decimal from "decimal.js";
import { cappedOrOpen, inert, ZERO } from "../defaults";
import type { KindModule, ReadContext } from "../kind-module";
import type { FragmentReading } from "../../fragment-reading";
import { clauseReading } from "../../fragment-reading";
import { NUM, RANGE } from "../../patterns";

type Effect = "deduct" | "award" | "bonus";

const VERB_EFFECT: Readonly<Record<string, Effect>> = { 扣: "deduct", 扣除: "deduct", 扣减: "deduct", 减: "deduct", 加: "bonus", 给: "award", 得: "award", 计: "award", 评: "award" };
/** 扣1至3分, 酌情给0-2分, 扣0.5—2分, 加1～2分. */
const RANGED = new RegExp(`(扣除|扣减|扣|减|加|给|得|计|评)${RANGE}`);
/** 在3分以内酌情扣分, 2分内酌情扣分, 最多酌情扣3分. */
const WITHIN = new RegExp(`${NUM}分(?:以内|之内|内|以下)(?:的)?(?:酌情|视情况|视情节|根据情况)?(?:进行)?(扣分|扣减|加分|给分|计分|评分)`);
const WORDS = /根据(?:实际|具体)?情况(?:进行|酌情)?(?:扣分|计分|评分|评定|给分)|酌情(?:扣分|加分|而定|扣减|给分|计分|评分)|视(?:情况|情节(?:轻重)?)(?:进行|酌情)?(?:扣分|加分|给分|评分|扣减)|综合评定|按比(?:重|例)扣分|(?:扣减|扣除)相应(?:的)?分(?:数|值)/;

const LOOSE = /酌情|视情况|视情节|根据(?:实际|具体)?情况/;

function effectOfWords(n: string): Effect {
  if (/加分/.test(n)) return "bonus";
  return /综合评定|给分|计分|评分|评定/.test(n) && !/扣/.test(n) ? "award" : "deduct";
}

function read({ n, condition }: ReadContext): FragmentReading | undefined {
  // "办结率每减少1个百分点,扣分": a rate of deduction without its amount.
  if (/^(?:进行)?扣分$/.test(n) && /每/.test(condition)) return clauseReading({ kind: "judgement", effect: "deduct" });
  const ranged = RANGED.exec(n);
  if (ranged?.[1] && ranged[2] && ranged[3]) {
    const [low, high] = Number(ranged[2]) <= Number(ranged[3]) ? [ranged[2], ranged[3]] : [ranged[3], ranged[2]];
    // Only one range per fragment; a second amount besides it is something else, not guessed.
    if ((n.match(/\d+(?:\.\d+)?分/g) ?? []).length > 2) return { kind: "unknown" };
    const effect = VERB_EFFECT[ranged[1]] ?? "deduct";
    return clauseReading({ kind: "judgement", effect, ...(Number(low) === 0 ? {} : { min: low }), max: high });
  }
  const within = WITHIN.exec(n);
  if (within?.[1] && within[2]) return clauseReading({ kind: "judgement", effect: effectOfWords(within[2]), max: within[1] });
  const amount = new RegExp(`${NUM}分`).exec(n);
  if (amount?.[1] && LOOSE.test(n)) {
    // Judgement words beside an amount this reader does not place ("视情况扣2分以上") are left unread, never dropped.
    const single = new RegExp(`(?:酌情|视情况|视情节(?:轻重)?)(?:给予)?(扣除|扣|加|给)${NUM}分$`).exec(n);
    if (!single?.[1] || !single[2]) return { kind: "unknown" };
    return clauseReading({ kind: "judgement", effect: VERB_EFFECT[single[1]] ?? "deduct", max: single[2] });
  }
  if (!WORDS.test(n)) return undefined;
  return clauseReading({ kind: "judgement", effect: effectOfWords(n) });
}

/** 根据实际情况进行扣分 / 视情况扣1至3分: the assessor decides, within the range when the text gives one. */
export const judgementKind: KindModule<"judgement"> = {
  ...inert("judgement"),
  readers: [{ name: "judgement", order: 100, read }],
  maxDeduction: (c) => (c.effect === "deduct" ? cappedOrOpen(c.max) : ZERO),
  maxAward: (c) => (c.effect === "award" && c.max !== undefined ? new Decimal(c.max) : ZERO),
  maxBonus: (c) => (c.effect === "bonus" ? cappedOrOpen(c.max) : ZERO),
  spansRange: (c) => c.effect !== "bonus" && c.max === undefined,
  deductionSteps: (c) => (c.effect === "deduct" ? "any" : { once: [], repeated: [] }),
  formFields: (c, index, label) => [{ kind: "judgement", clause: index, label, effect: c.effect }],
};
