import { inert } from "../defaults";
import type { KindModule } from "../kind-module";
import { clauseReading } from "../../fragment-reading";

/** 一票否决: the unit's fate is the rubric's policy; on the item it can take everything. */
export const vetoKind: KindModule<"veto"> = {
  ...inert("veto"),
  readers: [{ name: "veto", order: 10, read: ({ n }) => (/一票否决/.test(n) ? clauseReading({ kind: "veto" }) : undefined) }],
  maxDeduction: () => "unbounded",
  deductionSteps: () => "any",
};
