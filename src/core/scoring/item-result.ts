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
  /** Where the computed score is written, when Kaohe computes it. */
  readonly outputCell?: string;
}
