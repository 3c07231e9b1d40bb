import type { Finding } from "../findings/finding";
import type { Report } from "../report/build-report";
import { buildReport } from "../report/build-report";
import type { GroupsFile } from "../rubric/data-schemas";
import type { WorkbooksScore } from "../score-workbooks";
import type { GroupedUnit } from "./summarize-units";
import { groupUnits } from "./summarize-units";
import type { SummaryTable } from "./summary-table";
import { buildSummaryTable } from "./summary-table";

export interface Summary {
  /** The units ranked, each with its group (duplicates under one rubric dropped after the first). */
  readonly units: readonly GroupedUnit[];
  /** Every finding: scoring's and the grouping's (DUPLICATE_UNIT, UNIT_NO_GROUP). */
  readonly findings: readonly Finding[];
  readonly table: SummaryTable;
  /** The report JSON of `kaohe summary --json`. */
  readonly report: Report;
}

/**
 * 汇总 from scored workbooks, the one path for `kaohe summary` and 生成汇总
 * in every host: group, drop and report duplicates, rank per assessment,
 * and build the table and the report from the same units and findings.
 */
export function summarize(scored: WorkbooksScore, groups?: GroupsFile): Summary {
  const grouped = groupUnits(scored.units, groups);
  const findings = [...scored.findings, ...grouped.findings];
  const table = buildSummaryTable(grouped.units, findings);
  const report = buildReport(
    grouped.units.map((g) => g.unit),
    findings,
    grouped.units.map((g) => g.group),
  );
  return { units: grouped.units, findings, table, report };
}
