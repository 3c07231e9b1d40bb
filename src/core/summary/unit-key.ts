import { toA1 } from "../grid/a1";
import type { Rubric } from "../rubric/rubric-schema";
import type { UnitResult } from "../scoring/unit-result";
import { normalizeLabel } from "../text/normalize-text";

/**
 * A unit's name as compared, in `score` as in `summary`: half-width,
 * brackets unified (（）【】〔〕 → ()[]), spaces and punctuation other than
 * brackets dropped — "市财政局 " and "市 财政局", "县（区）" and "县(区)",
 * "市工商、食药监局" and "市工商食药监局" are the same unit.
 */
export function unitKey(name: string): string {
  return normalizeLabel(name).replace(/[^\p{L}\p{N}()[\]]/gu, "");
}

const signatures = new WeakMap<Rubric, string>();

/**
 * What an assessment is: the rubric scoring it. A rubric read from a sheet's
 * own text is known by its items and their points — the same printed table
 * on two sheets is one assessment, whatever its titles.
 */
export function assessmentKey(unit: UnitResult): string {
  if (!unit.rubricId.startsWith("sheet-")) return unit.rubricId;
  let signature = signatures.get(unit.rubric);
  if (signature === undefined) {
    signature = `sheet\u0000${unit.rubric.items.map((i) => `${i.id}:${i.points ?? ""}`).join("|")}`;
    signatures.set(unit.rubric, signature);
  }
  return signature;
}

/** A cell that shows where a unit is: its first score cell, else its first item's row. */
export function unitCell(unit: UnitResult): string {
  const output = unit.outputs[0];
  if (output) return output.cell;
  const item = unit.items[0];
  return item ? toA1(item.row, 0) : "";
}

/** "汇总.xlsx「市财政局」!E5", or without the file where there is only one. */
export function unitPlace(unit: UnitResult, source: string): string {
  const cell = unitCell(unit);
  return `${source}「${unit.sheet}」${cell === "" ? "" : `!${cell}`}`;
}
