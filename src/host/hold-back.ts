import type { CellWrite, Finding, LedgerEntry, WorkbookGrid } from "../core";
import { finding, LEDGER_SHEET, readLedger } from "../core";

export interface HeldBack {
  readonly writes: readonly CellWrite[];
  readonly ledger: readonly LedgerEntry[];
  readonly findings: readonly Finding[];
}

/**
 * Holds back the writes to protected sheets (a write there fails the whole
 * batch with AccessDenied). Their cells keep the ledger entries they had
 * before this run: dropping them would make cells Kaohe wrote earlier look
 * like the user's once the sheet is unprotected.
 */
export function holdBackProtected(
  writes: readonly CellWrite[],
  ledger: readonly LedgerEntry[],
  before: WorkbookGrid,
  protectedSheets: ReadonlySet<string>,
): HeldBack {
  const counts = new Map<string, number>();
  const allowed = writes.filter((w) => {
    if (!protectedSheets.has(w.sheet)) return true;
    counts.set(w.sheet, (counts.get(w.sheet) ?? 0) + 1);
    return false;
  });
  const findings = [...counts].map(([sheet, count]) => finding("SHEET_PROTECTED", sheet, "", { count: String(count) }));
  const blocked = new Set(writes.filter((w) => counts.has(w.sheet)).map((w) => `${w.sheet}!${w.cell}`));
  const previous = readLedger(before.sheets.find((s) => s.name === LEDGER_SHEET));
  const kept = ledger.flatMap((e) => {
    const key = `${e.sheet}!${e.cell}`;
    if (!blocked.has(key)) return [e];
    const old = previous.get(key);
    return old ? [old] : [];
  });
  return { writes: allowed, ledger: kept, findings };
}
