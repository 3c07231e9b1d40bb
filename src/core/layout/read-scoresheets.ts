import type { MergeIndex } from "../grid/merge-index";
import { mergeIndexOf } from "../grid/merge-index";
import type { SheetGrid } from "../grid/sheet-grid";
import { columnCount, rowCount } from "../grid/sheet-grid";
import { cellText } from "../text/cell-text";
import { normalizeSentence } from "../text/normalize-text";
import type { ClosestHeader, HeaderMatch } from "./detect-header";
import { closestHeaderRow, findHeaders, sameHeader } from "./detect-header";
import { readTableBody } from "./read-table-body";
import { fillBlankHeaderCells } from "./blank-header-cells";
import { HeaderCellCache } from "./header-cells";
import { columnsForUnit } from "./unit-columns";
import type { Finding } from "../findings/finding";
import { guessedColumnFindings, ignoredColumnFindings } from "./column-findings";
import { isNoteText, unitLabel } from "./row-kinds";
import type { ScoresheetTable } from "./scoresheet";

export interface SheetReading {
  readonly tables: readonly ScoresheetTable[];
  /** What the reader left out or guessed: ignored columns, roles read from content. */
  readonly findings: readonly Finding[];
  /** When no table was found: the row that looked most like a header. */
  readonly closest?: ClosestHeader;
}

interface TableSpan {
  header: HeaderMatch;
  readonly repeats: number[];
  readonly start: number;
  end: number;
}

function rowTexts(sheet: SheetGrid, row: number, width: number): string[] {
  const texts: string[] = [];
  for (let col = 0; col < width; col++) {
    const text = cellText(sheet.values[row]?.[col] ?? null).trim();
    if (text !== "") texts.push(text);
  }
  return texts;
}

/**
 * Splits a sheet's headers into tables: a header identical to the open
 * table's, with no notes in between, is a page-break repeat; anything else
 * starts a new table (岳阳's two parts share one sheet).
 */
function spanTables(sheet: SheetGrid, merges: MergeIndex, headers: readonly HeaderMatch[], width: number, findings: Finding[]): TableSpan[] {
  const spans: TableSpan[] = [];
  for (const header of headers) {
    const open = spans[spans.length - 1];
    const top = header.rows[0] ?? 0;
    if (open && !notesBetween(sheet, open, top, width)) {
      if (sameHeader(open.header.columns, header.columns)) {
        open.repeats.push(...header.rows);
        continue;
      }
      const filled = fillBlankHeaderCells(sheet.name, merges, open.header, header);
      if (filled) {
        open.header = filled.header;
        open.repeats.push(...header.rows);
        findings.push(...filled.findings);
        continue;
      }
    }
    if (open) open.end = top - 1;
    spans.push({ header, repeats: [...header.rows], start: (header.rows[header.rows.length - 1] ?? top) + 1, end: rowCount(sheet) - 1 });
  }
  return spans;
}

function notesBetween(sheet: SheetGrid, span: TableSpan, before: number, width: number): boolean {
  for (let row = span.start; row < before; row++) {
    const first = rowTexts(sheet, row, width)[0];
    if (first !== undefined && isNoteText(first)) return true;
  }
  return false;
}

/** Title lines and a "被考核单位：" cell in the rows between the previous table and this header. */
function readPreamble(sheet: SheetGrid, from: number, to: number, width: number): { titles: string[]; unit?: string } {
  const titles: string[] = [];
  let unit: string | undefined;
  for (let row = from; row < to; row++) {
    const texts = rowTexts(sheet, row, width);
    if (texts.length === 0) continue;
    const unitAt = texts.findIndex((text) => unitLabel(text) !== undefined);
    if (unitAt >= 0) {
      const label = unitLabel(texts[unitAt] ?? "") ?? "";
      unit = label !== "" ? label : texts[unitAt + 1];
      continue;
    }
    if (!isNoteText(texts[0] ?? "") && !/^\d+[、.]/.test(texts[0] ?? "")) titles.push(normalizeSentence(texts.join(" ")));
  }
  return unit === undefined ? { titles } : { titles, unit };
}

/** Reads every scoresheet table on a sheet, in its official layout, where it stands. */
export function readScoresheets(sheet: SheetGrid): SheetReading {
  // The same index the entry reader uses later: one per sheet.
  const merges = mergeIndexOf(sheet);
  const width = columnCount(sheet);
  // Each row's header words are worked out once, for the search and for the message alike.
  const cache = new HeaderCellCache(merges, width);
  const findings: Finding[] = [];
  const spans = spanTables(sheet, merges, findHeaders(sheet, merges, cache), width, findings);
  if (spans.length === 0) {
    const closest = closestHeaderRow(sheet, merges, cache);
    return closest ? { tables: [], findings: [], closest } : { tables: [], findings: [] };
  }
  const tables: ScoresheetTable[] = [];
  let preambleStart = 0;
  // A second table under the same "被考核单位：" line belongs to the same unit.
  let labelledUnit: string | undefined;
  for (const span of spans) {
    const headerTop = span.header.rows[0] ?? 0;
    const preamble = readPreamble(sheet, preambleStart, headerTop, width);
    const body = readTableBody(sheet, merges, span.header.columns, span.start, span.end, new Set(span.repeats));
    const table: ScoresheetTable = {
      sheet: sheet.name,
      titles: preamble.titles,
      headerRows: span.repeats,
      columns: span.header.columns,
      ...body,
      unit: preamble.unit ?? labelledUnit ?? sheet.name,
      firstRow: headerTop,
    };
    // An assessor's matrix is one table per unit: the same rows, that unit's columns.
    if (span.header.units.length === 0) tables.push(table);
    else span.header.units.forEach((unit, i) => tables.push({ ...table, unit: unit.unit, columns: columnsForUnit(span.header.columns, unit), matrixUnit: i }));
    findings.push(...guessedColumnFindings(sheet, span.header.guessed, headerTop));
    findings.push(...ignoredColumnFindings(sheet, span.header.ignored, span.header.columns, body.items.map((i) => i.row)));
    preambleStart = body.lastRow + 1;
    labelledUnit = preamble.unit ?? labelledUnit;
  }
  return { tables, findings };
}
