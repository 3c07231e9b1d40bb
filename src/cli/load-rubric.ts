import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Rubric, ScoreOptions } from "../core";
import { parseRubricFile } from "../core";
import type { RubricFile } from "../core/rubric/parse-rubric-file";
import { InputError } from "./commands/run-scoring";

/** The rubrics bundled with Kaohe, one JSON per official table. */
export const BUNDLED_RUBRICS = join(__dirname, "..", "..", "rubrics");

/** A file path or the id of a bundled file, of the kind the option wants. */
function loadBundledFile<K extends RubricFile["kind"]>(value: string, kind: K): Extract<RubricFile, { kind: K }> {
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
  if (result.file.kind !== kind) throw new InputError(`${path} 是 ${result.file.kind} 文件，不是 ${kind} 文件 / not a ${kind} file`);
  return result.file as Extract<RubricFile, { kind: K }>;
}

/** Every bundled rubric, for --rubric auto. */
export function loadBundledRubrics(): Rubric[] {
  return readdirSync(BUNDLED_RUBRICS)
    .filter((f) => f.endsWith(".json"))
    .map((f) => parseRubricFile(JSON.parse(readFileSync(join(BUNDLED_RUBRICS, f), "utf8"))))
    .flatMap((r) => (r.ok && r.file.kind === "rubric" ? [r.file] : []));
}

/** --rubric takes a file path or the id of a bundled rubric (yueyang-county). */
export function loadRubricOption(value: string): Rubric {
  return loadBundledFile(value, "rubric");
}

/** The data files (targets, adoption scales) the given rubrics refer to by id. */
function dataFor(rubrics: readonly Rubric[]): NonNullable<ScoreOptions["data"]> {
  const ids = (pick: (r: Rubric) => string | undefined) => [...new Set(rubrics.flatMap((r) => pick(r) ?? []))];
  return {
    targets: ids((r) => r.targets).map((id) => loadBundledFile(id, "targets")),
    scales: ids((r) => r.adoptionScale).map((id) => loadBundledFile(id, "adoption-scale")),
  };
}

/** The scoring options a --rubric value means: one rubric, or "auto" for every bundled one, with the data they refer to. */
export function rubricScoreOptions(value: string | undefined): ScoreOptions {
  if (value === undefined) return {};
  if (value === "auto") {
    const candidates = loadBundledRubrics();
    return { candidates, data: dataFor(candidates) };
  }
  const rubric = loadRubricOption(value);
  return { rubric, data: dataFor([rubric]) };
}

/** --groups takes a file path or the id of a bundled groups file (sanhe-2018-groups). */
export function loadGroupsOption(value: string): Extract<RubricFile, { kind: "groups" }> {
  return loadBundledFile(value, "groups");
}
