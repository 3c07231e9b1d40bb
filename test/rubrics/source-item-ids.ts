// Item ids as the conventions define them for a source table, computed two
// ways: by the rule written down for rubric authors (fill-down, labels through
// splitLabelPoints, "#2" for repeats), and by the product's own reader run on
// a sheet laid out as the document prints it. Rubric tests check both.
import { buildGrid } from "../../src/core/testing/build-grid";
import { readScoresheets } from "../../src/core/layout/read-scoresheets";
import { inferRubric } from "../../src/core/rubric/infer-rubric";
import { normalizeLabel } from "../../src/core/text/normalize-text";
import { splitLabelPoints } from "../../src/core/text/parse-points";
import type { SourceRow, SourceTable } from "../source/read-source-tables";

export interface SourceItemPath {
  readonly row: SourceRow;
  /** The indicator cells after fill-down, verbatim ("" where none). */
  readonly labels: readonly string[];
  readonly path: readonly string[];
  readonly id: string;
}

/** The text a reader sees in an indicator cell: a horizontally merged cell shows its first cell's text. */
function indicatorText(row: SourceRow, col: number): { text: string; covered: boolean } {
  const span = row.spans?.find((s) => col > s.start && col < s.start + s.count);
  return span ? { text: row.cells[span.start] ?? "", covered: true } : { text: row.cells[col] ?? "", covered: false };
}

/**
 * One entry per data row: a blank indicator cell means the one above, carried
 * only while every level above it was carried too (a new 二级 with a blank
 * 三级 does not inherit the old 三级); header rows are skipped.
 */
export function sourceItemPaths(table: SourceTable, indicatorColumns: readonly number[]): SourceItemPath[] {
  const out: SourceItemPath[] = [];
  const seen = new Map<string, number>();
  let previous: (string | undefined)[] = [];
  for (const row of table.rows) {
    if (row.kind !== "data") continue;
    const labels: (string | undefined)[] = [];
    let carrying = true;
    indicatorColumns.forEach((col, level) => {
      const { text, covered } = indicatorText(row, col);
      const above = previous[level];
      if (covered) {
        labels[level] = text;
      } else if (text.trim() !== "") {
        labels[level] = text;
        if (above === undefined || normalizeLabel(above) !== normalizeLabel(text)) carrying = false;
      } else if (carrying && above !== undefined) {
        labels[level] = above;
      }
    });
    previous = labels;
    const path: string[] = [];
    for (const label of labels) {
      const name = label === undefined ? "" : splitLabelPoints(label).name;
      if (name !== "" && path[path.length - 1] !== name) path.push(name);
    }
    const base = path.join("/");
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    out.push({ row, labels: labels.map((l) => l ?? ""), path, id: count === 1 ? base : `${base}#${count}` });
  }
  return out;
}

const columnLetter = (col: number): string => String.fromCharCode(65 + col);

/** The item ids inferRubric gives a sheet holding the table as printed (title, header repeats, rows, notes). */
export function inferredItemIds(table: SourceTable): string[] {
  const values: (string | null)[][] = [[table.title.replace(/\n/g, "")]];
  const merges: string[] = [];
  for (const row of table.rows) {
    values.push(row.cells.map((c) => (c === "" ? null : c)));
    for (const s of row.spans ?? []) {
      if (s.count > 1) merges.push(`${columnLetter(s.start)}${values.length}:${columnLetter(s.start + s.count - 1)}${values.length}`);
    }
  }
  for (const note of table.notes) values.push([note]);
  const tables = readScoresheets(buildGrid(table.id, values, merges)).tables;
  return tables.flatMap((t) => inferRubric(t).rubric.items.map((item) => item.id));
}
