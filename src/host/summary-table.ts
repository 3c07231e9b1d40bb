import type { SummaryTable, WorkbookGrid } from "../core";
import { buildSummaryTable, groupUnits, MARKS_SHEET, scoreWorkbooks } from "../core";
import type { ScoreOptions } from "../core";
import type { Finding } from "../core";
import type { GroupsFile } from "../core/rubric/data-schemas";

export interface HostSummary {
  readonly table: SummaryTable;
  /** Findings of the grouping itself (a unit twice, a unit in no group): shown with the action's others. */
  readonly findings: readonly Finding[];
}

/**
 * The 汇总 table of one open workbook, by exactly the core calls `kaohe
 * summary` makes (scoreWorkbooks, groupUnits, buildSummaryTable), so the
 * sheet the add-in writes is the one the CLI ranks — 待处理问题 counting
 * the same findings; `groups` is the groups file stored with the rubric
 * choice (三河 分组名单), as `kaohe summary --groups`. Kaohe's marks record is
 * not a scoresheet.
 */
export function hostSummaryTable(grid: WorkbookGrid, options: ScoreOptions, groups?: GroupsFile, source = ""): HostSummary {
  const workbook = { sheets: grid.sheets.filter((s) => s.name !== MARKS_SHEET) };
  const scored = scoreWorkbooks([{ source, workbook }], options);
  const grouped = groupUnits(scored.units, groups);
  return { table: buildSummaryTable(grouped.units, [...scored.findings, ...grouped.findings]), findings: grouped.findings };
}
