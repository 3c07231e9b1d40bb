/**
 * What a column is for (DESIGN.md §3): structure the rubric prints, entries
 * the assessor types, and the output Kaohe fills.
 */
export type StructureRole =
  | "serial"
  | "level1"
  | "level2"
  | "level3"
  | "indicator"
  | "content"
  | "points"
  | "rule"
  | "bonusRule"
  | "method"
  | "targets"
  | "remark";
export type EntryRole = "deduction" | "bonus" | "deductionNote" | "selfScore" | "implementation";
export type OutputRole = "score";
export type ColumnRole = StructureRole | EntryRole | OutputRole;

/** Column index of each role found in a table's header (first one wins). */
export type ColumnMap = Partial<Record<ColumnRole, number>>;

/** Indicator columns, outermost first: the ones filled down when left blank. */
export const INDICATOR_ROLES = ["level1", "level2", "level3", "indicator"] as const;
export type IndicatorRole = (typeof INDICATOR_ROLES)[number];
