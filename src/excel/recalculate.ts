import type { CellWrite, Finding, LedgerEntry, Report, WorkbookGrid } from "../core";
import { buildReport, finding, LEDGER_SHEET, readLedger, scoreWorkbook } from "../core";
// Not on the core's public surface (index.ts) yet; the adapter needs the
// ledger as it was before this run to keep what a protected sheet still owns.
import { readWorkbook } from "./read-workbook";
import { writeResults } from "./write-results";

export interface RecalculateOutcome {
  readonly report: Report;
  readonly written: number;
  /** The workbook as read before writing: callers decide from it without another round trip. */
  readonly grid: WorkbookGrid;
}

/**
 * Round trips per recalculation, whatever the workbook's size: two reads
 * (sheet list; everything else) and one write. The adapter tests measure it.
 */
export const RECALCULATE_SYNCS = { write: 3, check: 2 } as const;

interface Blocked {
  readonly writes: readonly CellWrite[];
  readonly ledger: readonly LedgerEntry[];
  readonly findings: readonly Finding[];
}

/**
 * Holds back the writes to protected sheets. Their cells keep the ledger
 * entries they had before this run: dropping them would make cells Kaohe
 * wrote earlier look like the user's once the sheet is unprotected.
 */
function holdBackProtected(
  writes: readonly CellWrite[],
  ledger: readonly LedgerEntry[],
  before: WorkbookGrid,
  protectedSheets: ReadonlySet<string>,
): Blocked {
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

/**
 * 重新计算: read everything, score in the core, write every result in one
 * batch — RECALCULATE_SYNCS round trips to Excel whatever the workbook's size
 * (one fewer when only checking: 提交前校验 writes nothing). Sheets that are
 * protected are not written; each gets a finding instead.
 */
export async function recalculate(context: Excel.RequestContext, canReadMerges: boolean, write = true): Promise<RecalculateOutcome> {
  const read = await readWorkbook(context, canReadMerges);
  const score = scoreWorkbook(read.grid);
  const held = holdBackProtected(score.writes, score.ledger, read.grid, read.protectedSheets);
  const report = buildReport(score.units, [...score.findings, ...held.findings]);
  if (!write) return { report, written: 0, grid: read.grid };
  const ledgerExists = read.grid.sheets.some((s) => s.name === LEDGER_SHEET);
  await writeResults(context, held.writes, held.ledger, ledgerExists);
  return { report, written: held.writes.length, grid: read.grid };
}
