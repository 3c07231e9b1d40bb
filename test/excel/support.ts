// ExcelSupport as checkExcelSupport computes it for a host with ExcelApi
// 1.0 … 1.`minor`, for tests that call the adapter below run-actions.
import type { ExcelSupport } from "../../src/excel/requirements";
import { checkExcelSupport } from "../../src/excel/requirements";
import { FakeDocument, installExcel } from "../../src/preview/fake-excel";

/** A bare Office global: requirements only, plus whatever a test adds. */
export function installOfficeStub(maxMinor: number, extra: Record<string, unknown> = {}, dialogApi = false): () => void {
  const isSetSupported = (name: string, version?: string): boolean => {
    const minor = Number((version ?? "1.1").split(".")[1] ?? "0");
    if (name === "DialogApi") return dialogApi && minor <= 2;
    return name === "ExcelApi" && minor <= maxMinor;
  };
  const extraContext = (extra.context ?? {}) as Record<string, unknown>;
  const office = { ...extra, context: { ...extraContext, requirements: { isSetSupported } } };
  const global = globalThis as { Office?: unknown };
  const before = global.Office;
  global.Office = office;
  return () => {
    if (before === undefined) delete global.Office;
    else global.Office = before;
  };
}

/** With `library`, the loaded office.js has the proxies of ExcelApi 1.0 … 1.`library` (default: as the host). */
export function supportAt(minor: number, library = minor): ExcelSupport {
  const restore = installOfficeStub(minor);
  const doc = new FakeDocument();
  doc.libraryApi = library;
  const excel = installExcel(doc);
  try {
    return checkExcelSupport();
  } finally {
    excel.uninstall();
    restore();
  }
}

/** The newest host: notes, tint, page layout, undo groups. */
export const FULL = supportAt(20);
