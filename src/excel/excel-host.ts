import type { CellRef, HostFailure, HostPort, HostSelection } from "../host/port";
import { explainError } from "./explain-error";
import { excelCapabilities, excelSession } from "./excel-session";
import { readSelection } from "./pane/read-selection";
import { watchSelection } from "./pane/watch-selection";
import type { ExcelSupport } from "./requirements";
import { checkExcelSupport, runOptions } from "./requirements";

function unsupported(support: ExcelSupport): HostFailure {
  return { ok: false, message: support.message ?? "" };
}

/** Selects a cell; false when the sheet or cell no longer exists (renamed, deleted). */
async function select(ref: CellRef): Promise<boolean> {
  if (ref.sheet === "") return false;
  try {
    await Excel.run(async (context) => {
      const target = context.workbook.worksheets.getItem(ref.sheet);
      target.activate();
      if (ref.cell !== "") target.getRange(ref.cell).select();
      await context.sync();
    });
    return true;
  } catch {
    return false;
  }
}

/**
 * The host port over Office.js. API support is checked when the host is
 * made (Office.context.requirements), so make one per action or per pane
 * opening, after Office.onReady.
 */
export function createExcelHost(): HostPort {
  const support = checkExcelSupport();
  return {
    capabilities: excelCapabilities(support),
    async session(kind, body) {
      if (!support.ok) return unsupported(support);
      try {
        const options: Excel.RunOptions = kind === "write" ? runOptions(support) : { delayForCellEdit: true };
        return await Excel.run(options, (context) => body(excelSession(context, support, options.mergeUndoGroup === true)));
      } catch (error) {
        return { ok: false, message: explainError(error) };
      }
    },
    select,
    async readSelection(): Promise<HostSelection | HostFailure> {
      if (!support.ok) return unsupported(support);
      try {
        return await Excel.run({ delayForCellEdit: true }, (context) => readSelection(context, support.selectedRanges));
      } catch (error) {
        return { ok: false, message: explainError(error) };
      }
    },
    watchSelection,
    async saveSetting(name, value) {
      const settings = Office.context.document.settings;
      settings.set(name, value);
      await new Promise<void>((resolve) => settings.saveAsync(() => resolve()));
    },
    async readSetting(name) {
      // The ribbon's commands run in another runtime: refresh this one's copy first where the host can.
      const settings = Office.context.document.settings;
      if (typeof settings.refreshAsync === "function") await new Promise<void>((resolve) => settings.refreshAsync(() => resolve()));
      const value: unknown = Office.context.document.settings.get(name);
      return typeof value === "string" ? value : undefined;
    },
  };
}
