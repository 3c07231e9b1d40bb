// The hosts the contract suite runs every fixture through: each opens the
// .xlsx as its application would hold it, runs 重新计算 and then 生成汇总
// through its adapter, and hands back the report and the 汇总 sheet's cells.
// A new host (the WPS adapter over a fake ET) joins by adding a factory.
import type { Report } from "../../src/core";
import { SUMMARY_SHEET } from "../../src/core";
import { loadWorkbook } from "../../src/cli/xlsx/read-workbook";
import { runAction } from "../../src/excel/run-actions";
import type { FakeDocument } from "../../src/preview/fake-excel";
import { documentFromExcelJs, installExcel } from "../../src/preview/fake-excel";
import { installOfficeStub } from "../excel/support";

export type SheetCells = (string | number | boolean)[][];

export interface HostAnswer {
  /** The report of 重新计算. */
  readonly report: Report;
  /** The 汇总 sheet as 生成汇总 left it, from A1. */
  readonly summary: SheetCells;
}

export interface ContractHost {
  readonly name: string;
  run(file: string): Promise<HostAnswer>;
}

function summaryCells(doc: FakeDocument): SheetCells {
  const sheet = doc.sheet(SUMMARY_SHEET);
  const box = sheet?.usedBox(true);
  if (!sheet || !box) return [];
  return Array.from({ length: box.bottom + 1 }, (_, r) => Array.from({ length: box.right + 1 }, (_, c) => sheet.cell(r, c)?.value ?? ""));
}

/** The Excel adapter (src/excel) over the fake Excel, as the preview and the tests run it: the newest API set. */
const excelHost: ContractHost = {
  name: "Excel (fake, ExcelApi 1.20)",
  async run(file) {
    const doc = documentFromExcelJs(await loadWorkbook(file));
    const restore = installOfficeStub(20);
    const excel = installExcel(doc);
    try {
      const recalculated = await runAction("recalculate");
      if (!recalculated.ok) throw new Error(`重新计算 failed: ${recalculated.message}`);
      const summarised = await runAction("summary");
      if (!summarised.ok) throw new Error(`生成汇总 failed: ${summarised.message}`);
      return { report: recalculated.report, summary: summaryCells(doc) };
    } finally {
      excel.uninstall();
      restore();
    }
  },
};

export const CONTRACT_HOSTS: readonly ContractHost[] = [excelHost];
