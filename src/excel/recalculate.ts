import type { Finding, Report } from "../core";
import { buildReport, LEDGER_SHEET, scoreWorkbook } from "../core";
import { finding } from "../core";
import { readWorkbook } from "./read-workbook";
import { writeResults } from "./write-results";

export interface RecalculateOutcome {
  readonly report: Report;
  readonly written: number;
}

/**
 * 重新计算: read everything, score in the core, write every result in one
 * batch — three round trips to Excel whatever the workbook's size (two
 * when only checking: 提交前校验 writes nothing). Sheets
 * that are protected are not written; each gets a finding instead.
 */
export async function recalculate(context: Excel.RequestContext, canReadMerges: boolean, write = true): Promise<RecalculateOutcome> {
  const read = await readWorkbook(context, canReadMerges);
  const score = scoreWorkbook(read.grid);
  const blocked = new Map<string, number>();
  const writes = score.writes.filter((w) => {
    if (!read.protectedSheets.has(w.sheet)) return true;
    blocked.set(w.sheet, (blocked.get(w.sheet) ?? 0) + 1);
    return false;
  });
  const findings: Finding[] = [...score.findings];
  for (const [sheet, count] of blocked) findings.push(finding("SHEET_PROTECTED", sheet, "", { count: String(count) }));
  const blockedCells = new Set(score.writes.filter((w) => blocked.has(w.sheet)).map((w) => `${w.sheet}!${w.cell}`));
  const ledger = score.ledger.filter((e) => !blockedCells.has(`${e.sheet}!${e.cell}`));
  const ledgerExists = read.grid.sheets.some((s) => s.name === LEDGER_SHEET);
  if (!write) return { report: buildReport(score.units, findings), written: 0 };
  await writeResults(context, writes, ledger, ledgerExists);
  return { report: buildReport(score.units, findings), written: writes.length };
}
