import Decimal from "decimal.js";
import { inert } from "../defaults";
import type { KindModule, ReadContext } from "../kind-module";
import type { ClauseReading, FragmentReading } from "../../fragment-reading";
import { clauseReading } from "../../fragment-reading";
import { NUM } from "../../patterns";

/** (1分) or (1分/项) closing a numbered requirement; whole parts ending in their points are read by read-sub-requirement.ts. */
function read({ n }: ReadContext): FragmentReading | undefined {
  const sub = new RegExp(`^(.+?)\\(${NUM}分(\\/项)?\\)?$`).exec(n);
  if (!sub?.[1] || !sub[2] || /[扣加得]\d/.test(sub[1])) return undefined;
  const reading: ClauseReading = sub[3] ? { kind: "sub-requirement", label: sub[1], points: sub[2], perItem: true } : { kind: "sub-requirement", label: sub[1], points: sub[2] };
  return clauseReading(reading);
}

/** "1.答复时限…(1分)": a part worth its own points; the assessor scores it within them. */
export const subRequirementKind: KindModule<"sub-requirement"> = {
  ...inert("sub-requirement"),
  readers: [{ name: "sub-requirement", order: 960, read }],
  maxAward: (c) => new Decimal(c.points),
};
