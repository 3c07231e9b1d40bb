import Decimal from "decimal.js";
import type { ClauseOf, KindModule, ReadContext } from "../kind-module";
import { inert, ZERO } from "../defaults";
import type { FragmentReading } from "../../fragment-reading";
import { clauseReading } from "../../fragment-reading";
import { NUM } from "../../patterns";

type Threshold = ClauseOf<"rate-trigger">["thresholds"][number];

const BELOW_WORDS = "低于|不足|未达到|未达|达不到|少于|不到|小于";
const ABOVE_WORDS = "高于|超过|超出|大于|多于|达到";
/** 低于95%的扣1分 / 95%以下的扣1分 / 达到98%以上的加1分 */
const THRESHOLD = new RegExp(`(?:(${BELOW_WORDS}|${ABOVE_WORDS})(?:[^,，;；。\\d%]{0,8}?的)?${NUM}%(以下|以上)?|${NUM}%(以下|以上|及以下|及以上))(?:的)?[,，]?(?:每项|的)?(扣除|扣|加)${NUM}分`, "g");
const MEASURE = new RegExp(`([\\u4e00-\\u9fa5]{1,10}?率)(?:${BELOW_WORDS}|${ABOVE_WORDS}|在|\\d)`);

function thresholdOf(m: RegExpMatchArray): Threshold | undefined {
  const [, verb, edgeA, wordA, edgeB, wordB, , points] = m;
  const edge = edgeA ?? edgeB;
  const word = wordA ?? wordB;
  if (edge === undefined || points === undefined) return undefined;
  if (verb !== undefined) {
    const above = new RegExp(`^(?:${ABOVE_WORDS})$`).test(verb);
    // 达到98%以上: reaching the edge counts; 低于95%: the edge itself does not.
    return { direction: above ? "above" : "below", edge, inclusive: verb === "达到" || word === "以上" || word === "以下", points };
  }
  if (word === undefined) return undefined;
  return { direction: word.endsWith("以下") ? "below" : "above", edge, inclusive: true, points };
}

function read({ n, condition }: ReadContext): FragmentReading | undefined {
  const text = condition + n;
  if (/每/.test(text)) return undefined;
  const matches = [...text.matchAll(THRESHOLD)];
  if (matches.length === 0) return undefined;
  const verbs = new Set(matches.map((m) => m[6]));
  const thresholds = matches.map(thresholdOf);
  // Every amount in the fragment must belong to a threshold, all of one effect; else it is not sure.
  const amounts = (n.match(/\d+(?:\.\d+)?分/g) ?? []).length;
  if (verbs.size > 1 || thresholds.some((t) => t === undefined) || amounts !== matches.length) return { kind: "unknown" };
  const effect = verbs.has("加") ? "bonus" : "deduct";
  const measure = MEASURE.exec(text)?.[1];
  return clauseReading({ kind: "rate-trigger", effect, ...(measure === undefined ? {} : { measure }), thresholds: thresholds as Threshold[] });
}

const most = (c: ClauseOf<"rate-trigger">): Decimal => Decimal.max(...c.thresholds.map((t) => t.points));

/** 回复率低于95%的扣1分、低于90%的扣2分: the 录入 form takes the band the rate falls in and shows the thresholds. */
export const rateTriggerKind: KindModule<"rate-trigger"> = {
  ...inert("rate-trigger"),
  readers: [{ name: "rate-trigger", order: 420, read }],
  merge: (previous, next) =>
    previous.kind === "rate-trigger" && next.kind === "rate-trigger" && previous.effect === next.effect ? { ...previous, thresholds: [...previous.thresholds, ...next.thresholds] } : undefined,
  maxDeduction: (c) => (c.effect === "deduct" ? most(c) : ZERO),
  maxBonus: (c) => (c.effect === "bonus" ? most(c) : ZERO),
  deductionSteps: (c) => ({ once: c.effect === "deduct" ? [...new Set(c.thresholds.map((t) => t.points))].map((p) => new Decimal(p)) : [], repeated: [] }),
  formFields: (c, index) => [
    {
      kind: "level",
      clause: index,
      label: c.measure ?? "比率",
      options: [
        { label: "未触及", points: "0" },
        ...c.thresholds.map((t) => ({ label: `${t.direction === "below" ? (t.inclusive ? "≤" : "<") : t.inclusive ? "≥" : ">"}${t.edge}%`, points: t.points })),
      ],
      effect: c.effect,
    },
  ],
};
