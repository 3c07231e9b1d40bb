import type { Report, RubricChoices, StoredChoice } from "../../core";
import { buildReport, LEDGER_SHEET, MARKS_SHEET, readLedger, readStoredChoice, scoreWorkbook, SUMMARY_SHEET } from "../../core";
import type { HostFailure, HostPort } from "../port";
import { hostChoices, scoreOptionsOf } from "../score-options";

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
  /** The rubric of every table, as the actions will score it, and why. */
  readonly choices: RubricChoices;
  /** The choice as stored in the workbook (what the pane's pickers show). */
  readonly stored: StoredChoice;
}

/**
 * Reads the whole workbook in one "look" session (one read, as every
 * action's: Excel 2 syncs plus one per chunk) and scores it in memory only:
 * the pane's status and findings when it opens. Any host.
 */
export async function inspectWorkbook(host: HostPort): Promise<WorkbookOverview | HostFailure> {
  return host.session("look", async (session): Promise<WorkbookOverview> => {
    const read = await session.read();
    const sheets = read.grid.sheets;
    const stored = readStoredChoice(read.grid);
    const choices = hostChoices(read.grid, stored);
    const score = scoreWorkbook({ sheets: sheets.filter((s) => s.name !== MARKS_SHEET) }, scoreOptionsOf(choices));
    return {
      ok: true,
      report: buildReport(score.units, score.findings),
      tables: score.units.length,
      units: [...new Set(score.units.map((u) => u.unit))],
      written: readLedger(sheets.find((s) => s.name === LEDGER_SHEET)).size,
      summary: sheets.some((s) => s.name === SUMMARY_SHEET),
      choices,
      stored,
    };
  });
}
