import type { GroupsFile } from "../core/rubric/data-schemas";
import type { Rubric } from "../core";
import { parseRubricFile } from "../core";
import { bundledCatalog } from "../catalog/bundled";

/** Why a file the user opened was refused: coded, rendered per locale by the pane. */
export type FileProblem =
  | { readonly code: "NOT_JSON" }
  | { readonly code: "INVALID"; readonly errors: readonly string[] }
  | { readonly code: "WRONG_KIND"; readonly kind: string }
  | { readonly code: "MISSING_DATA"; readonly id: string };

export type FileResult<T> = { readonly ok: true; readonly file: T } | { readonly ok: false; readonly problem: FileProblem };

function parse(text: string): FileResult<ReturnType<typeof parseRubricFile>> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: { code: "NOT_JSON" } };
  }
  return { ok: true, file: parseRubricFile(json) };
}

/**
 * A rubric file's text, validated with the same zod schema as `kaohe rubric
 * check`, and its data files (任务分配表, 计分标准) looked up in the bundled
 * catalog: the add-in fetches nothing, so a rubric naming a file Kaohe does
 * not ship is refused.
 */
export function readRubricText(text: string): FileResult<Rubric> {
  const parsed = parse(text);
  if (!parsed.ok) return parsed;
  const result = parsed.file;
  if (!result.ok) return { ok: false, problem: { code: "INVALID", errors: result.errors } };
  if (result.file.kind !== "rubric") return { ok: false, problem: { code: "WRONG_KIND", kind: result.file.kind } };
  const rubric = result.file;
  const catalog = bundledCatalog();
  if (rubric.targets && !catalog.targets.some((t) => t.id === rubric.targets)) return { ok: false, problem: { code: "MISSING_DATA", id: rubric.targets } };
  if (rubric.adoptionScale && !catalog.scales.some((s) => s.id === rubric.adoptionScale)) return { ok: false, problem: { code: "MISSING_DATA", id: rubric.adoptionScale } };
  return { ok: true, file: rubric };
}

/** A groups file's text (三河 分组名单), validated the same way. */
export function readGroupsText(text: string): FileResult<GroupsFile> {
  const parsed = parse(text);
  if (!parsed.ok) return parsed;
  const result = parsed.file;
  if (!result.ok) return { ok: false, problem: { code: "INVALID", errors: result.errors } };
  if (result.file.kind !== "groups") return { ok: false, problem: { code: "WRONG_KIND", kind: result.file.kind } };
  return { ok: true, file: result.file };
}
