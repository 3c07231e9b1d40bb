import type { AdoptionScaleFile, GroupsFile, TargetsFile } from "./data-schemas";
import { parseRubricFile } from "./parse-rubric-file";
import type { Rubric } from "./rubric-schema";

/**
 * Every rubric-directory file a host knows, validated: the tables' rubrics
 * and the data files they refer to by id (ranking groups, 任务分配表,
 * 计分标准). The core takes it as a value, so the CLI, the add-in and tests
 * all choose from the same list without reading a folder.
 */
export interface Catalog {
  readonly rubrics: readonly Rubric[];
  readonly groups: readonly GroupsFile[];
  readonly targets: readonly TargetsFile[];
  readonly scales: readonly AdoptionScaleFile[];
}

export const EMPTY_CATALOG: Catalog = { rubrics: [], groups: [], targets: [], scales: [] };

/** A named file's JSON, as a bundler or a folder read gives it. */
export interface CatalogSource {
  readonly name: string;
  readonly json: unknown;
}

/**
 * Validates every file with the rubric schema. A file that fails is an
 * error naming the file and its items, never skipped: a bundled catalog that
 * does not validate is a build defect, said at load.
 */
export function buildCatalog(files: readonly CatalogSource[]): Catalog {
  const rubrics: Rubric[] = [];
  const groups: GroupsFile[] = [];
  const targets: TargetsFile[] = [];
  const scales: AdoptionScaleFile[] = [];
  const errors: string[] = [];
  for (const { name, json } of files) {
    const parsed = parseRubricFile(json);
    if (!parsed.ok) {
      errors.push(`${name}: ${parsed.errors.join("; ")}`);
      continue;
    }
    const file = parsed.file;
    if (file.kind === "rubric") rubrics.push(file);
    else if (file.kind === "groups") groups.push(file);
    else if (file.kind === "targets") targets.push(file);
    else scales.push(file);
  }
  if (errors.length > 0) throw new Error(`内置细则无效 / invalid bundled rubric files:\n${errors.join("\n")}`);
  return { rubrics, groups, targets, scales };
}

/** The data files (targets, adoption scales) the given rubrics refer to by id, from the catalog. */
export function catalogData(catalog: Catalog, rubrics: readonly Rubric[]): { readonly targets: readonly TargetsFile[]; readonly scales: readonly AdoptionScaleFile[] } {
  const wanted = (pick: (r: Rubric) => string | undefined): Set<string> => new Set(rubrics.flatMap((r) => pick(r) ?? []));
  const targetIds = wanted((r) => r.targets);
  const scaleIds = wanted((r) => r.adoptionScale);
  return { targets: catalog.targets.filter((t) => targetIds.has(t.id)), scales: catalog.scales.filter((s) => scaleIds.has(s.id)) };
}

/** Every file id of the catalog, of any kind. */
export function catalogIds(catalog: Catalog): string[] {
  return [...catalog.rubrics, ...catalog.groups, ...catalog.targets, ...catalog.scales].map((f) => f.id);
}
