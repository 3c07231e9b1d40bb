import { dirname, join } from "node:path";
import type ExcelJS from "exceljs";
import { LEDGER_SHEET, ledgerRows } from "../../core";
import type { CliOptions } from "../args";
import { writeFileAtomic } from "../io/atomic-write";
import { freeDefaultOutput, guardOutputs } from "../io/guard-paths";
import { sealOutput } from "./output-seal";
import { XlsxPackage } from "./xlsx-package";

/**
 * Where `kaohe summary` writes: --out as given (replaced only once the new
 * file is complete), else 汇总.xlsx beside the first input unless a file of
 * that name is someone else's — then 汇总（2）.xlsx, and the user is told.
 * Refuses an --out or --json that is one of the inputs.
 */
export function summaryOutPath(options: Pick<CliOptions, "out" | "json" | "quiet">, inputs: readonly string[]): string {
  const chosen = options.out !== undefined ? { path: options.out } : freeDefaultOutput(join(dirname(inputs[0] ?? "."), "汇总.xlsx"));
  guardOutputs(inputs, { out: chosen.path, ...(options.json === undefined ? {} : { json: options.json }) });
  if ("note" in chosen && chosen.note) (options.quiet ? console.error : console.log)(chosen.note);
  return chosen.path;
}

/**
 * The summary workbook, marked as Kaohe's own by an (empty) very hidden
 * ledger sheet and sealed (output-seal.ts) — how a later run knows it may
 * replace the file: only while nobody has changed it — and written
 * atomically.
 */
export async function writeSummaryWorkbook(workbook: ExcelJS.Workbook, out: string): Promise<void> {
  if (!workbook.getWorksheet(LEDGER_SHEET)) {
    const ledger = workbook.addWorksheet(LEDGER_SHEET, { state: "veryHidden" });
    for (const row of ledgerRows([])) ledger.addRow(row);
  }
  const pkg = XlsxPackage.read(new Uint8Array(await workbook.xlsx.writeBuffer()));
  sealOutput(pkg);
  writeFileAtomic(out, pkg.write());
}
