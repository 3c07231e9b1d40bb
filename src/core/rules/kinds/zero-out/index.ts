import { inert } from "../defaults";
import type { KindModule } from "../kind-module";
import { clauseReading } from "../../fragment-reading";

/** 此项不得分: everything is taken when the condition holds. */
export const zeroOutKind: KindModule<"zero-out"> = {
  ...inert("zero-out"),
  readers: [{ name: "zero-out", order: 950, read: ({ n }) => (/不得分|不记分|不计分|不给分|不予计分|得0分/.test(n) ? clauseReading({ kind: "zero-out" }) : undefined) }],
  maxDeduction: () => "unbounded",
  deductionSteps: () => "any",
};
