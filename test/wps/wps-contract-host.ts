// The WPS adapter (src/wps) over the strict fake ET, for the contract suite:
// the same .xlsx opened as WPS would hold it, 重新计算 then 生成汇总 through
// the host actions over createWpsHost.
import { SUMMARY_SHEET } from "../../src/core";
import { loadWorkbook } from "../../src/cli/xlsx/read-workbook";
import { runHostAction, runScoring } from "../../src/host/actions/run-action";
import { documentFromExcelJs } from "../../src/preview/fake-excel";
import type { FakeDocument } from "../../src/preview/fake-excel";
import { createWpsHost } from "../../src/wps";
import { fakeEt } from "../../src/wps/fake-et/fake-et";

export type SheetCells = (string | number | boolean)[][];

function summaryCells(doc: FakeDocument): SheetCells {
  const sheet = doc.sheet(SUMMARY_SHEET);
  const box = sheet?.usedBox(true);
  if (!sheet || !box) return [];
  return Array.from({ length: box.bottom + 1 }, (_, r) => Array.from({ length: box.right + 1 }, (_, c) => sheet.cell(r, c)?.value ?? ""));
}

export const wpsContractHost = {
  name: "WPS 表格 (fake ET)",
  async run(file: string) {
    const doc = documentFromExcelJs(await loadWorkbook(file));
    const host = createWpsHost(fakeEt(doc).application);
    const recalculated = await runScoring(host, "recalculate");
    if (!recalculated.ok) throw new Error(`重新计算 failed: ${recalculated.message}`);
    const summarised = await runHostAction(host, "summary");
    if (!summarised.ok) throw new Error(`生成汇总 failed: ${summarised.message}`);
    if (!("report" in summarised)) throw new Error("生成汇总 gave no report");
    return { report: recalculated.report, summary: summaryCells(doc) };
  },
};
