import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import type { Report, ScoreOptions, WorkbookScore } from "../../core";
import { buildReport, scoreWorkbook } from "../../core";
import { readFailureMessage } from "../io/file-errors";
import { checkPackage, readPackage } from "../xlsx/check-package";
import { PackageError } from "../xlsx/package-parts";
import { workbookToGrid } from "../xlsx/read-workbook";
import type { XlsxPackage } from "../xlsx/xlsx-package";

export class InputError extends Error {}

export interface OpenedWorkbook {
  /** For reading cells: values, formulas, merges. */
  readonly workbook: ExcelJS.Workbook;
  /** The file's own parts, for the patching writer. */
  readonly pkg: XlsxPackage;
}

export interface ScoringRun extends OpenedWorkbook {
  readonly score: WorkbookScore;
  readonly report: Report;
}

function unreadable(path: string): InputError {
  return new InputError(
    `无法读取 ${path}：不是有效的 .xlsx 文件（可能已加密或损坏）。若是 .xls、.et、.csv、.ods 或 XML 表格，请在 Excel 或 WPS 中另存为 .xlsx 后重试 / Cannot read the workbook: not a valid .xlsx (encrypted or damaged); save .xls/.et/.csv/.ods as .xlsx first`,
  );
}

function damaged(path: string, error: PackageError): InputError {
  const where = error.sheet ? `（工作表“${error.sheet}”）` : "";
  const what = {
    missing: `缺少部件 ${error.part}${where}`,
    damaged: `部件 ${error.part}${where}不完整或已损坏`,
    "unreadable-name": `部件 ${error.part}${where}的名称不是 Excel 的标准命名，Kaohe 无法读取该工作表`,
    "shared-string-out-of-range": `单元格 ${error.detail?.cell ?? ""}${where}引用第 ${error.detail?.index ?? ""} 号共享字符串，但共享字符串表只有 ${error.detail?.count ?? 0} 项（${error.part}）`,
  }[error.problem];
  const english = {
    missing: `part ${error.part} is missing`,
    damaged: `part ${error.part} is truncated or damaged`,
    "unreadable-name": `part ${error.part} has a name Kaohe cannot read`,
    "shared-string-out-of-range": `cell ${error.detail?.cell ?? ""} points past the shared strings`,
  }[error.problem];
  return new InputError(
    `无法读取 ${path}：工作簿已损坏，${what}。请在 Excel 或 WPS 中打开（必要时用“打开并修复”）并另存为 .xlsx 后重试 / The workbook is damaged: ${english}; open (and repair) it in Excel or WPS, save as .xlsx, then retry`,
  );
}

/** Opens an .xlsx/.xlsm once: its parts checked, then read by exceljs from the same bytes. */
export async function openPackage(path: string): Promise<OpenedWorkbook> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new InputError(readFailureMessage(error, path));
  }
  // A zip starts with "PK\x03\x04"; anything else (OLE: .xls, .et, an encrypted .xlsx; text: .csv, XML 2003) is not one.
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== 0x04034b50) throw unreadable(path);
  let pkg: XlsxPackage;
  try {
    pkg = readPackage(bytes);
    checkPackage(pkg);
  } catch (error) {
    if (error instanceof PackageError) throw damaged(path, error);
    throw unreadable(path);
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    throw unreadable(path);
  }
  // A zip that is no workbook (a renamed .docx) opens without error but holds no sheet.
  if (workbook.worksheets.length === 0) throw new InputError(`无法读取 ${path}：文件中没有工作表，不是有效的 .xlsx 文件 / Not an Excel workbook: it has no sheets`);
  return { workbook, pkg };
}

/** Opens an .xlsx; a missing or unreadable file becomes a clear InputError. */
export async function openWorkbook(path: string): Promise<ExcelJS.Workbook> {
  return (await openPackage(path)).workbook;
}

/** Reads an .xlsx and scores it. */
export async function runScoring(path: string, options: ScoreOptions = {}): Promise<ScoringRun> {
  const opened = await openPackage(path);
  const score = scoreWorkbook(workbookToGrid(opened.workbook), options);
  return { ...opened, score, report: buildReport(score.units, score.findings) };
}
