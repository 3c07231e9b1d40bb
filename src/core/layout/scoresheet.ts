import type { PointsCell } from "../text/parse-points";
import type { SectionKind } from "../rubric/rubric-schema";
import type { ColumnMap } from "./column-role";

/**
 * One table as read off a sheet, before any rubric is applied: what the
 * printed layout says, row by row, with the cells each fact came from.
 */
export interface ItemRow {
  /** 0-based sheet row. */
  readonly row: number;
  /** Indicator labels, outermost first, normalised and without their points. */
  readonly path: readonly string[];
  /** The section (一级指标) this row belongs to, normalised. */
  readonly section: string;
  readonly content: string;
  readonly points: PointsCell;
  readonly ruleText: string;
  readonly bonusRuleText: string;
}


export interface SectionLabel {
  readonly name: string;
  readonly points: string | null;
  readonly kind: SectionKind;
  /** Where the label was read (the first time it appeared). */
  readonly row: number;
  readonly col: number;
}

export interface TotalRow {
  readonly row: number;
  readonly label: string;
}

export interface ScoresheetTable {
  readonly sheet: string;
  /** Title lines above the header, top first. */
  readonly titles: readonly string[];
  readonly headerRows: readonly number[];
  readonly columns: ColumnMap;
  readonly items: readonly ItemRow[];
  readonly sections: readonly SectionLabel[];
  readonly totals: readonly TotalRow[];
  readonly notes: readonly string[];
  /** The sheet row of each note (absent in tables built by hand). */
  readonly noteRows?: readonly number[];
  /** Which unit of an assessor's matrix this table is (0 for the first); absent on a table for one unit. */
  readonly matrixUnit?: number;
  /** The unit assessed on this table: a "被考核单位：" cell, else the sheet name. */
  readonly unit: string;
  readonly firstRow: number;
  readonly lastRow: number;
}
