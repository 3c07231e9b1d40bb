import type ExcelJS from "exceljs";
import type { FakeDocument } from "../fake-excel";
import { documentFromExcelJs } from "../fake-excel";
import type { WorkbookLook } from "./sheet-look";
import { readLook } from "./sheet-look";

/**
 * exceljs's own browser build (vendor/exceljs.min.js, copied from the
 * package by webpack), loaded by preview.html before the preview's bundle:
 * the .xlsx is parsed here in the page, never sent anywhere.
 */
type ExcelJsGlobal = { readonly Workbook: new () => ExcelJS.Workbook };

function excelJs(): ExcelJsGlobal {
  const lib = (globalThis as { ExcelJS?: ExcelJsGlobal }).ExcelJS;
  if (!lib) throw new Error("vendor/exceljs.min.js did not load");
  return lib;
}

export interface LoadedWorkbook {
  readonly name: string;
  readonly doc: FakeDocument;
  readonly look: WorkbookLook;
}

/** An .xlsx as Excel would hold it (the adapter tests' documentFromExcelJs), with its look for drawing. */
export async function loadWorkbook(name: string, data: ArrayBuffer): Promise<LoadedWorkbook> {
  const workbook = new (excelJs().Workbook)();
  await workbook.xlsx.load(data);
  return { name, doc: documentFromExcelJs(workbook), look: readLook(workbook) };
}

/** Fetches a workbook from the preview's own server (/example/…). */
export async function fetchWorkbook(file: string): Promise<LoadedWorkbook> {
  const response = await fetch(`example/${encodeURIComponent(file)}`);
  if (!response.ok) throw new Error(`example/${file}: ${response.status} ${response.statusText}`);
  return loadWorkbook(file, await response.arrayBuffer());
}

/** The workbooks `npm start` built into out/example/: the two examples first, then the layout fixtures. */
export async function listWorkbooks(): Promise<string[]> {
  const files = ["岳阳-县市区-示例.xlsx", "岳阳-县市区-留空.xlsx"];
  try {
    const response = await fetch("example/fixtures.json");
    if (!response.ok) return files;
    const index = (await response.json()) as readonly { readonly file?: unknown }[];
    for (const entry of index) if (typeof entry.file === "string" && !files.includes(entry.file)) files.push(entry.file);
  } catch {
    // The list is a convenience: the default workbook is enough.
  }
  return files;
}
