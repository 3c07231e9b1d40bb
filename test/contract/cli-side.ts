// The CLI's answer for one .xlsx: exactly the calls `kaohe score --rubric
// auto --json` and `kaohe summary --rubric auto` make (src/cli/commands/).
import { basename } from "node:path";
import { rubricScoreOptions } from "../../src/cli/load-rubric";
import { openWorkbook } from "../../src/cli/commands/run-scoring";
import { workbookToGrid } from "../../src/cli/xlsx/read-workbook";
import type { Report, SummaryTable } from "../../src/core";
import { buildReport, buildSummaryTable, groupUnits, scoreWorkbook, scoreWorkbooks } from "../../src/core";

export interface CliAnswer {
  /** `kaohe score FILE --rubric auto --json`. */
  readonly report: Report;
  /** The table `kaohe summary FILE --rubric auto` ranks. */
  readonly summary: SummaryTable;
}

export async function cliAnswer(file: string): Promise<CliAnswer> {
  const options = rubricScoreOptions("auto");
  const grid = workbookToGrid(await openWorkbook(file));
  const score = scoreWorkbook(grid, options);
  const scored = scoreWorkbooks([{ source: basename(file), workbook: grid }], options);
  const grouped = groupUnits(scored.units);
  return {
    report: buildReport(score.units, score.findings),
    summary: buildSummaryTable(grouped.units, [...scored.findings, ...grouped.findings]),
  };
}
