import Decimal from "decimal.js";
import { cappedOrOpen, inert, ZERO } from "../defaults";
import type { KindModule, ReadContext } from "../kind-module";
import type { FragmentReading } from "../../fragment-reading";
import { clauseReading } from "../../fragment-reading";
import { NUM } from "../../patterns";

function read({ n }: ReadContext): FragmentReading | undefined {
  const level = new RegExp(`(国家|省|市|县|区)级(?:以上)?(?:媒体)?(?:每项|每次|每件|每条|每篇)?(加|扣)?${NUM}分`).exec(n);
  if (!level?.[1] || !level[3]) return undefined;
  return clauseReading({ kind: "by-level", effect: level[2] === "扣" ? "deduct" : "bonus", levels: [{ level: `${level[1]}级`, points: level[3] }] });
}

/** 国家级每项加4分，省级每项3分: points per occurrence at each level. */
export const byLevelKind: KindModule<"by-level"> = {
  ...inert("by-level"),
  readers: [{ name: "by-level", order: 330, read }],
  merge: (previous, next) =>
    previous.kind === "by-level" && next.kind === "by-level" && previous.effect === next.effect ? { ...previous, levels: [...previous.levels, ...next.levels] } : undefined,
  maxDeduction: (c) => (c.effect === "deduct" ? cappedOrOpen(c.cap) : ZERO),
  maxBonus: (c) => (c.effect === "bonus" ? cappedOrOpen(c.cap) : ZERO),
  deductionSteps: (c) => ({ once: [], repeated: c.effect === "deduct" ? c.levels.map((l) => new Decimal(l.points)) : [] }),
  formFields: (c, index) => [{ kind: "level", clause: index, label: "级别", options: c.levels.map((l) => ({ label: l.level, points: l.points })), effect: c.effect }],
};
