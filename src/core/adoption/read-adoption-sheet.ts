import Decimal from "decimal.js";
import { toA1 } from "../grid/a1";
import { MergeIndex } from "../grid/merge-index";
import type { SheetGrid } from "../grid/sheet-grid";
import { columnCount } from "../grid/sheet-grid";
import type { Finding } from "../findings/finding";
import { finding } from "../findings/finding";
import type { AdoptionScaleFile } from "../rubric/data-schemas";
import { cellText } from "../text/cell-text";
import { normalizeLabel } from "../text/normalize-text";
import { parseEntry } from "../text/parse-entry";
import { numberFormatAt } from "../grid/number-format";
import { entryDisplayFinding } from "../findings/entry-display-type";

/** Each unit's adoption counts, keyed by the scale's publication names. */
export interface AdoptionCounts {
  readonly sheet: string;
  readonly units: ReadonlyMap<string, ReadonlyMap<string, Decimal>>;
  readonly findings: readonly Finding[];
}

/**
 * A publication's comparable name: "《攀政快讯》（条）", "上报国办动态信息（条）" and the
 * scale's "省政府上报国办信息（动态信息）" differ only in brackets, counters and filler words.
 */
function publicationKey(text: string): string {
  return normalizeLabel(text)
    .replace(/[《》<>]/g, "")
    .replace(/\((条|期|篇|次|分)\)/g, "")
    .replace(/[()]/g, "")
    .replace(/省政府|信息|或/g, "");
}

/** The scale entry a header names: the same name, else the longest one contained in the other. */
function entryFor(header: string, scale: AdoptionScaleFile): string | undefined {
  const key = publicationKey(header);
  if (key.length < 2) return undefined;
  const entries = scale.entries.map((e) => ({ name: e.publication, key: publicationKey(e.publication) }));
  const exact = entries.find((e) => e.key === key);
  if (exact) return exact.name;
  const contained = entries.filter((e) => e.key.includes(key) || key.includes(e.key)).sort((a, b) => b.key.length - a.key.length);
  return contained[0]?.name;
}

const UNIT_HEADER = /^(单位|被考核单位|单位名称)$/;

/**
 * Reads a 政务信息采用情况 sheet: a 单位 column and one column per publication
 * of the 计分标准 (header on one or two rows), a row per unit. Undefined when
 * the sheet has no such header.
 */
export function readAdoptionSheet(sheet: SheetGrid, scale: AdoptionScaleFile): AdoptionCounts | undefined {
  const merges = new MergeIndex(sheet);
  const width = columnCount(sheet);
  for (let row = 0; row < Math.min(sheet.values.length, 20); row++) {
    const unitCol = [...Array(width).keys()].find((c) => UNIT_HEADER.test(normalizeLabel(cellText(merges.valueAt(row, c)))));
    if (unitCol === undefined) continue;
    const columns = new Map<number, string>();
    for (const r of [row, row + 1]) {
      for (let c = 0; c < width; c++) {
        if (c === unitCol || columns.has(c)) continue;
        const name = entryFor(cellText(sheet.values[r]?.[c] ?? null), scale);
        if (name !== undefined) columns.set(c, name);
      }
    }
    if (columns.size < 2) continue;
    return readUnits(sheet, row + 2, unitCol, columns);
  }
  return undefined;
}

function readUnits(sheet: SheetGrid, from: number, unitCol: number, columns: ReadonlyMap<number, string>): AdoptionCounts {
  const units = new Map<string, Map<string, Decimal>>();
  const findings: Finding[] = [];
  for (let row = from; row < sheet.values.length; row++) {
    const unit = normalizeLabel(cellText(sheet.values[row]?.[unitCol] ?? null));
    const counts = new Map<string, Decimal>();
    let numbers = 0;
    for (const [col, name] of columns) {
      const entry = parseEntry(sheet.values[row]?.[col] ?? null, numberFormatAt(sheet, row, col));
      if ((entry.kind === "number" || entry.kind === "invalid") && entry.displayed) findings.push(entryDisplayFinding(entry.displayed, name, sheet.name, toA1(row, col)));
      if (entry.kind === "number" && !entry.value.isNegative()) {
        counts.set(name, entry.value);
        numbers++;
      } else if (entry.kind !== "blank" && !(entry.kind === "invalid" && entry.displayed)) {
        findings.push(finding("ENTRY_NOT_NUMBER", sheet.name, toA1(row, col), { text: cellText(sheet.values[row]?.[col] ?? null), column: name }));
      }
    }
    // Group headings ("一、各县区政府") and notes carry no counts.
    if (unit !== "" && numbers > 0) units.set(unit, counts);
  }
  return { sheet: sheet.name, units, findings };
}
