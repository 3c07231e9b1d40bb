import type { CliOptions } from "../args";
import { UsageError } from "../args";
import { guardOutputs } from "../io/guard-paths";
import { writeJsonReport } from "../io/write-report";
import { listFindings } from "./summarize";
import { rubricScoreOptions } from "../load-rubric";
import { runScoring } from "./run-scoring";

/** kaohe check: findings only, nothing written but the report; exit 1 on any error. */
export async function checkCommand(options: CliOptions): Promise<number> {
  const [input, ...rest] = options.positionals;
  if (!input || rest.length > 0) throw new UsageError("check 需要且只需要一个 .xlsx 文件 / check takes exactly one .xlsx file");
  if (options.json !== undefined) guardOutputs([input], { json: options.json });
  const { report } = await runScoring(input, rubricScoreOptions(options.rubric));
  if (options.json) writeJsonReport(options.json, report);
  const errors = report.findings.filter((f) => f.severity === "error").length;
  if (!options.quiet) {
    console.log(report.findings.length === 0 ? "未发现问题 / No findings" : listFindings(report));
    console.log(`\n共 ${report.units.length} 个单位，${report.findings.length} 个问题，其中错误 ${errors} 个`);
  }
  return errors > 0 ? 1 : 0;
}
