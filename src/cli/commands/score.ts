import { existsSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";
import type { CliOptions } from "../args";
import { UsageError } from "../args";
import { writeFileAtomic } from "../io/atomic-write";
import { freeDefaultOutput, guardOutputs } from "../io/guard-paths";
import { writeJsonReport } from "../io/write-report";
import { patchWorkbook } from "../xlsx/patch-workbook";
import { listFindings, summarizeReport } from "./summarize";
import { rubricScoreOptions } from "../load-rubric";
import { damaged, InputError, runScoring } from "./run-scoring";
import type { WorkbookScore } from "../../core";
import { PackageError } from "../xlsx/package-parts";
import type { XlsxPackage } from "../xlsx/xlsx-package";
import { readFailureMessage } from "../io/file-errors";

/** IN.scored.xlsx beside the input; a macro workbook stays .xlsm, or Excel would refuse to open it. */
function defaultOut(input: string): string {
  const ext = extname(input).toLowerCase() === ".xlsm" ? ".xlsm" : ".xlsx";
  return join(dirname(input), `${basename(input, extname(input))}.scored${ext}`);
}

/** The patched package; a part the patcher cannot work on is named (exit 2), never a raw error, and nothing is written. */
function scoredCopy(input: string, pkg: XlsxPackage, score: WorkbookScore): Uint8Array {
  try {
    return patchWorkbook(pkg, score.writes, score.ledger);
  } catch (error) {
    if (error instanceof PackageError) throw damaged(input, error);
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputError(`无法生成 ${input} 的评分副本：${reason}。原文件未改动；请在 Excel 或 WPS 中打开并另存为 .xlsx 后重试 / Could not build the scored copy; nothing was changed`);
  }
}

/**
 * kaohe score: a scored copy (never the input unless --in-place) and the
 * report. The copy is the input's own package with only Kaohe's cells and
 * ledger changed (xlsx/patch-workbook.ts), written atomically.
 */
export async function scoreCommand(options: CliOptions): Promise<number> {
  const [input, ...rest] = options.positionals;
  if (!input || rest.length > 0) throw new UsageError("score 需要且只需要一个 .xlsx 文件 / score takes exactly one .xlsx file");
  if (options.inPlace && options.out) throw new UsageError("--in-place 与 --out 不能同时使用 / use --in-place or --out, not both");
  // A missing input is named first, not the folder its default output would go to.
  if (!existsSync(input)) throw new InputError(readFailureMessage(Object.assign(new Error("ENOENT"), { code: "ENOENT" }), input));
  const chosen = options.inPlace ? { path: input } : options.out !== undefined ? { path: options.out } : freeDefaultOutput(defaultOut(input));
  const out = chosen.path;
  guardOutputs([input], { ...(options.inPlace ? {} : { out }), ...(options.json === undefined ? {} : { json: options.json }) });
  if (options.inPlace && options.json !== undefined) guardOutputs([], { out, json: options.json });
  const { pkg, score, report } = await runScoring(input, rubricScoreOptions(options.rubric));
  writeFileAtomic(out, scoredCopy(input, pkg, score));
  if (options.json) writeJsonReport(options.json, report);
  if (pkg.has("xl/vbaProject.bin") && extname(out).toLowerCase() !== ".xlsm")
    console.error(`注意：原表含宏，评分副本 ${out} 应以 .xlsm 结尾，否则 Excel 不会打开它 / The workbook has macros: name the copy .xlsm or Excel will not open it`);
  if (!options.quiet) {
    console.log(summarizeReport(report));
    if (report.findings.length > 0) console.log(`\n${listFindings(report)}`);
    if (chosen.note) console.log(`\n${chosen.note}`);
    console.log(`\n评分副本 / scored copy: ${out}`);
    if (options.json) console.log(`报告 / report: ${options.json}`);
  } else if (chosen.note) console.error(chosen.note);
  return score.units.length === 0 ? 1 : 0;
}
