import type { StoredChoice } from "../../core";
import { readStoredChoice, SETTINGS_SHEET, storedChoiceRows } from "../../core";
import type { HostSession } from "../port";

/**
 * Writes the workbook's rubric choice (and groups file) into Kaohe's very
 * hidden settings sheet, where the ribbon commands, a colleague's Kaohe
 * and the CLI's --rubric auto all read it: `update` gets the choice as
 * stored now and returns the new one. Only the settings sheet changes.
 */
export async function storeChoice(session: HostSession, update: (stored: StoredChoice) => StoredChoice): Promise<StoredChoice> {
  const read = await session.read({ merges: false });
  if (read.structureProtected && !read.grid.sheets.some((s) => s.name === SETTINGS_SHEET)) {
    throw new Error("工作簿结构受保护，无法保存细则选择；请撤销工作簿保护后重试 / The workbook's structure is protected; unprotect it to store the choice");
  }
  const next = update(readStoredChoice(read.grid));
  await session.apply({ cells: [], hiddenTables: [{ name: SETTINGS_SHEET, rows: storedChoiceRows(next) }], fills: [], notes: [] });
  return next;
}
