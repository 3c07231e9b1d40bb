import { existsSync, readFileSync } from "node:fs";
import type { CliOptions } from "../args";
import { UsageError } from "../args";
import { parseRubricFile } from "../../core/rubric/parse-rubric-file";
import { draftRubric } from "../../core/rubric/draft-rubric";
import { writeFileAtomic } from "../io/atomic-write";
import { guardOutputs } from "../io/guard-paths";

function checkOne(path: string): string[] {
  if (!existsSync(path)) return [`找不到文件 / file not found`];
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    return [`不是有效的 JSON / not valid JSON: ${error instanceof Error ? error.message : String(error)}`];
  }
  const result = parseRubricFile(json);
  return result.ok ? [] : [...result.errors];
}

/** kaohe rubric check FILE…: exit 1 with item-named messages on any invalid file. */
export function rubricCheck(files: readonly string[], quiet: boolean): number {
  if (files.length === 0) throw new UsageError("rubric check 需要至少一个文件 / rubric check needs at least one file");
  let bad = 0;
  for (const file of files) {
    const errors = checkOne(file);
    if (errors.length > 0) bad++;
    if (quiet) continue;
    console.log(errors.length === 0 ? `✓ ${file}` : `✗ ${file}\n${errors.map((e) => `  - ${e}`).join("\n")}`);
  }
  if (!quiet) console.log(`\n${files.length - bad}/${files.length} 个文件有效 / valid`);
  return bad > 0 ? 1 : 0;
}

/** kaohe rubric draft IN.xlsx [--out FILE]: a rubric drafted from the sheet's own text, for review. */
export async function rubricDraft(files: readonly string[], options: CliOptions): Promise<number> {
  const [input, ...rest] = files;
  if (!input || rest.length > 0) throw new UsageError("rubric draft 需要且只需要一个 .xlsx 文件 / rubric draft takes one .xlsx file");
  // Refused before anything is read: --out IN.xlsx would replace the workbook with JSON.
  if (options.out !== undefined) guardOutputs([input], { out: options.out });
  // Loaded here, not at the top: `rubric check` reads JSON only and never needs exceljs.
  const { openGrid } = await import("./run-scoring");
  const draft = draftRubric((await openGrid(input)).sheets);
  if (!draft) {
    console.error("未找到评分表，无法起草 / no scoresheet table found to draft from");
    return 1;
  }
  const json = JSON.stringify(draft.rubric, null, 2) + "\n";
  if (options.out) writeFileAtomic(options.out, json);
  else console.log(json);
  const report = [
    `起草自工作表“${draft.sheet}”：${draft.rubric.items.length} 项，${draft.rubric.items.filter((i) => i.rule !== "").length} 条规则文字 / drafted from sheet "${draft.sheet}"`,
    draft.unparsed.length === 0
      ? "全部规则文字均已识别 / every rule text was read"
      : `需人工复核（未能识别的文字，此项按评估人填写计分，已记入 review）/ to review — words not read, scored from the entry (${draft.unparsed.length}):`,
    ...draft.unparsed.map((u) => `  - ${u.item}: ${u.text}`),
    ...(draft.ranges.length === 0 ? [] : [`规则达不到分值的条目（已写入 rangeNote）/ items whose rules cannot reach their points (${draft.ranges.length}):`]),
    ...draft.ranges.map((r) => `  - ${r.item}: ${r.note}`),
    options.out ? `已写入 ${options.out}，可用 kaohe rubric check 检查、kaohe score --rubric 计分 / written; check it with kaohe rubric check` : "",
  ].filter((line) => line !== "").join("\n");
  console.error(report);
  return 0;
}

export async function rubricCommand(options: CliOptions): Promise<number> {
  const [sub, ...files] = options.positionals;
  if (sub === "check") return rubricCheck(files, options.quiet);
  if (sub === "draft") return rubricDraft(files, options);
  throw new UsageError("用法：kaohe rubric check FILE… | kaohe rubric draft IN.xlsx [--out FILE]");
}
