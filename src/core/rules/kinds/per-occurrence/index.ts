import Decimal from "decimal.js";
import { cappedOrOpen, inert, ZERO } from "../defaults";
import type { KindModule } from "../kind-module";

/** The first occurrence named apart: 出现一次, 发现1处, 第一条批示. */
const FIRST = /(?:出现|发现)1(?:次|处|项|件|例)|第1(?:条|次|项|件|个|篇)/;
/** What follows it: 每增加一次, 其余…每条. */
const FOLLOWING = /每(?:增加|再|多|另|继续)|^其余|^其他/;

/** 每少一项扣0.5分: an amount per thing counted, up to its cap; 出现一次扣2分、每增加一次扣1分: the first counted apart. */
export const perOccurrenceKind: KindModule<"per-occurrence"> = {
  ...inert("per-occurrence"),
  // Read by the flat kind's action reader, which tells a count from a single amount.
  readers: [],
  // 出现一次扣2分，每增加一次扣1分: the count follows the first occurrence.
  merge: (previous, next, words) =>
    (previous.kind === "flat" || (previous.kind === "per-occurrence" && previous.first === undefined && previous.cap === undefined)) && next.kind === "per-occurrence" && previous.effect === next.effect && FIRST.test(previous.text.replace(/一/g, "1")) && FOLLOWING.test(words)
      ? { ...next, first: previous.points }
      : undefined,
  maxDeduction: (c) => (c.effect === "deduct" ? cappedOrOpen(c.cap) : ZERO),
  maxAward: (c) => (c.effect === "award" && c.cap !== undefined ? new Decimal(c.cap) : ZERO),
  maxBonus: (c) => (c.effect === "bonus" ? cappedOrOpen(c.cap) : ZERO),
  spansRange: (c) => c.effect === "award" && c.cap === undefined,
  deductionSteps: (c) =>
    c.effect !== "deduct" ? { once: [], repeated: [] } : { once: c.first === undefined ? [] : [new Decimal(c.first)], repeated: [new Decimal(c.points)] },
  formFields: (c, index, label) => [{ kind: "count", clause: index, label, points: c.points, effect: c.effect, ...(c.cap === undefined ? {} : { max: c.cap }) }],
};
