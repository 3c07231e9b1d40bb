import type { Catalog } from "../rubric/catalog";
import type { GroupsFile } from "../rubric/data-schemas";
import { parseRubricFile } from "../rubric/parse-rubric-file";
import type { Rubric } from "../rubric/rubric-schema";
import type { GroupsChoice, RubricChoice } from "./rubric-choice";

export type FileChoiceResult<T> = { readonly ok: true; readonly choice: T } | { readonly ok: false; readonly errors: readonly string[] };

/** Data files a rubric names by id that the catalog lacks (攀枝花 任务分配表, 计分标准), in Chinese. */
export function missingDataFiles(rubric: Rubric, catalog: Catalog): string[] {
  const errors: string[] = [];
  if (rubric.targets !== undefined && !catalog.targets.some((t) => t.id === rubric.targets)) errors.push(`细则引用的任务分配表“${rubric.targets}”不存在`);
  if (rubric.adoptionScale !== undefined && !catalog.scales.some((s) => s.id === rubric.adoptionScale)) errors.push(`细则引用的计分标准“${rubric.adoptionScale}”不存在`);
  return errors;
}

function parseJson(text: string): { ok: true; json: unknown } | { ok: false; errors: string[] } {
  try {
    return { ok: true, json: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, errors: [`文件不是有效的 JSON：${error instanceof Error ? error.message : String(error)}`] };
  }
}

/**
 * A rubric .json the user opens in a host, as a choice to store: not JSON,
 * not a rubric, failing the schema (messages naming the item) or naming data
 * files that are missing → the errors, and the host keeps the previous choice.
 */
export function rubricFileChoice(text: string, catalog: Catalog): FileChoiceResult<RubricChoice> {
  const json = parseJson(text);
  if (!json.ok) return json;
  const parsed = parseRubricFile(json.json);
  if (!parsed.ok) return { ok: false, errors: parsed.errors.map((e) => `细则文件无效：${e}`) };
  if (parsed.file.kind !== "rubric") return { ok: false, errors: [`这是 ${parsed.file.kind} 文件，不是评分细则（rubric）`] };
  const missing = missingDataFiles(parsed.file, catalog);
  return missing.length > 0 ? { ok: false, errors: missing } : { ok: true, choice: { kind: "custom", rubric: parsed.file } };
}

/** A groups .json the user opens for 生成汇总, as a choice to store. */
export function groupsFileChoice(text: string): FileChoiceResult<GroupsChoice> {
  const json = parseJson(text);
  if (!json.ok) return json;
  const parsed = parseRubricFile(json.json);
  if (!parsed.ok) return { ok: false, errors: parsed.errors.map((e) => `分组名单无效：${e}`) };
  if (parsed.file.kind !== "groups") return { ok: false, errors: [`这是 ${parsed.file.kind} 文件，不是考核分组名单（groups）`] };
  const file: GroupsFile = parsed.file;
  return { ok: true, choice: { kind: "custom", file } };
}
