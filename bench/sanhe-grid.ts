// The 三河 市政府有关部门 table as plain grids, the way an assessor's
// workbook holds it: one sheet per unit, the printed columns plus a typed
// 得分 column (三河 prints no 分值 and no 扣分: the typed score is the entry).
// Built in memory from the source document so the bench and the fuzz tests
// measure the real layout without going through exceljs.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CellRange, CellValue, Rubric, SheetGrid, WorkbookGrid } from "../src/core";
import { parseRubricFile, scoreWorkbook } from "../src/core";
import type { SourceTable } from "../test/source/read-source-tables";
import { readSourceTable } from "../test/source/read-source-tables";

export const SANHE_TABLE = "sanhe-2018-department";
const INDICATOR_COLUMNS = 3; // 一级, 二级, 三级: merged vertically or left blank below.
const TITLE_ROWS = 2;

export function loadRubric(id: string): Rubric {
  const json: unknown = JSON.parse(readFileSync(join(__dirname, "..", "rubrics", `${id}.json`), "utf8"));
  const parsed = parseRubricFile(json);
  if (!parsed.ok || parsed.file.kind !== "rubric") throw new Error(`${id} is not a valid rubric`);
  return parsed.file;
}

export interface GridOptions {
  /** Merge blank indicator cells into the label above (true) or leave them blank (false). */
  readonly mergeIndicators: boolean;
}

/** The sheet's fixed part: every row but the 得分 values, and its merges. */
export interface SanheTemplate {
  readonly rows: readonly (readonly CellValue[])[];
  readonly merges: readonly CellRange[];
  /** 0-based column of 得分. */
  readonly scoreColumn: number;
  /** Sheet row of every item the rubric matched, with the item's points (null: none). */
  readonly items: readonly { readonly row: number; readonly points: string | null }[];
}

/**
 * Vertical runs of blank indicator cells under a label, ended by any label or
 * a row spanning the column. A run whose label row spans columns becomes one
 * rectangle (as Excel stores 贯彻落实…'s two rows), replacing that row's span.
 */
function indicatorMerges(table: SourceTable, firstRow: number, spans: CellRange[]): CellRange[] {
  const merges: CellRange[] = [];
  const data = table.rows.filter((r) => r.kind === "data");
  for (let col = 0; col < INDICATOR_COLUMNS; col++) {
    let top: number | undefined;
    let bottom = 0;
    const flush = (): void => {
      if (top !== undefined && bottom > top) {
        const at = top;
        const wide = spans.findIndex((s) => s.top === at && s.left === col);
        const right = wide >= 0 ? (spans[wide]?.right ?? col) : col;
        if (wide >= 0) spans.splice(wide, 1);
        merges.push({ top, left: col, bottom, right });
      }
      top = undefined;
    };
    data.forEach((row, i) => {
      const at = firstRow + i;
      const covered = row.spans?.some((s) => col > s.start && col < s.start + s.count) ?? false;
      if (covered) return flush();
      if ((row.cells[col] ?? "") !== "") {
        flush();
        top = at;
        bottom = at;
      } else if (top !== undefined) {
        bottom = at;
      }
    });
    flush();
  }
  return merges;
}

/** The printed rows (repeats dropped: the bench measures scoring, not page breaks) with 得分 blank. */
export function sanheTemplate(options: GridOptions, rubric: Rubric = loadRubric(SANHE_TABLE)): SanheTemplate {
  const table = readSourceTable(SANHE_TABLE);
  const header = [...table.columns, "得分"];
  const width = header.length;
  const scoreColumn = width - 1;
  const data = table.rows.filter((r) => r.kind === "data");
  const rows: CellValue[][] = [[table.title.split("\n")[0] ?? ""], [table.title.split("\n")[1] ?? ""], header];
  const merges: CellRange[] = [
    { top: 0, left: 0, bottom: 0, right: scoreColumn },
    { top: 1, left: 0, bottom: 1, right: scoreColumn },
  ];
  const firstData = TITLE_ROWS + 1;
  const spans: CellRange[] = [];
  data.forEach((row, i) => {
    rows.push([...row.cells.map((c): CellValue => (c === "" ? null : c)), null]);
    for (const span of row.spans ?? []) spans.push({ top: firstData + i, left: span.start, bottom: firstData + i, right: span.start + span.count - 1 });
  });
  const vertical = options.mergeIndicators ? indicatorMerges(table, firstData, spans) : [];
  merges.push(...spans, ...vertical);
  const totalRow = rows.length;
  rows.push(["合计"]);
  merges.push({ top: totalRow, left: 0, bottom: totalRow, right: scoreColumn - 1 });
  // Which rows the rubric reads as its items: asked of the engine itself, once.
  const probe = scoreWorkbook({ sheets: [{ name: "probe", values: rows, merges }] }, { rubric });
  const items = (probe.units[0]?.items ?? []).map((i) => ({ row: i.row, points: i.max === null ? null : i.max.toFixed() }));
  if (items.length !== rubric.items.length) throw new Error(`the layout reader matched ${items.length} of ${rubric.items.length} items`);
  return { rows, merges, scoreColumn, items };
}

/** A deterministic PRNG (mulberry32): the same entries on every run without a dependency. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A typed 得分 as an assessor enters it: a half-point step within the points, sometimes 不涉及. */
export function typedScore(points: string | null, random: () => number): CellValue {
  if (points === null) return random() < 0.8 ? "不涉及" : null;
  if (random() < 0.1) return "不涉及";
  const halves = Math.floor(Number(points) * 2);
  return Math.floor(random() * (halves + 1)) / 2;
}

export function unitName(index: number): string {
  return `单位${String(index + 1).padStart(5, "0")}`;
}

/** One unit's sheet: the template's rows with this unit's typed scores. */
export function unitSheet(template: SanheTemplate, name: string, random: () => number): SheetGrid {
  const values: CellValue[][] = template.rows.map((r) => [...r]);
  for (const item of template.items) {
    const row = values[item.row];
    if (row) row[template.scoreColumn] = typedScore(item.points, random);
  }
  return { name, values, merges: template.merges };
}

/** `count` unit sheets with entries from `seed`. */
export function sanheWorkbook(template: SanheTemplate, count: number, seed = 2018): WorkbookGrid {
  const random = mulberry32(seed);
  return { sheets: Array.from({ length: count }, (_, i) => unitSheet(template, unitName(i), random)) };
}
