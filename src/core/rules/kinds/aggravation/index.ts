import Decimal from "decimal.js";
import { inert, ZERO } from "../defaults";
import type { KindModule, ReadContext } from "../kind-module";
import type { FragmentReading } from "../../fragment-reading";
import { clauseReading } from "../../fragment-reading";
import { NUM } from "../../patterns";

const AGGRAVATE = new RegExp(`(?:再|加|另|追加|并|另行)(扣除|扣|加)${NUM}分`);
/** 未及时整改的扣1分, 同样问题连续通报二次的扣2分: what happens after a problem found, on top of it. */
const AFTER_FINDING = new RegExp(`(?:仍未整改|未及时整改|未整改|拒不整改|整改不到位|逾期未整改|连续通报|再次出现|重复出现|屡次出现)[^,，;；。]{0,12}?(?:的)?[,，]?(扣除|扣)${NUM}分`);

/** "经督促仍未整改的，再扣2分": the parser points `aggravates` at the clause before it (or leaves it unread when there is none). */
function read({ n, condition }: ReadContext): FragmentReading | undefined {
  // "每增加一次加扣1分" counts on from a first occurrence: the per-occurrence reading, not an aggravation.
  if (/每/.test(condition + n)) return undefined;
  const m = AGGRAVATE.exec(n) ?? AFTER_FINDING.exec(condition + n);
  if (!m?.[1] || !m[2]) return undefined;
  if ((n.match(/\d+(?:\.\d+)?分/g) ?? []).length > 1) return { kind: "unknown" };
  return clauseReading({ kind: "aggravation", effect: m[1] === "加" ? "bonus" : "deduct", points: m[2], aggravates: 0 });
}

/** 经督促仍未整改的，再扣2分: on top of the clause it aggravates, never alone. */
export const aggravationKind: KindModule<"aggravation"> = {
  ...inert("aggravation"),
  readers: [{ name: "aggravation", order: 60, read }],
  maxDeduction: (c) => (c.effect === "deduct" ? new Decimal(c.points) : ZERO),
  maxBonus: (c) => (c.effect === "bonus" ? new Decimal(c.points) : ZERO),
  deductionSteps: (c) => ({ once: c.effect === "deduct" ? [new Decimal(c.points)] : [], repeated: [] }),
  formFields: (c, index, label) => [{ kind: "check", clause: index, label: `${label}（在第 ${c.aggravates + 1} 条之上）`, points: c.points, effect: c.effect }],
};
