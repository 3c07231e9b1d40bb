import type { ScoresheetTable } from "../layout/scoresheet";
import { normalizeLabel } from "../text/normalize-text";
import type { Rubric } from "./rubric-schema";

/** Prefix of every rubric read from a sheet's own text. */
export const INFERRED_ID_PREFIX = "sheet-";

/** FNV-1a, 32 bits: a short stable id from a table's rows, not a security hash. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/**
 * What makes two printed tables the same table: their rows (indicator paths)
 * and points, and their sections' points. Rule wording and entries may differ.
 */
export function tableFingerprint(table: ScoresheetTable): string {
  const sections = table.sections.map((s) => `${s.name}=${s.points ?? ""}:${s.kind}`).join(";");
  const rows = table.items.map((i) => `${i.path.join("/")}=${i.points.kind === "points" ? i.points.points.toFixed() : i.points.kind}`).join(";");
  return fnv1a(`${sections}\u0000${rows}`);
}

/**
 * The ranking group of a table read without a rubric: its last title line
 * with the unit's own name taken out ("岳阳县2023年度政务公开考核评分表" and
 * "华容县2023年度…" are one group), "" when the table has no title.
 */
export function groupTitleOf(table: ScoresheetTable): string {
  const title = table.titles[table.titles.length - 1] ?? "";
  let stripped = title;
  for (const name of new Set([table.unit, table.sheet])) if (normalizeLabel(name).length >= 2) stripped = stripped.split(name).join("");
  stripped = stripped.replace(/^[\s:：,，、-]+/, "").trim();
  return stripped === "" ? title : stripped;
}

/**
 * Sheets printed from the same table form one ranking group without a
 * rubric: tables with the same rows and points (one inferred id) and the same
 * title once the unit's name is taken out share a group. A different table
 * under a title already taken gets the title with a number ("…评分表（2）"),
 * so tables that differ are never ranked together; a title that names
 * another table ("二、对市直部门单位的考核") is respected.
 */
export function shareInferredGroups<T extends { readonly rubric: Rubric }>(tables: readonly T[]): T[] {
  const groupOfKey = new Map<string, string>();
  const taken = new Set<string>();
  return tables.map((table) => {
    const { id, assesses } = table.rubric;
    if (!id.startsWith(INFERRED_ID_PREFIX)) return table;
    const key = `${id}\u0000${assesses}`;
    let group = groupOfKey.get(key);
    if (group === undefined) {
      group = assesses;
      for (let n = 2; taken.has(group); n++) group = `${assesses || "评分表"}（${n}）`;
      groupOfKey.set(key, group);
      taken.add(group);
    }
    return group === assesses ? table : { ...table, rubric: { ...table.rubric, assesses: group } };
  });
}
