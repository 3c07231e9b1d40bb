// Worked examples (issue 5): one official table, written in its printed
// layout (test/fixtures/official-layout.ts) once per unit, with entries
// chosen by hand; then scored through the CLI in-process and the report read
// back. The expectations live in the *.test.ts files beside this one, worked
// out from the document's own words.
//
// Every table is described by the list of its printed data rows, in order:
// a label that the row's printed cells contain (a check that the list and the
// document agree) and the row's points as the document prints them (null: no
// points printed). A unit's sheet is that table with the unit's entries; rows
// without an entry of the unit's own get the table's default (the full points
// typed, 是 answered, or nothing at all where 得分 is computed).
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Report, ReportFinding, ReportItem, ReportUnit } from "../../src/core";
import { runCli } from "../cli/run-cli";
import type { EntryValues, WrittenLayout } from "../fixtures/official-layout";
import { writeOfficialLayout } from "../fixtures/official-layout";
import type { SourceTable } from "../source/read-source-tables";
import { readSourceTable } from "../source/read-source-tables";

/** One printed data row: a label its cells contain, and its points as printed (null: none). */
export type PrintedRow = readonly [label: string, points: string | null];

export type CellValue = string | number;

/** What the report should say of one item, worked out by hand. */
export interface ExpectedItem {
  readonly max: string | null;
  readonly deduction: string;
  readonly bonus: string;
  readonly score: string;
  readonly applicable: boolean;
}

/** A unit's entry on one row: the cells written, what the document makes of it, and why. */
export interface Entry {
  /** Values by column name (扣分, 加分, 得分, 自评分, 考核分, 实施情况 …). */
  readonly set: Readonly<Record<string, CellValue>>;
  /** The item as the document scores it; fields left out are the row's default (full points, nothing taken). */
  readonly expect: Partial<ExpectedItem>;
  /** The assessor's finding, in the document's words. */
  readonly why: string;
}

export interface UnitPlan {
  readonly unit: string;
  /** By row label (as in the table's row list; "label#2" for its second use). */
  readonly entries: Readonly<Record<string, Entry>>;
}

export interface TablePlan {
  readonly tableId: string;
  /** The printed data rows in order (checked against the document). */
  readonly rows: readonly PrintedRow[];
  /** Lines above the table for one unit (document title, "被考核单位：…"). */
  readonly titles: (unit: string) => readonly string[];
  /** Columns assessors insert before the printed 得分 (岳阳: 扣分, 加分). */
  readonly insert?: readonly string[];
  /** Columns assessors add after the last printed column (三河: 得分; 长子: 扣分, 加分, 得分). */
  readonly append?: readonly string[];
  /** Cells every row gets unless the unit's entry says otherwise (typed tables: the full points). */
  readonly defaults?: (row: PrintedRow) => Readonly<Record<string, CellValue>>;
  /** What an untouched row scores (typed tables and 扣分 tables: its full points). */
  readonly untouched?: (row: PrintedRow) => ExpectedItem;
  readonly mergeIndicators?: boolean;
  readonly totalRow?: boolean;
  /** Cells an assessor retypes where the export garbled the printed row (data-row index → column → text). */
  readonly retype?: Readonly<Record<number, Readonly<Record<number, string>>>>;
}

const squash = (text: string): string => text.replace(/\s+/g, "");

/** Row labels as used in a unit's entries: "项目进厅", "项目进厅#2" for the second row with that label. */
export function rowKeys(rows: readonly PrintedRow[]): string[] {
  const seen = new Map<string, number>();
  return rows.map(([label]) => {
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    return n === 1 ? label : `${label}#${n}`;
  });
}

/** Full points, nothing taken: what a row scores when nothing is entered against it. */
export function fullPoints([, points]: PrintedRow): ExpectedItem {
  return { max: points, deduction: "0", bonus: "0", score: points ?? "0", applicable: true };
}

