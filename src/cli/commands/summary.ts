import { basename } from "node:path";
import type { CliOptions } from "../args";
import { UsageError } from "../args";
import { buildReport, scoreWorkbooks } from "../../core";
import type { SourcedWorkbook } from "../../core";
import { workbookToGrid } from "../xlsx/read-workbook";
import { reportFinding } from "../../core/report/build-report";
import type { Finding } from "../../core";
import { buildSummaryTable } from "../../core/summary/summary-table";
import { groupUnits } from "../../core/summary/summarize-units";
import type { SourcedUnit } from "../../core/summary/summarize-units";
import { loadGroupsOption, rubricScoreOptions } from "../load-rubric";
import { formatTable } from "../print-table";
import { summaryWorkbook } from "../xlsx/write-summary-workbook";
import { summaryOutPath, writeSummaryWorkbook } from "../xlsx/summary-output";
import { writeJsonReport } from "../io/write-report";
import { openWorkbook } from "./run-scoring";

/**
 * kaohe summary IN.xlsx…: rank the units of one or more workbooks per group
 * and write the 汇总 workbook leaders receive. Exit 1 when a unit appears
 * twice (an error naming both places), else 0.
 */
export async function summaryCommand(options: CliOptions): Promise<number> {
  const inputs = options.positionals;
  if (inputs.length === 0) throw new UsageError("summary 需要至少一个 .xlsx 文件 / summary needs at least one .xlsx file");
  const scoreOptions = rubricScoreOptions(options.rubric);
  const groups = options.groups === undefined ? undefined : loadGroupsOption(options.groups);
  const workbooks: SourcedWorkbook[] = [];
  for (const input of inputs) workbooks.push({ source: basename(input), workbook: workbookToGrid(await openWorkbook(input)) });
  const scored = scoreWorkbooks(workbooks, scoreOptions);
  const sourced: SourcedUnit[] = [...scored.units];
  const findings: Finding[] = [...scored.findings];
  const grouped = groupUnits(sourced, groups);
  findings.push(...grouped.findings);
  const table = buildSummaryTable(grouped.units, findings);
  const out = summaryOutPath(options, inputs);
  await writeSummaryWorkbook(summaryWorkbook(table, groups?.title ?? "考核结果汇总"), out);
  const report = buildReport(grouped.units.map((g) => g.unit), findings, grouped.units.map((g) => g.group));
  if (options.json) writeJsonReport(options.json, report);
  if (!options.quiet) {
    for (const block of table.blocks) {
      const last = block.header.length;
      // 排名 单位 加分 扣分 原始总分 折算总分 等次: the columns that fit a terminal.
      const keep = [0, 1, last - 7, last - 6, last - 5, last - 4, last - 3];
      console.log(`\n${block.group}`);
      console.log(formatTable(keep.map((i) => block.header[i] ?? ""), block.rows.map((r) => keep.map((i) => String(r[i] ?? ""))), new Set([0, 2, 3, 4, 5])));
    }
    for (const f of grouped.findings.map((g) => reportFinding(g))) console.log(`\n[${f.severity}] ${f.code}: ${f.message}`);
    console.log(`\n汇总 / summary: ${out}`);
  }
  return grouped.findings.some((f) => f.severity === "error") ? 1 : 0;
}
