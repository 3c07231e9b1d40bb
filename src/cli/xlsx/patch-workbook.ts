import type { CellWrite, LedgerEntry } from "../../core";
import { dropFromCalcChain } from "./calc-chain";
import { writeLedger } from "./ledger-part";
import { PackageError, sheetParts } from "./package-parts";
import { sealOutput } from "./output-seal";
import { patchSheetXml } from "./patch-sheet-xml";
import type { XlsxPackage } from "./xlsx-package";

/**
 * The scored copy: the user's own package with only the written cells'
 * <c> elements changed in the written sheets, and Kaohe's ledger sheet
 * added or rewritten, sealed (output-seal.ts) so a later run knows whether
 * the file is still exactly as Kaohe left it. Every other zip entry keeps
 * its bytes.
 */
export function patchWorkbook(original: XlsxPackage, writes: readonly CellWrite[], ledger: readonly LedgerEntry[]): Uint8Array {
  const pkg = original.clone();
  const sheets = sheetParts(pkg);
  const bySheet = new Map<string, Map<string, number>>();
  for (const write of writes) {
    const cells = bySheet.get(write.sheet) ?? new Map<string, number>();
    cells.set(write.cell, write.value);
    bySheet.set(write.sheet, cells);
  }
  const dropped = new Map<string, Set<string>>();
  for (const [name, cells] of bySheet) {
    const sheet = sheets.find((s) => s.name === name);
    if (!sheet) continue;
    const xml = sheet.part ? pkg.text(sheet.part) : undefined;
    if (xml === undefined) throw new PackageError(sheet.part, "missing", name);
    const patched = patchSheetXml(xml, cells);
    pkg.setText(sheet.part, patched.xml);
    if (patched.droppedFormulas.length > 0) dropped.set(sheet.sheetId, new Set(patched.droppedFormulas));
  }
  dropFromCalcChain(pkg, dropped);
  writeLedger(pkg, ledger);
  sealOutput(pkg);
  return pkg.write();
}