/** The source table with the appended columns, every data row checked against the plan's row list. */
function preparedTable(plan: TablePlan): SourceTable {
  const table = readSourceTable(plan.tableId);
  const data = table.rows.filter((r) => r.kind === "data");
  if (data.length !== plan.rows.length) throw new Error(`${plan.tableId}: ${data.length} printed data rows, the plan lists ${plan.rows.length}`);
  data.forEach((row, i) => {
    const label = plan.rows[i]?.[0] ?? "";
    if (!row.cells.some((c) => squash(c).includes(squash(label)))) throw new Error(`${plan.tableId} data row ${i}: "${label}" is not printed in ${JSON.stringify(row.cells)}`);
  });
  for (const [index, cells] of Object.entries(plan.retype ?? {})) {
    for (const [col, text] of Object.entries(cells)) data[Number(index)]!.cells[Number(col)] = text;
  }
  for (const name of plan.append ?? []) {
    table.columns.push(name);
    for (const row of table.rows) if (row.kind !== "title") row.cells.push("");
  }
  return table;
}

export interface WrittenUnit {
  readonly plan: UnitPlan;
  readonly layout: WrittenLayout;
}

/** One sheet per unit, named after it, headed by the plan's titles. */
export function buildWorkbook(plan: TablePlan, units: readonly UnitPlan[]): { workbook: ExcelJS.Workbook; written: Map<string, WrittenUnit> } {
  const keys = rowKeys(plan.rows);
  const workbook = new ExcelJS.Workbook();
  const written = new Map<string, WrittenUnit>();
  for (const unit of units) {
    for (const key of Object.keys(unit.entries)) if (!keys.includes(key)) throw new Error(`${unit.unit}: no row "${key}" in ${plan.tableId}`);
    const table = preparedTable(plan);
    const inserted = plan.insert ?? [];
    const entries = new Map<number, Record<string, CellValue>>();
    let index = 0;
    for (const row of table.rows) {
      if (row.kind !== "data") continue;
      const printed = plan.rows[index]!;
      const values: Record<string, CellValue> = { ...(plan.defaults?.(printed) ?? {}), ...(unit.entries[keys[index]!]?.set ?? {}) };
      const forInserted: Record<string, CellValue> = {};
      for (const [name, value] of Object.entries(values)) {
        if (inserted.includes(name)) {
          forInserted[name] = value;
          continue;
        }
        const col = table.columns.findIndex((c) => squash(c) === squash(name));
        if (col < 0) throw new Error(`${plan.tableId}: no column "${name}"`);
        row.cells[col] = typeof value === "number" ? String(value) : value;
      }
      entries.set(index, forInserted);
      index++;
    }
    const sheet = workbook.addWorksheet(unit.unit);
    const layout = writeOfficialLayout(
      sheet,
      table,
      { titles: plan.titles(unit.unit), entryColumns: inserted, mergeIndicators: plan.mergeIndicators ?? true, totalRow: plan.totalRow ?? true },
      entries as EntryValues,
    );
    // Numbers typed as numbers, as an assessor types them (the source cells are text).
    for (const [name, col] of layout.columns) {
      if (inserted.includes(name) || !(plan.append ?? []).concat(["自评分", "考核分", "考评分"]).includes(name)) continue;
      for (const r of layout.dataRows) {
        const cell = sheet.getRow(r).getCell(col);
        if (typeof cell.value === "string" && /^-?\d+(\.\d+)?$/.test(cell.value)) cell.value = Number(cell.value);
      }
    }
    written.set(unit.unit, { plan: unit, layout });
  }
  return { workbook, written };
}

export interface Scored {
  readonly report: Report;
  readonly code: number;
  readonly written: ReadonlyMap<string, WrittenUnit>;
  readonly plan: TablePlan;
  readonly path: string;
}

const dir = mkdtempSync(join(tmpdir(), "kaohe-worked-"));
let files = 0;

