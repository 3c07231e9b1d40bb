import { mountPane } from "./pane";
import { ZH_CN } from "./strings-zh-cn";

// The pane's entry: taskpane.html holds only the root the pane is built in.
Office.onReady((info) => {
  const root = document.getElementById("kaohe-pane");
  if (!root) return;
  if (info.host !== Office.HostType.Excel) {
    root.textContent = ZH_CN.notExcel;
    return;
  }
  mountPane(root);
});
