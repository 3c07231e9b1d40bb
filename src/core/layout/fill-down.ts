import type { MergeIndex } from "../grid/merge-index";
import { cellText } from "../text/cell-text";
import { normalizeLabel } from "../text/normalize-text";
import type { ColumnMap, IndicatorRole } from "./column-role";
import { INDICATOR_ROLES } from "./column-role";

export type IndicatorLabels = Partial<Record<IndicatorRole, string>>;

/**
 * Indicator cells mean "same as above" when they are merged vertically or
 * simply left blank (both happen when Word tables are pasted into Excel).
 * A level is carried down only while every level above it was carried too:
 * a new 二级指标 with a blank 三级指标 starts afresh instead of inheriting
 * the previous group's 三级 label.
 */
export function fillDownIndicators(
  merges: MergeIndex,
  row: number,
  columns: ColumnMap,
  previous: IndicatorLabels,
): IndicatorLabels {
  const labels: IndicatorLabels = {};
  let carrying = true;
  for (const role of INDICATOR_ROLES) {
    const col = columns[role];
    if (col === undefined) continue;
    const text = cellText(merges.valueAt(row, col)).trim();
    const above = previous[role];
    if (merges.isCovered(row, col)) {
      labels[role] = text;
    } else if (text !== "") {
      labels[role] = text;
      if (above === undefined || (above !== text && normalizeLabel(above) !== normalizeLabel(text))) carrying = false;
    } else if (carrying && above !== undefined) {
      labels[role] = above;
    }
  }
  return labels;
}
