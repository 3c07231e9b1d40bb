import { writeFileSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";
import type { CliOptions } from "../args";
import { UsageError } from "../args";
import { applyWrites } from "../xlsx/apply-writes";
import { listFindings, summarizeReport } from "./summarize";
import { rubricScoreOptions } from "../load-rubric";
import { runScoring } from "./run-scoring";

function defaultOut(input: string): string {
  return join(dirname(input), `${basename(input, extname(input))}.scored.xlsx`);
}

/** kaohe score: a scored copy (never the input unless --in-place) and the report. */
export async function scoreCommand(options: CliOptions): Promise<number> {
  const [input, ...rest] = options.positionals;
  if (!input || rest.length > 0) throw new UsageError("score 需要且只需要一个 .xlsx 文件 / score takes exactly one .xlsx file");
  if (options.inPlace && options.out) throw new UsageError("--in-place 与 --out 不能同时使用 / use --in-place or --out, not both");
  const { workbook, score, report } = await runScoring(input, rubricScoreOptions(options.rubric));
  const out = options.inPlace ? input : (options.out ?? defaultOut(input));
  applyWrites(workbook, score.writes, score.ledger);
  await workbook.xlsx.writeFile(out);
  if (options.json) writeFileSync(options.json, JSON.stringify(report, null, 2) + "\n");
  if (!options.quiet) {
    console.log(summarizeReport(report));
    if (report.findings.length > 0) console.log(`\n${listFindings(report)}`);
    console.log(`\n评分副本 / scored copy: ${out}`);
    if (options.json) console.log(`报告 / report: ${options.json}`);
  }
  return score.units.length === 0 ? 1 : 0;
}
