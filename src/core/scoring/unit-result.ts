import type Decimal from "decimal.js";
import type { Finding } from "../findings/finding";
import type { SectionKind } from "../rubric/rubric-schema";
import type { ItemResult } from "./item-result";

export interface SectionResult {
  readonly name: string;
  readonly kind: SectionKind;
  /** Base section: its points; 加分/扣分 section: its cap. */
  readonly max: Decimal | null;
  /** What the section adds to the total (a 扣分 section: negative). */
  readonly score: Decimal;
}

/** A score to put in a cell Kaohe owns. */
export interface ScoreOutput {
  readonly sheet: string;
  readonly cell: string;
  readonly value: Decimal;
}

export interface UnitResult {
  readonly unit: string;
  readonly group: string;
  readonly sheet: string;
  readonly rubricId: string;
  readonly items: readonly ItemResult[];
  readonly sections: readonly SectionResult[];
  /** Sum of the base sections' points. */
  readonly max: Decimal;
  readonly bonus: Decimal;
  readonly penalty: Decimal;
  /** Base sections + bonus − penalty, before any bound or conversion. */
  readonly raw: Decimal;
  /** The reported total: raw, bounded below by 0. */
  readonly total: Decimal;
  readonly outputs: readonly ScoreOutput[];
  readonly findings: readonly Finding[];
}
