import type { CellValue, RubricChoices, RubricItem, SheetGrid } from "../../core";
import { tableRubric } from "../table-rubric";
import { cellText } from "../../core/text/cell-text";
import { LEDGER_SHEET, MARKS_SHEET, SUMMARY_SHEET, toA1 } from "../../core";
import { computesScores } from "../../core/layout/read-entries";
import { readScoresheets } from "../../core/layout/read-scoresheets";
import type { ScoresheetTable } from "../../core/layout/scoresheet";
import type { SectionKind } from "../../core/rubric/rubric-schema";

/** The cells of one item row the 录入 form reads and writes (A1 addresses on the row's sheet). */
export interface EntryCells {
  readonly deduction?: string;
  readonly bonus?: string;
  /** The table's 扣分说明 column. */
  readonly reason?: string;
  /** 得分: where the form writes when the typed score is the entry (三河, 攀枝花). */
  readonly score?: string;
}

/** An item row, found the way a recalculation finds it (the same rubric choice as the actions). */
export interface EntryTarget {
  readonly sheet: string;
  /** 0-based sheet row. */
  readonly row: number;
  readonly unit: string;
  readonly item: RubricItem;
  readonly sectionKind: SectionKind;
  /** "entries": 扣分/加分 columns; "typed-score": the table has none and 得分 is typed. */
  readonly mode: "entries" | "typed-score";
  readonly cells: EntryCells;
  /** An assessor's matrix: other units share the row; the selected column chose this one. */
  readonly matrix: boolean;
  /** What the cells hold now, as text. */
  readonly current: { readonly deduction: string; readonly bonus: string; readonly reason: string; readonly score: string };
}

export type NotAnItem = "own-sheet" | "no-table" | "outside-table" | "not-item-row";

export type Located = { readonly kind: "item"; readonly target: EntryTarget } | { readonly kind: "none"; readonly why: NotAnItem };

const OWN_SHEETS = new Set([LEDGER_SHEET, MARKS_SHEET, SUMMARY_SHEET]);

function textAt(sheet: SheetGrid, a1: string | undefined, row: number, col: number | undefined): string {
  if (a1 === undefined || col === undefined) return "";
  const value: CellValue = sheet.values[row]?.[col] ?? null;
  return cellText(value).trim();
}

/** On an assessor's matrix every unit has its own columns on the same rows: the selected column picks the unit. */
function pickTable(tables: readonly ScoresheetTable[], col: number): ScoresheetTable | undefined {
  const own = tables.find((t) => {
    const c = t.columns;
    return [c.deduction, c.bonus, c.deductionNote, c.score, c.selfScore, c.implementation].includes(col);
  });
  return own ?? tables[0];
}

/**
 * Finds the unit and rubric item whose row holds the selected cell, as
 * scoreWorkbook reads the sheet under the same choices (readScoresheets,
 * then the rubric chosen for the table). Pure: the sheet comes from
 * readSelection, the choices from hostChoices over it.
 */
export function locateEntry(sheet: SheetGrid, row: number, col: number, choices: RubricChoices): Located {
  if (OWN_SHEETS.has(sheet.name)) return { kind: "none", why: "own-sheet" };
  const { tables } = readScoresheets(sheet);
  if (tables.length === 0) return { kind: "none", why: "no-table" };
  const around = tables.filter((t) => row >= t.firstRow && row <= t.lastRow);
  const table = pickTable(around, col);
  if (!table) return { kind: "none", why: "outside-table" };
  const { rubric, rows } = tableRubric(table, choices);
  const item = rubric.items.find((i) => rows.get(i.id) === row);
  if (!item) return { kind: "none", why: "not-item-row" };
  const c = table.columns;
  const at = (index: number | undefined): string | undefined => (index === undefined ? undefined : toA1(row, index));
  const mode = computesScores(table) ? "entries" : "typed-score";
  const cells: EntryCells = {
    ...(mode === "entries" && c.deduction !== undefined ? { deduction: toA1(row, c.deduction) } : {}),
    ...(mode === "entries" && c.bonus !== undefined ? { bonus: toA1(row, c.bonus) } : {}),
    ...(c.deductionNote !== undefined ? { reason: toA1(row, c.deductionNote) } : {}),
    ...(mode === "typed-score" && c.score !== undefined ? { score: toA1(row, c.score) } : {}),
  };
  return {
    kind: "item",
    target: {
      sheet: sheet.name,
      row,
      unit: table.unit,
      item,
      sectionKind: rubric.sections.find((s) => s.name === item.section)?.kind ?? "base",
      mode,
      cells,
      matrix: around.length > 1,
      current: {
        deduction: textAt(sheet, cells.deduction, row, c.deduction),
        bonus: textAt(sheet, cells.bonus, row, c.bonus),
        reason: textAt(sheet, cells.reason, row, c.deductionNote),
        score: textAt(sheet, cells.score ?? at(c.score), row, c.score),
      },
    },
  };
}
