import type Decimal from "decimal.js";
import type { Finding } from "../findings/finding";
import type { Rubric, SectionKind } from "../rubric/rubric-schema";
import type { UnitLayout } from "./complete-unit";
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
  /** The rubric it was scored with (its title, conversion and veto rule explain the result in 汇总). */
  readonly rubric: Rubric;
  readonly items: readonly ItemResult[];
  readonly sections: readonly SectionResult[];
  /** Sum of the base sections' points. */
  readonly max: Decimal;
  readonly bonus: Decimal;
  readonly penalty: Decimal;
  /** max less the points of items excluded as not applicable (三河: 百分比转换). */
  readonly applicableMax: Decimal;
  /** Base sections + bonus − penalty, before any bound or conversion. */
  readonly raw: Decimal;
  /** The reported total: raw after the rubric's result conversion and bounds, and any veto. */
  readonly total: Decimal;
  readonly grade: string | null;
  readonly veto: boolean;
  readonly outputs: readonly ScoreOutput[];
  /** Kept so a unit can be completed again once cross-unit averages are known. */
  readonly layout: UnitLayout;
  readonly findings: readonly Finding[];
}
