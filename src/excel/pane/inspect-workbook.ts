import type { Report } from "../../core";
import { buildReport, LEDGER_SHEET, MARKS_SHEET, readLedger, scoreWorkbook, SUMMARY_SHEET } from "../../core";
import { hostScoreOptions } from "../../host/score-options";
import { explainError } from "../explain-error";
import { readWorkbook } from "../read-workbook";
import { checkExcelSupport } from "../requirements";
import type { Failure } from "../run-actions";

/** What the pane shows of a workbook before anything is run: read only, nothing written or marked. */
export interface WorkbookOverview {
  readonly ok: true;
  /** The findings a recalculation would make, and each unit's total as it would be. */
  readonly report: Report;
  /** Scoresheet tables recognised (a sheet may hold two; an assessor's matrix one per unit). */
  readonly tables: number;
  /** Units found, in sheet order, each once. */
  readonly units: readonly string[];
  /** Cells Kaohe's ledger says it wrote (0: never calculated, or undone). */
  readonly written: number;
  /** Whether a 汇总 sheet exists. */
  readonly summary: boolean;
}

/**
 * Reads the whole workbook (two round trips, as every action's read) and
 * scores it in memory only: the pane's status and findings when it opens.
 */
export async function inspectWorkbook(): Promise<WorkbookOverview | Failure> {
  const support = checkExcelSupport();
  if (!support.ok) return { ok: false, message: support.message ?? "" };
  try {
    return await Excel.run({ delayForCellEdit: true }, async (context) => {
      const read = await readWorkbook(context, support.merges);
      const sheets = read.grid.sheets;
      const score = scoreWorkbook({ sheets: sheets.filter((s) => s.name !== MARKS_SHEET) }, hostScoreOptions(read.grid));
      return {
        ok: true as const,
        report: buildReport(score.units, score.findings),
        tables: score.units.length,
        units: [...new Set(score.units.map((u) => u.unit))],
        written: readLedger(sheets.find((s) => s.name === LEDGER_SHEET)).size,
        summary: sheets.some((s) => s.name === SUMMARY_SHEET),
      };
    });
  } catch (error) {
    return { ok: false, message: explainError(error) };
  }
}
