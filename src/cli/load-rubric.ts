import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Rubric } from "../core";
import { parseRubricFile } from "../core";
import { InputError } from "./commands/run-scoring";

/** The rubrics bundled with Kaohe, one JSON per official table. */
export const BUNDLED_RUBRICS = join(__dirname, "..", "..", "rubrics");

/** --rubric takes a file path or the id of a bundled rubric (yueyang-county). */
export function loadRubricOption(value: string): Rubric {
  const path = existsSync(value) ? value : join(BUNDLED_RUBRICS, `${value}.json`);
  if (!existsSync(path)) throw new InputError(`找不到细则：${value}（既不是文件，也不是内置细则的 id）/ No such rubric file or id`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new InputError(`细则文件不是有效的 JSON：${path} / ${error instanceof Error ? error.message : String(error)}`);
  }
  const result = parseRubricFile(json);
  if (!result.ok) throw new InputError(`细则文件无效：${path}\n${result.errors.map((e) => `  - ${e}`).join("\n")}`);
  if (result.file.kind !== "rubric") throw new InputError(`${path} 是 ${result.file.kind} 文件，不是评分细则 / not a rubric`);
  return result.file;
}
