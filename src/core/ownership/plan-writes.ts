import Decimal from "decimal.js";
import { parseA1 } from "../grid/a1";
import type { CellValue, SheetGrid } from "../grid/sheet-grid";
import { cellValue } from "../grid/sheet-grid";
import type { Finding } from "../findings/finding";
import { finding } from "../findings/finding";
import type { ScoreOutput } from "../scoring/unit-result";
import { cellText } from "../text/cell-text";
import type { Ledger, LedgerEntry } from "./ledger";
import { ledgerKey } from "./ledger";

export interface CellWrite {
  readonly sheet: string;
  readonly cell: string;
  /** Scores are written as numbers so the sheet's own formulas can use them. */
  readonly value: number;
  readonly previous: CellValue;
}

export interface WritePlan {
  readonly writes: readonly CellWrite[];
  /** The ledger after the writes: every cell Kaohe now owns. */
  readonly ledger: readonly LedgerEntry[];
  readonly findings: readonly Finding[];
}

function sameNumber(value: CellValue, text: string): boolean {
  if (text === "" || value === null || typeof value === "boolean") return false;
  try {
    return new Decimal(typeof value === "number" ? value : value.trim()).eq(text);
  } catch {
    return false;
  }
}

/**
 * Decides which outputs may be written: an empty cell, or one still holding
 * what Kaohe wrote last time. A formula or a value Kaohe did not write is
 * left alone and reported (DESIGN.md §3 Ownership), so nothing typed is lost
 * and running twice changes nothing the second time.
 */
export function planWrites(outputs: readonly ScoreOutput[], sheets: ReadonlyMap<string, SheetGrid>, ledger: Ledger): WritePlan {
  const writes: CellWrite[] = [];
  const findings: Finding[] = [];
  const owned = new Map<string, LedgerEntry>();
  for (const out of outputs) {
    const sheet = sheets.get(out.sheet);
    const pos = parseA1(out.cell);
    if (!sheet || !pos) continue;
    const current = cellValue(sheet, pos.row, pos.col);
    const formula = sheet.formulas?.[out.cell];
    const key = ledgerKey(out.sheet, out.cell);
    const mine = ledger.get(key);
    const computed = out.value.toFixed();
    if (formula !== undefined) {
      findings.push(finding("OUTPUT_FOREIGN_FORMULA", out.sheet, out.cell, { formula, computed }));
      continue;
    }
    const empty = current === null || cellText(current).trim() === "";
    if (!empty && !(mine && sameNumber(current, mine.written))) {
      findings.push(finding("OUTPUT_FOREIGN_VALUE", out.sheet, out.cell, { value: cellText(current), computed }));
      continue;
    }
    const value = out.value.toNumber();
    if (!Number.isFinite(value)) {
      // A number no cell can hold (1e308 points added up): writing it would leave a file Excel cannot open.
      findings.push(finding("OUTPUT_NOT_WRITABLE", out.sheet, out.cell, { computed: out.value.toExponential(3) }));
      continue;
    }
    writes.push({ sheet: out.sheet, cell: out.cell, value, previous: current });
    // The value before Kaohe first wrote here stays the one 撤销 restores, however often it reruns.
    owned.set(key, { sheet: out.sheet, cell: out.cell, written: computed, previous: mine ? mine.previous : cellText(current) });
  }
  // Cells Kaohe owned before but did not write this time stay Kaohe's.
  for (const [key, entry] of ledger) if (!owned.has(key)) owned.set(key, entry);
  return { writes, ledger: [...owned.values()], findings };
}
