import { existsSync } from "node:fs";
import type ExcelJS from "exceljs";
import type { Report, ScoreOptions, WorkbookScore } from "../../core";
import { buildReport, scoreWorkbook } from "../../core";
import { loadWorkbook, workbookToGrid } from "../xlsx/read-workbook";

export class InputError extends Error {}

export interface ScoringRun {
  readonly workbook: ExcelJS.Workbook;
  readonly score: WorkbookScore;
  readonly report: Report;
}

/** Opens an .xlsx; a missing or unreadable file becomes a clear InputError. */
export async function openWorkbook(path: string): Promise<ExcelJS.Workbook> {
  if (!existsSync(path)) throw new InputError(`找不到文件：${path} / File not found`);
  let workbook: ExcelJS.Workbook;
  try {
    workbook = await loadWorkbook(path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputError(`无法读取 ${path}：不是有效的 .xlsx 文件（可能已加密或损坏）/ Cannot read the workbook: ${reason}`);
  }
  // A zip that is no workbook (a renamed .docx) opens without error but holds no sheet.
  if (workbook.worksheets.length === 0) throw new InputError(`无法读取 ${path}：文件中没有工作表，不是有效的 .xlsx 文件 / Not an Excel workbook: it has no sheets`);
  return workbook;
}

/** Reads an .xlsx and scores it. */
export async function runScoring(path: string, options: ScoreOptions = {}): Promise<ScoringRun> {
  const workbook = await openWorkbook(path);
  const score = scoreWorkbook(workbookToGrid(workbook), options);
  return { workbook, score, report: buildReport(score.units, score.findings) };
}
