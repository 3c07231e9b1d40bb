import type Decimal from "decimal.js";

/** One item's score on one unit's sheet, exact. */
export interface ItemResult {
  readonly itemId: string;
  readonly sheet: string;
  readonly row: number;
  readonly path: readonly string[];
  readonly section: string;
  /** The item's points (a 加分 item: the most it can add); null when it has none. */
  readonly max: Decimal | null;
  /** Deduction after its cap (a 扣分 item: the penalty). */
  readonly deduction: Decimal;
  /** Bonus after its cap. */
  readonly bonus: Decimal;
  /** What the item adds to its section: points − deduction + bonus; a penalty is negative. */
  readonly score: Decimal;
  readonly applicable: boolean;
  /** 倒扣分制: carries no base points, only takes them away; not part of its section's max. */
  readonly deductionOnly?: boolean;
  /** A 是/否 question (2013 checklists): 1 for 是, 0 for 否. */
  readonly checklist?: boolean;
  /** 一票否决 entered on this item. */
  readonly veto?: boolean;
  /** Not applicable and scored by the average of the units that have the task, once known. */
  readonly pendingAverage?: boolean;
  /** The typed 得分 cell, where the typed score is the entry. */
  readonly entryCell?: string;
  /** Where the computed score is written, when Kaohe computes it. */
  readonly outputCell?: string;
}
