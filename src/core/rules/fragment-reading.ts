import type { Clause } from "../rubric/clause-schema";

/** A clause without its quoted words; the parser adds `text`. */
export type ClauseReading = Clause extends infer C ? (C extends Clause ? Omit<C, "text"> : never) : never;

/** What one fragment of rule text says. */
export type FragmentReading =
  /** `bare`: an amount with no verb ("每宗0.3分"); the parser gives it its neighbours' effect. */
  | { readonly kind: "clause"; readonly clause: ClauseReading; readonly bare?: boolean; readonly also?: readonly ClauseReading[] }
  /** 扣完2分为止, 最高不超过3分: a cap on what the item's deductions (or bonuses) take together. */
  | { readonly kind: "cap"; readonly deduction?: string; readonly bonus?: string; readonly either?: string }
  /** 长子: 未涉及单位按考核分数的60%计分 — a not-applicable policy, not a clause. */
  | { readonly kind: "not-applicable-share"; readonly share: string }
  | { readonly kind: "ignore" }
  /** 以此类推: fine after a step or a count (it restates them); after single amounts it asks for a step no pattern read. */
  | { readonly kind: "extrapolate" }
  /** It speaks of points but in words no pattern is sure of: left for the assessor, never guessed. */
  | { readonly kind: "unknown" };

export const clauseReading = (c: ClauseReading): FragmentReading => ({ kind: "clause", clause: c });
