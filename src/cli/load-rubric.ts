import { existsSync, readFileSync } from "node:fs";
import type { Rubric, ScoreOptions } from "../core";
import { autoScoreOptions, catalogData, parseRubricFile } from "../core";
import type { RubricFile } from "../core/rubric/parse-rubric-file";
import { bundledCatalog, bundledFilesById } from "../catalog/bundled";
import { InputError } from "./commands/run-scoring";

type FileOf<K extends RubricFile["kind"]> = Extract<RubricFile, { kind: K }>;

/** The bundled file of that id and kind, from the same catalog the add-in ships. */
function bundledFile<K extends RubricFile["kind"]>(id: string, kind: K): FileOf<K> | undefined {
  const catalog = bundledFilesById(new Set([id]));
  const all: readonly RubricFile[] = [...catalog.rubrics, ...catalog.groups, ...catalog.targets, ...catalog.scales];
  return all.find((f): f is FileOf<K> => f.id === id && f.kind === kind);
}

/** A file path (read from disk) or the id of a bundled file (from the catalog), of the kind the option wants. */
function loadFile<K extends RubricFile["kind"]>(value: string, kind: K): FileOf<K> {
  if (!existsSync(value)) {
    const bundled = bundledFile(value, kind);
    if (bundled) return bundled;
    throw new InputError(`找不到细则：${value}（既不是文件，也不是内置细则的 id）/ No such rubric file or id`);
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(value, "utf8"));
  } catch (error) {
    throw new InputError(`细则文件不是有效的 JSON：${value} / ${error instanceof Error ? error.message : String(error)}`);
  }
  const result = parseRubricFile(json);
  if (!result.ok) throw new InputError(`细则文件无效：${value}\n${result.errors.map((e) => `  - ${e}`).join("\n")}`);
  if (result.file.kind !== kind) throw new InputError(`${value} 是 ${result.file.kind} 文件，不是 ${kind} 文件 / not a ${kind} file`);
  return result.file as FileOf<K>;
}

/** Every bundled rubric, for --rubric auto. */
export function loadBundledRubrics(): Rubric[] {
  return [...bundledCatalog().rubrics];
}

/** --rubric takes a file path or the id of a bundled rubric (yueyang-county). */
export function loadRubricOption(value: string): Rubric {
  return loadFile(value, "rubric");
}

/** The data files a rubric given by path or id refers to: bundled ones by id. */
function dataFor(rubric: Rubric): NonNullable<ScoreOptions["data"]> {
  const data = catalogData(bundledFilesById(new Set([rubric.targets, rubric.adoptionScale].flatMap((id) => id ?? []))), [rubric]);
  if (rubric.targets && !data.targets.some((t) => t.id === rubric.targets)) throw new InputError(`细则 ${rubric.id} 引用的任务分配表 ${rubric.targets} 不存在 / targets file not found`);
  if (rubric.adoptionScale && !data.scales.some((s) => s.id === rubric.adoptionScale)) {
    throw new InputError(`细则 ${rubric.id} 引用的计分标准 ${rubric.adoptionScale} 不存在 / adoption scale not found`);
  }
  return data;
}

/**
 * The scoring options a --rubric value means. Without it the sheet's own
 * text (DESIGN.md §6); "auto" chooses per table from the bundled catalog and
 * honours a choice stored in the workbook, exactly as the add-in does; an id
 * or a file scores every table with that rubric, whatever is stored.
 */
export function rubricScoreOptions(value: string | undefined): ScoreOptions {
  if (value === undefined) return {};
  if (value === "auto") return autoScoreOptions(bundledCatalog());
  const rubric = loadRubricOption(value);
  return { rubric, data: dataFor(rubric) };
}

/** --groups takes a file path or the id of a bundled groups file (sanhe-2018-groups). */
export function loadGroupsOption(value: string): FileOf<"groups"> {
  return loadFile(value, "groups");
}
