import { inert } from "../defaults";
import type { KindModule } from "../kind-module";
import { clauseReading } from "../../fragment-reading";

/** 扣除该项全部分值, 本项分值全扣, 扣除本项分值 (ending the words: not 扣除本项分值的50%): everything is taken. */
const ALL_TAKEN = /(?:扣除|扣减|扣)(?:该|本|此)项(?:目)?(?:全部|所有)?(?:分值|分数|得分)$|(?:扣除|扣)全部(?:分值|分数|得分)$|(?:该|本|此)项(?:目)?(?:分值|分数)?(?:全部)?(?:全扣|扣完)$/;

/** 此项不得分: everything is taken when the condition holds. */
export const zeroOutKind: KindModule<"zero-out"> = {
  ...inert("zero-out"),
  readers: [{ name: "zero-out", order: 950, read: ({ n }) => (/不得分|不记分|不计分|不给分|不予计分|得0分/.test(n) || ALL_TAKEN.test(n) ? clauseReading({ kind: "zero-out" }) : undefined) }],
  maxDeduction: () => "unbounded",
  deductionSteps: () => "any",
};
