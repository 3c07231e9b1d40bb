import type { HostPort } from "../host/port";
import { createExcelHost } from "./excel-host";

/** What the pane needs from Excel to start: the host port, the UI language, and a way to hear of settings changed elsewhere. */
export interface ExcelPaneStart {
  readonly port: HostPort;
  readonly displayLanguage: string;
  readonly watchSettings: (changed: () => void) => void;
}

/** Office's settings-changed event (co-authoring, or the ribbon's commands where the host tells). */
function watchSettings(changed: () => void): void {
  Office.context.document.settings.addHandlerAsync(Office.EventType.SettingsChanged, changed);
}

/**
 * Waits for Office, then starts the pane over the Excel host — or says it is
 * not in Excel. Office.js stays here, in the adapter; the pane gets a port.
 */
export function whenExcelReady(start: (excel: ExcelPaneStart) => void, notExcel: () => void): void {
  void Office.onReady((info) => {
    if (info.host !== Office.HostType.Excel) {
      notExcel();
      return;
    }
    start({ port: createExcelHost(), displayLanguage: Office.context.displayLanguage, watchSettings });
  });
}
