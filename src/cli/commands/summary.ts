import { basename } from "node:path";
import type { CliOptions } from "../args";
import { UsageError } from "../args";
import type { GroupsFile, SourcedWorkbook, SummaryBlock } from "../../core";
import { readStoredChoice, scoreWorkbooks, storedGroups, summarize } from "../../core";
import { bundledCatalog } from "../../catalog/bundled";
import { loadGroupsOption, rubricScoreOptions } from "../load-rubric";
import { formatTable } from "../print-table";
import { summaryWorkbook } from "../summary-workbook";
import { summaryOutPath, writeSummaryWorkbook } from "../xlsx/summary-output";
import { writeJsonReport } from "../io/write-report";
import { listFindings } from "./summarize";
import { openGrid } from "./run-scoring";

/** The columns of a block that fit a terminal: 排名 单位 加分 扣分 原始总分 折算总分 (折算说明) 等次 一票否决 待处理问题. */
function printBlock(block: SummaryBlock): string {
  const keep = block.header.map((h, i) => ({ h, i })).filter(({ h, i }) => i < 2 || block.kinds[i] !== "score" || ["加分", "扣分", "原始总分", "折算总分"].includes(h));
  const cell = (value: string | number | undefined, i: number): string => (typeof value === "number" && block.kinds[i] === "score" ? value.toFixed(2) : String(value ?? ""));
  const rows = block.rows.map((r) => keep.map(({ i }) => cell(r[i], i)));
  const numeric = new Set(keep.flatMap(({ i }, at) => (block.kinds[i] === "text" ? [] : [at])));
  return [block.heading, formatTable(keep.map(({ h }) => h), rows, numeric), ...block.notes].join("\n");
}

function storedGroupsOf(workbooks: readonly SourcedWorkbook[]): GroupsFile | undefined {
  for (const { workbook } of workbooks) {
    const found = storedGroups(readStoredChoice(workbook), bundledCatalog());
    if (found) return found;
  }
  return undefined;
}

/**
 * kaohe summary IN.xlsx…: rank the units of one or more workbooks per
 * assessment (rubric × group) and write the 汇总 workbook leaders receive.
 * Exit 1 when a unit appears twice under one rubric (an error naming both
 * places), else 0.
 */
export async function summaryCommand(options: CliOptions): Promise<number> {
  const inputs = options.positionals;
  if (inputs.length === 0) throw new UsageError("summary 需要至少一个 .xlsx 文件 / summary needs at least one .xlsx file");
  const scoreOptions = rubricScoreOptions(options.rubric);
  const workbooks: SourcedWorkbook[] = [];
  for (const input of inputs) workbooks.push({ source: basename(input), workbook: await openGrid(input) });
  // --groups wins; with --rubric auto a groups file stored in a workbook is used, as 生成汇总 does.
  const groups = options.groups !== undefined ? loadGroupsOption(options.groups) : options.rubric === "auto" ? storedGroupsOf(workbooks) : undefined;
  const summary = summarize(scoreWorkbooks(workbooks, scoreOptions), groups);
  const out = summaryOutPath(options, inputs);
  await writeSummaryWorkbook(summaryWorkbook(summary.table), out);
  if (options.json) writeJsonReport(options.json, summary.report);
  if (!options.quiet) {
    console.log(summary.table.title);
    for (const note of summary.table.notes) console.log(note);
    for (const block of summary.table.blocks) console.log(`\n${printBlock(block)}`);
    if (summary.report.findings.length > 0) console.log(`\n${listFindings(summary.report)}`);
    console.log(`\n汇总 / summary: ${out}`);
  }
  return summary.findings.some((f) => f.code === "DUPLICATE_UNIT") ? 1 : 0;
}
