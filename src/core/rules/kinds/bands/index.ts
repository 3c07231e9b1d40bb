import Decimal from "decimal.js";
import type { Band } from "../../../rubric/clause-schema";
import { inert } from "../defaults";
import type { KindModule, ReadContext } from "../kind-module";
import type { FragmentReading } from "../../fragment-reading";
import { clauseReading } from "../../fragment-reading";
import { NUM } from "../../patterns";

/** 完成50%-40%得5分 / 10%以下得0分 / 50%以上得6分 */
export function readBand(n: string): Band | undefined {
  const range = new RegExp(`${NUM}%?[-~至到]${NUM}%得${NUM}分`).exec(n);
  if (range?.[1] && range[2] && range[3]) {
    const [a, b] = [range[1], range[2]];
    const [low, high] = Number(a) <= Number(b) ? [a, b] : [b, a];
    // "完成50%-40%" names both edges; 以上包括本数: the lower edge is inclusive, the upper one belongs to the band above.
    return { from: low, fromInclusive: true, to: high, toInclusive: false, points: range[3] };
  }
  const below = new RegExp(`${NUM}%以下(?:的)?得${NUM}分`).exec(n);
  if (below?.[1] && below[2]) return { to: below[1], toInclusive: false, fromInclusive: true, points: below[2] };
  const above = new RegExp(`${NUM}%(?:以上|及以上)(?:的)?得${NUM}分`).exec(n);
  if (above?.[1] && above[2]) return { from: above[1], fromInclusive: true, toInclusive: true, points: above[2] };
  return undefined;
}

function read({ n }: ReadContext): FragmentReading | undefined {
  const band = readBand(n);
  return band ? clauseReading({ kind: "bands", bands: [band] }) : undefined;
}

/** 完成50%-40%得5分，40%-30%得4分: the band a rate falls in gives the points earned. */
export const bandsKind: KindModule<"bands"> = {
  ...inert("bands"),
  readers: [{ name: "bands", order: 320, read }],
  merge: (previous, next) => (previous.kind === "bands" && next.kind === "bands" ? { kind: "bands", bands: [...previous.bands, ...next.bands] } : undefined),
  maxAward: (c) => Decimal.max(...c.bands.map((b) => b.points)),
  formFields: (c, index) => [{ kind: "rate", clause: index, label: "完成率（%）", effect: "award", bands: c.bands }],
};
