import type { CellRef, HostFailure, HostPort, HostSelection } from "../host/port";
import type { EtApplication, EtWorkbook } from "./et-model";
import { CELL_EDIT_MESSAGE, explainWpsError, NO_WORKBOOK_MESSAGE, READ_ONLY_MESSAGE } from "./wps-errors";
import { readWorkbook } from "./read-workbook";
import { WPS_CAPABILITIES, wpsSession } from "./wps-session";

/** Settings outside the grid live in PluginStorage, per add-in: keyed by the workbook's path. */
function settingKey(workbook: EtWorkbook, name: string): string {
  return `kaohe:${workbook.FullName}:${name}`;
}

/**
 * The host port over WPS 表格's ET object model (`Application`, as WPS
 * gives it to a 加载项's pages). The refusals come first, before any
 * change: no workbook, a cell being edited, a read-only workbook (for
 * writing actions). Protected sheets are reported by the read and held
 * back by the planners, as in Excel.
 */
export function createWpsHost(app: EtApplication): HostPort {
  const start = (kind: "write" | "look"): EtWorkbook | HostFailure => {
    const workbook = app.ActiveWorkbook;
    if (!workbook) return { ok: false, message: NO_WORKBOOK_MESSAGE };
    if (!app.Ready) return { ok: false, message: CELL_EDIT_MESSAGE };
    if (kind === "write" && workbook.ReadOnly) return { ok: false, message: READ_ONLY_MESSAGE, protected: true };
    return workbook;
  };
  const failed = (value: EtWorkbook | HostFailure): value is HostFailure => "ok" in value;
  return {
    capabilities: WPS_CAPABILITIES,
    async session(kind, body) {
      try {
        const workbook = start(kind);
        if (failed(workbook)) return workbook;
        return await body(wpsSession(workbook));
      } catch (error) {
        return { ok: false, message: explainWpsError(error) };
      }
    },
    select(ref: CellRef) {
      try {
        if (ref.sheet === "" || !app.ActiveWorkbook) return Promise.resolve(false);
        const sheet = app.ActiveWorkbook.Sheets.Item(ref.sheet);
        sheet.Activate();
        if (ref.cell !== "") sheet.Range(ref.cell).Select();
        return Promise.resolve(true);
      } catch {
        return Promise.resolve(false);
      }
    },
    readSelection(): Promise<HostSelection | HostFailure> {
      try {
        const workbook = start("look");
        if (failed(workbook)) return Promise.resolve(workbook);
        const name = app.ActiveSheet.Name;
        const cell = app.ActiveCell;
        const row = cell.Row - 1;
        const col = cell.Column - 1;
        const read = readWorkbook(workbook, true, [name]);
        const sheet = read.grid.sheets[0];
        if (!sheet) return Promise.resolve({ ok: false, message: NO_WORKBOOK_MESSAGE });
        return Promise.resolve({ sheet, protected: read.protectedSheets.has(name), row, col });
      } catch (error) {
        return Promise.resolve({ ok: false, message: explainWpsError(error) });
      }
    },
    // ET's selection event (ApiEvent SheetSelectionChange) is subscribed by the pane's own port (pane-entry.ts), not here.
    watchSelection: () => Promise.resolve(false),
    saveSetting(name, value) {
      const workbook = app.ActiveWorkbook;
      if (workbook) app.PluginStorage.setItem(settingKey(workbook, name), value);
      return Promise.resolve();
    },
    readSetting(name) {
      const workbook = app.ActiveWorkbook;
      const value = workbook ? app.PluginStorage.getItem(settingKey(workbook, name)) : null;
      return Promise.resolve(value ?? undefined);
    },
  };
}
