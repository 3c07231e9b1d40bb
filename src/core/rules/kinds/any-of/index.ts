import Decimal from "decimal.js";
import { inert, ZERO } from "../defaults";
import type { KindModule, ReadContext } from "../kind-module";
import type { FragmentReading } from "../../fragment-reading";
import { clauseReading } from "../../fragment-reading";
import { NUM } from "../../patterns";

const ANY_OF = new RegExp(`(?:情形|情况|问题|行为|现象)?之一(?:的)?[,，:：]?(?:每项|每次)?(扣除|扣|加|得)?(?:${NUM}分)?`);

/** 存在下列情形之一的扣1分; "…之一的，" with the amount after the comma reads with its condition. */
function read({ n, condition }: ReadContext): FragmentReading | undefined {
  const text = condition + n;
  if (!/之一/.test(text)) return undefined;
  const m = ANY_OF.exec(text);
  // No amount right after 之一: a condition for what follows (…情形之一,被连续发出3次预警信号的,扣3分), read by the others.
  if (!m?.[1] || !m[2]) return undefined;
  // 每项/每次 after 之一 counts the cases: not one amount however many occur.
  if (/之一(?:的)?[,，:：]?(?:每项|每次)/.test(text) || (n.match(/\d+(?:\.\d+)?分/g) ?? []).length > 1) return { kind: "unknown" };
  const effect = m[1] === "加" ? "bonus" : m[1] === "得" ? "award" : "deduct";
  return clauseReading({ kind: "any-of", effect, points: m[2] });
}

/** 存在下列情形之一的扣1分: one deduction however many of the cases occur. */
export const anyOfKind: KindModule<"any-of"> = {
  ...inert("any-of"),
  readers: [{ name: "any-of", order: 70, read }],
  maxDeduction: (c) => (c.effect === "deduct" ? new Decimal(c.points) : ZERO),
  maxAward: (c) => (c.effect === "award" ? new Decimal(c.points) : ZERO),
  maxBonus: (c) => (c.effect === "bonus" ? new Decimal(c.points) : ZERO),
  deductionSteps: (c) => ({ once: c.effect === "deduct" ? [new Decimal(c.points)] : [], repeated: [] }),
  formFields: (c, index, label) => [{ kind: "check", clause: index, label, points: c.points, effect: c.effect }],
};
