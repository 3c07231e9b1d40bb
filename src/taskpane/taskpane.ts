import { createExcelHost } from "../excel/excel-host";
import { mountPane } from "./pane";
import { ZH_CN } from "./strings-zh-cn";

/** Office's settings-changed event (co-authoring, or the ribbon's commands where the host tells). */
function watchSettings(changed: () => void): void {
  Office.context.document.settings.addHandlerAsync(Office.EventType.SettingsChanged, changed);
}

// The pane's Excel entry: taskpane.html holds only the root the pane is
// built in; the pane reaches Excel only through the host port made here.
Office.onReady((info) => {
  const root = document.getElementById("kaohe-pane");
  if (!root) return;
  if (info.host !== Office.HostType.Excel) {
    root.textContent = ZH_CN.notExcel;
    return;
  }
  mountPane(root, { port: createExcelHost(), displayLanguage: Office.context.displayLanguage, watchSettings });
});