/** Writes the workbook and scores it: `kaohe score IN.xlsx --rubric ID --json R.json`. */
export async function scoreUnits(plan: TablePlan, units: readonly UnitPlan[], rubric = plan.tableId, extra?: (workbook: ExcelJS.Workbook) => void): Promise<Scored> {
  const { workbook, written } = buildWorkbook(plan, units);
  extra?.(workbook);
  const n = ++files;
  const path = join(dir, `${plan.tableId}-${n}.xlsx`);
  const json = join(dir, `${plan.tableId}-${n}.json`);
  await workbook.xlsx.writeFile(path);
  const run = await runCli(["score", path, "--rubric", rubric, "--out", join(dir, `${plan.tableId}-${n}.scored.xlsx`), "--json", json, "--quiet"]);
  if (run.code !== 0) throw new Error(`kaohe score exited ${run.code}: ${run.stderr}`);
  return { report: JSON.parse(readFileSync(json, "utf8")) as Report, code: run.code, written, plan, path };
}

/** `kaohe summary A.xlsx B.xlsx … --rubric ID [--groups G] --json R.json` over scored workbooks. */
export async function summarize(inputs: readonly Scored[], rubric: string, groups?: string): Promise<{ report: Report; code: number }> {
  const n = ++files;
  const json = join(dir, `summary-${n}.json`);
  const args = ["summary", ...inputs.map((i) => i.path), "--rubric", rubric, "--out", join(dir, `汇总-${n}.xlsx`), "--json", json, "--quiet"];
  const run = await runCli(groups === undefined ? args : [...args, "--groups", groups]);
  return { report: JSON.parse(readFileSync(json, "utf8")) as Report, code: run.code };
}

export function unitOf(report: Report, unit: string): ReportUnit {
  const found = report.units.find((u) => u.unit === unit);
  if (!found) throw new Error(`no unit ${unit} in the report (${report.units.map((u) => u.unit).join("、")})`);
  return found;
}

/** Each reported item as [row label, max, deduction, bonus, score, applicable], by the row list. */
export function reportedItems(scored: Scored, unit: string): (string | boolean | null)[][] {
  const { layout } = scored.written.get(unit)!;
  const keys = rowKeys(scored.plan.rows);
  const label = (item: ReportItem): string => {
    const index = layout.dataRows.indexOf(item.row);
    return index < 0 ? `(row ${item.row})` : keys[index]!;
  };
  return unitOf(scored.report, unit).items.map((i) => [label(i), i.max, i.deduction, i.bonus, i.score, i.applicable]);
}

/** What every row should score for this unit: its entry's expectation over the row's default. */
export function expectedItems(scored: Scored, unit: string, only?: (key: string) => boolean): (string | boolean | null)[][] {
  const { plan } = scored.written.get(unit)!;
  const keys = rowKeys(scored.plan.rows);
  return scored.plan.rows.flatMap((row, i) => {
    const key = keys[i]!;
    if (only && !only(key)) return [];
    const base = (scored.plan.untouched ?? fullPoints)(row);
    const e = { ...base, ...(plan.entries[key]?.expect ?? {}) };
    return [[key, e.max, e.deduction, e.bonus, e.score, e.applicable]];
  });
}

/** A1 address of a unit's cell: the row's label and the column's printed (or added) name. */
export function cellOf(scored: Scored, unit: string, key: string, column: string): string {
  const { layout } = scored.written.get(unit)!;
  const index = rowKeys(scored.plan.rows).indexOf(key);
  if (index < 0) throw new Error(`no row ${key}`);
  const col = [...layout.columns].find(([name]) => squash(name) === squash(column))?.[1];
  if (col === undefined) throw new Error(`no column ${column}`);
  return `${columnLetter(col)}${layout.dataRows[index]!}`;
}

function columnLetter(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export const findingList = (findings: readonly ReportFinding[]): string[][] => findings.map((f) => [f.severity, f.code, f.sheet, f.cell]);

export const sectionList = (unit: ReportUnit): (string | null)[][] => unit.sections.map((s) => [s.name, s.max, s.score]);
