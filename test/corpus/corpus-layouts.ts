// The layouts staff really print a rubric in, written from corpus items:
// 序号|考核内容|分值|评分标准|得分 on a sheet named after the unit;
// 一级指标|二级指标|分值|考核标准|扣分|得分 under a 被考核单位： line with the
// 一级 cells merged; an assessor's matrix with the units merged above
// 扣分|得分 pairs; and two tables on one sheet. Titles and 注： rows as printed.
import type ExcelJS from "exceljs";
import type { EntryValues } from "../fixtures/official-layout";
import { writeOfficialLayout } from "../fixtures/official-layout";
import type { SourceRow, SourceTable } from "../source/read-source-tables";
import type { CorpusFile, CorpusItem } from "./corpus-schema";

export type CorpusLayout = "numbered" | "indicators" | "matrix" | "two-tables";
export const CORPUS_LAYOUTS: readonly CorpusLayout[] = ["numbered", "indicators", "matrix", "two-tables"];

/** Unit names the workbooks use (a 镇, a 街道, a 局), none a real unit of the sources. */
export const UNITS = ["城关镇", "东城街道", "县教育局"] as const;

const data = (cells: string[], line: number): SourceRow => ({ cells, kind: "data", line });

/** The deduction an assessor might type for unit `u` on item `i`: a clause's own amount, within the row's points. */
export function entryFor(item: CorpusItem, i: number, u: number): number | undefined {
  if (item.points === null || (i + u) % 3 !== 0) return undefined;
  const amount = item.reading.clauses.map((c) => c["points"]).find((p): p is string => typeof p === "string" && Number(p) <= Number(item.points));
  return amount === undefined ? undefined : Number(amount);
}

function notes(file: CorpusFile): string[] {
  return [`注：评分标准摘自《${file.source.title}》（${file.source.place}${file.source.year === null ? "" : `，${file.source.year}年`}），原文照录。`, "扣分以评分标准为准，扣完为止。"];
}

function table(id: string, file: CorpusFile, columns: string[], items: readonly CorpusItem[], row: (item: CorpusItem, i: number) => string[]): SourceTable {
  return { id, document: file.source.address, title: file.source.title, columns, rows: [{ cells: columns, kind: "header", line: 0 }, ...items.map((item, i) => data(row(item, i), i + 1))], notes: notes(file) };
}

function entries(items: readonly CorpusItem[], unit: number, column: string): EntryValues {
  const values = new Map<number, Record<string, number>>();
  items.forEach((item, i) => {
    const value = entryFor(item, i, unit);
    if (value !== undefined) values.set(i, { [column]: value });
  });
  return values;
}

/** 序号|考核内容|分值|评分标准|得分 on a sheet named after the unit. */
function numbered(workbook: ExcelJS.Workbook, file: CorpusFile, items: readonly CorpusItem[]): void {
  const columns = ["序号", "考核内容", "分值", "评分标准", "得分"];
  const source = table("numbered", file, columns, items, (item, i) => [String(i + 1), item.path.join("／"), item.points ?? "", item.rule, ""]);
  writeOfficialLayout(workbook.addWorksheet(UNITS[0]), source, { titles: [file.source.title], entryColumns: [], mergeIndicators: false, totalRow: true });
}

/** 一级指标|二级指标|分值|考核标准|扣分|得分, a unit named by the line above the table. */
function indicators(workbook: ExcelJS.Workbook, file: CorpusFile, items: readonly CorpusItem[], unit = 1, sheet = "评分表"): void {
  const columns = ["一级指标", "二级指标", "分值", "考核标准", "得分"];
  const source = table("indicators", file, columns, items, (item, i) => {
    const first = item.path[0] ?? "";
    const repeated = i > 0 && items[i - 1]?.path[0] === first;
    return [repeated ? "" : first, item.path.slice(1).join("／") || first, item.points ?? "", item.rule, ""];
  });
  writeOfficialLayout(workbook.addWorksheet(sheet), source, { titles: [file.source.title, `被考核单位：${UNITS[unit]}`], entryColumns: ["扣分"], mergeIndicators: true, totalRow: false }, entries(items, unit, "扣分"));
}

/** The assessor's matrix: 考核项目|分值|考核标准, then 扣分|得分 for each unit, the unit merged above its pair. */
function matrix(workbook: ExcelJS.Workbook, file: CorpusFile, items: readonly CorpusItem[]): void {
  const sheet = workbook.addWorksheet("汇总评分");
  const fixed = ["考核项目", "分值", "考核标准"];
  const width = fixed.length + 2 * UNITS.length;
  sheet.addRow([`${file.source.title}（考核组评分汇总）`]);
  sheet.mergeCells(1, 1, 1, width);
  sheet.addRow([...fixed, ...UNITS.flatMap((u) => [u, ""])]);
  sheet.addRow([...fixed.map(() => ""), ...UNITS.flatMap(() => ["扣分", "得分"])]);
  fixed.forEach((_, c) => sheet.mergeCells(2, c + 1, 3, c + 1));
  UNITS.forEach((_, u) => sheet.mergeCells(2, fixed.length + 1 + 2 * u, 2, fixed.length + 2 + 2 * u));
  items.forEach((item, i) => {
    const cells = UNITS.flatMap((_, u) => [entryFor(item, i, u) ?? "", ""]);
    sheet.addRow([item.path.join("／"), item.points === null ? "" : Number(item.points), item.rule, ...cells]);
  });
  sheet.addRow([]);
  for (const note of notes(file)) sheet.addRow([note]);
  sheet.getColumn(3).width = 50;
}

/** Two tables on one sheet: the items split in two, each with its own caption and header. */
function twoTables(workbook: ExcelJS.Workbook, file: CorpusFile, items: readonly CorpusItem[]): void {
  const half = Math.ceil(items.length / 2);
  const sheet = workbook.addWorksheet(UNITS[2]);
  const columns = ["考核内容", "分值", "评分标准", "得分"];
  const parts = [items.slice(0, half), items.slice(half)].filter((p) => p.length > 0);
  parts.forEach((part, n) => {
    const source = table(`part-${n + 1}`, file, columns, part, (item) => [item.path.join("／"), item.points ?? "", item.rule, ""]);
    writeOfficialLayout(sheet, source, { titles: [`${file.source.title}（${n === 0 ? "一" : "二"}）`], entryColumns: ["扣分"], mergeIndicators: false, totalRow: false }, entries(part, 2, "扣分"));
    sheet.addRow([]);
  });
}

export function writeCorpusLayout(workbook: ExcelJS.Workbook, layout: CorpusLayout, file: CorpusFile): void {
  const items = file.items;
  if (layout === "numbered") numbered(workbook, file, items);
  else if (layout === "indicators") indicators(workbook, file, items);
  else if (layout === "matrix") matrix(workbook, file, items);
  else twoTables(workbook, file, items);
}
