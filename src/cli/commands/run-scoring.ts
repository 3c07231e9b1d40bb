import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import type { Report, ScoreOptions, WorkbookGrid, WorkbookScore } from "../../core";
import { buildReport, LEDGER_SHEET, ledgerRows, scoreWorkbook } from "../../core";
import { readFailureMessage } from "../io/file-errors";
import { checkPackage, readPackage } from "../xlsx/check-package";
import { PackageError, workbookPart } from "../xlsx/package-parts";
import { withRawCellValues } from "../xlsx/raw-cell-values";
import { withCdataExpanded } from "../xlsx/expand-cdata";
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

export function damaged(path: string, error: PackageError): InputError {
  const where = error.sheet ? `（工作表“${error.sheet}”）` : "";
  const what = {
    missing: `缺少部件 ${error.part}${where}`,
    damaged: `部件 ${error.part}${where}不完整或已损坏`,
    "unreadable-name": `部件 ${error.part}${where}的名称不是 Excel 的标准命名，Kaohe 无法读取该工作表`,
    "shared-string-out-of-range": `单元格 ${error.detail?.cell ?? ""}${where}引用第 ${error.detail?.index ?? ""} 号共享字符串，但共享字符串表只有 ${error.detail?.count ?? 0} 项（${error.part}）`,
    "invalid-cell": `部件 ${error.part}${where}的单元格 ${error.detail?.cell ?? ""} 已损坏：${error.detail?.text ?? ""}`,
    "missing-relationship": `工作表“${error.sheet ?? ""}”的关系 ${error.detail?.cell ?? ""} 在 ${error.part} 中不存在，找不到它的内容`,
    "duplicate-sheet": `${error.part} 中有两个工作表都叫“${error.sheet ?? ""}”（Excel 的工作表名不区分大小写）`,
    "utf-16": `部件 ${error.part}${where}以 UTF-16 编码保存，Kaohe 只能读取 UTF-8 编码的部件（Excel 保存的文件都是 UTF-8）`,
    doctype: `部件 ${error.part} 含有 DOCTYPE（文档类型声明），Excel 的文件中不允许出现，Kaohe 不读取这样的文件`,
    "too-large": `解压后超过 ${error.detail?.count ?? ""} MB（到部件 ${error.part} 已有 ${error.detail?.index ?? ""} MB），不像评分表，可能是损坏的或恶意构造的压缩包`,
    duplicate: `压缩包中部件 ${error.part} 出现了两次，无法确定哪一份是工作簿的内容`,
    "beyond-sheet-limits": `部件 ${error.part}${where}中的${error.detail?.cell ? `单元格 ${error.detail.cell}` : `第 ${error.detail?.index ?? ""} 行`}超出了 Excel 工作表的范围（最多 1048576 行、16384 列即 XFD 列）`,
  }[error.problem];
  const english = {
    missing: `part ${error.part} is missing`,
    damaged: `part ${error.part} is truncated or damaged`,
    "unreadable-name": `part ${error.part} has a name Kaohe cannot read`,
    "shared-string-out-of-range": `cell ${error.detail?.cell ?? ""} points past the shared strings`,
    "invalid-cell": `cell ${error.detail?.cell ?? ""} in ${error.part} is invalid`,
    "missing-relationship": `sheet "${error.sheet ?? ""}" has no relationship ${error.detail?.cell ?? ""} in ${error.part}`,
    "duplicate-sheet": `two sheets are named "${error.sheet ?? ""}"`,
    "utf-16": `part ${error.part} is UTF-16, Kaohe reads UTF-8 parts only`,
    doctype: `part ${error.part} holds a DOCTYPE, which no Excel file may`,
    "too-large": `it would inflate past ${error.detail?.count ?? ""} MB`,
    duplicate: `part ${error.part} is stored twice in the zip`,
    "beyond-sheet-limits": `${error.detail?.cell ? `cell ${error.detail.cell}` : `row ${error.detail?.index ?? ""}`} in ${error.part} is beyond Excel's 1,048,576 rows / column XFD`,
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
    const readable = withCdataExpanded(pkg) ?? bytes;
    await workbook.xlsx.load(readable as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    throw unreadable(path);
  }
  // A zip that is no workbook (a renamed .docx) opens without error but holds no sheet; a workbook of chart sheets only has none to score.
  if (workbook.worksheets.length === 0) {
    if (/<(?:\w+:)?sheet\b/.test(pkg.text(workbookPart(pkg)) ?? ""))
      throw new InputError(`无法评分 ${path}：工作簿中只有图表工作表，没有可评分的表格 / The workbook holds chart sheets only: no table to score`);
    throw new InputError(`无法读取 ${path}：文件中没有工作表，不是有效的 .xlsx 文件 / Not an Excel workbook: it has no sheets`);
  }
  return { workbook, pkg };
}

/**
 * A sheet of the user's named like Kaohe's ledger (_kaohe, or _KAOHE: Excel
 * compares sheet names without case) would be skipped as Kaohe's own and
 * then overwritten by the ledger, or given a twin Excel calls damaged.
 */
function checkLedgerName(grid: WorkbookGrid, path: string): void {
  for (const sheet of grid.sheets) {
    if (sheet.name.toLowerCase() !== LEDGER_SHEET.toLowerCase()) continue;
    const header = sheet.values[0] ?? [];
    if (sheet.name === LEDGER_SHEET && (ledgerRows([])[0] ?? []).every((h, i) => header[i] === h)) continue;
    throw new InputError(
      `无法评分 ${path}：工作簿中已有名为“${sheet.name}”的工作表，与 Kaohe 的记录表 ${LEDGER_SHEET} 同名，Kaohe 不会读取或覆盖它。请把该工作表改名后重试 / A sheet named "${sheet.name}" clashes with Kaohe's ledger sheet: rename it and retry`,
    );
  }
}

/** The cells as the core reads them: exceljs's reading, with the cells it misreads as numbers taken from the XML (raw-cell-values.ts). */
export function gridOf(opened: OpenedWorkbook, path: string): WorkbookGrid {
  const grid = withRawCellValues(workbookToGrid(opened.workbook), opened.pkg);
  checkLedgerName(grid, path);
  return grid;
}

/** Opens an .xlsx and reads its cells for the core. */
export async function openGrid(path: string): Promise<WorkbookGrid> {
  return gridOf(await openPackage(path), path);
}

/** Opens an .xlsx; a missing or unreadable file becomes a clear InputError. */
export async function openWorkbook(path: string): Promise<ExcelJS.Workbook> {
  return (await openPackage(path)).workbook;
}

/** Reads an .xlsx and scores it. */
export async function runScoring(path: string, options: ScoreOptions = {}): Promise<ScoringRun> {
  const opened = await openPackage(path);
  const score = scoreWorkbook(gridOf(opened, path), options);
  return { ...opened, score, report: buildReport(score.units, score.findings) };
}
