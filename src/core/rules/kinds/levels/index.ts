import Decimal from "decimal.js";
import { inert } from "../defaults";
import type { KindModule, ReadContext } from "../kind-module";
import type { FragmentReading } from "../../fragment-reading";
import { clauseReading } from "../../fragment-reading";
import { NUM } from "../../patterns";

function read({ n }: ReadContext): FragmentReading | undefined {
  const level = new RegExp(`(\\d+)次(?:以上|及以上)?(?:的)?(?:得)?${NUM}分$`).exec(n);
  if (!level?.[1] || !level[2] || /[扣加每]/.test(n)) return undefined;
  return clauseReading({ kind: "levels", levels: [{ atLeast: Number(level[1]), points: level[2] }] });
}

/** 学习一次0.8分，两次以上1分: how many times, as a choice of level. */
export const levelsKind: KindModule<"levels"> = {
  ...inert("levels"),
  readers: [{ name: "levels", order: 500, read }],
  merge: (previous, next) => (previous.kind === "levels" && next.kind === "levels" ? { kind: "levels", levels: [...previous.levels, ...next.levels] } : undefined),
  maxAward: (c) => Decimal.max(...c.levels.map((l) => l.points)),
  formFields: (c, index) => [
    {
      kind: "level",
      clause: index,
      label: "次数",
      options: c.levels.map((l, i) => ({ label: `${l.atLeast}次${i === c.levels.length - 1 && i > 0 ? "及以上" : ""}`, points: l.points })),
      effect: "award",
    },
  ],
};
