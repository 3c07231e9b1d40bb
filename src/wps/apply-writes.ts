import type { CellValue } from "../core";
import { chunkRun, groupRuns } from "../host/cell-runs";
import type { CellValueWrite, FillWrite, HiddenTableWrite, NoteWrite } from "../host/port";
import { boxAddress } from "./et-address";
import type { EtWorkbook, EtWorksheet } from "./et-model";
import { colorToBgr, XL_NONE, XL_SHEET_VERY_HIDDEN } from "./et-model";

/** Sheets by name, each looked up once per step. */
export function sheetCache(workbook: EtWorkbook): (name: string) => EtWorksheet {
  const sheets = new Map<string, EtWorksheet>();
  return (name) => {
    let sheet = sheets.get(name);
    if (!sheet) sheets.set(name, (sheet = workbook.Sheets.Item(name)));
    return sheet;
  };
}

/** Each value into its cell by vertical runs: one Range + one Value2 per run (a 得分 column is a few runs). */
export function writeCells(sheetOf: (name: string) => EtWorksheet, cells: readonly CellValueWrite[]): void {
  for (const piece of groupRuns(cells).flatMap(chunkRun)) {
    const box = { top: piece.top, left: piece.col, bottom: piece.top + piece.values.length - 1, right: piece.col };
    sheetOf(piece.sheet).Range(boxAddress(box)).Value2 = piece.values.map((v) => [v]);
  }
}

/**
 * Rewrites one of Kaohe's very hidden bookkeeping sheets from its rows, as
 * text (NumberFormat "@" first, so "001" stays "001"). With no entries the
 * sheet is cleared and kept (or never added), as the Excel host does: a
 * very hidden sheet is not deleted (the fake document refuses it, as Excel does).
 */
export function writeHiddenTable(workbook: EtWorkbook, table: HiddenTableWrite, exists: boolean): void {
  const { name, rows } = table;
  if (rows.length <= 1) {
    if (exists) workbook.Sheets.Item(name).UsedRange.Clear();
    return;
  }
  let sheet: EtWorksheet;
  if (exists) {
    sheet = workbook.Sheets.Item(name);
    sheet.UsedRange.Clear();
  } else {
    const sheets = workbook.Sheets;
    sheet = sheets.Add(undefined, sheets.Item(sheets.Count));
    sheet.Name = name;
    sheet.Visible = XL_SHEET_VERY_HIDDEN;
  }
  // A loop, not Math.max(...rows): a ledger of 2,000 unit sheets passes 150,000 rows, past what a spread fits on the stack.
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const range = sheet.Range(boxAddress({ top: 0, left: 0, bottom: rows.length - 1, right: width - 1 }));
  range.NumberFormat = "@";
  range.Value2 = rows.map((r) => Array.from({ length: width }, (_, i): CellValue | string => r[i] ?? ""));
}

type FillChange = FillWrite["fill"];

function sameChange(a: FillChange, b: FillChange): boolean {
  if ("set" in a) return "set" in b && a.set === b.set;
  return "restore" in b && a.restore.color === b.restore.color;
}

/** Fills by vertical runs of the same change; comments one per cell, as ET has them. */
export function writeMarks(sheetOf: (name: string) => EtWorksheet, fills: readonly FillWrite[], notes: readonly NoteWrite[]): void {
  const runs = groupRuns(fills.map((f) => ({ sheet: f.sheet, cell: f.cell, value: f.fill })), sameChange);
  for (const piece of runs.flatMap(chunkRun)) {
    const change = piece.values[0];
    if (!change) continue;
    const box = { top: piece.top, left: piece.col, bottom: piece.top + piece.values.length - 1, right: piece.col };
    const interior = sheetOf(piece.sheet).Range(boxAddress(box)).Interior;
    const color = "set" in change ? change.set : change.restore.color;
    if (color === null) interior.Pattern = XL_NONE;
    else interior.Color = colorToBgr(color);
  }
  for (const op of notes) {
    const cell = sheetOf(op.sheet).Range(op.cell);
    if (op.op === "add") cell.AddComment(op.text);
    else if (op.op === "update") cell.Comment?.Text(op.text);
    else cell.ClearComments();
  }
}
