import type { WorkbookGrid } from "./grid/sheet-grid";
import type { Finding } from "./findings/finding";
import { onceEach } from "./findings/once";
import type { ScoreOptions } from "./score-workbook";
import { completeTables, scoreTablesOf } from "./score-workbook";
import type { ScoredTable } from "./scoring/score-table";
import type { SourcedUnit } from "./summary/summarize-units";

export interface SourcedWorkbook {
  /** Where it came from (the file name), for messages that name a place. */
  readonly source: string;
  readonly workbook: WorkbookGrid;
}

export interface WorkbooksScore {
  readonly units: readonly SourcedUnit[];
  readonly findings: readonly Finding[];
}

/**
 * kaohe summary over several files: every unit scored as in its own
 * workbook, but averages across units (岳阳: 不涉及 takes the average of the
 * units that have the task) taken over all the files together — units often
 * come one file each.
 */
export function scoreWorkbooks(workbooks: readonly SourcedWorkbook[], options: ScoreOptions = {}): WorkbooksScore {
  const findings: Finding[] = [];
  const scored: { table: ScoredTable; source: string }[] = [];
  for (const { source, workbook } of workbooks) {
    const phase = scoreTablesOf(workbook, options);
    findings.push(...phase.findings);
    scored.push(...phase.scored.map((table) => ({ table, source })));
  }
  const units = completeTables(scored.map((s) => s.table));
  for (const unit of units) findings.push(...unit.findings);
  return { units: units.map((unit, i) => ({ unit, source: scored[i]?.source ?? "" })), findings: onceEach(findings) };
}
