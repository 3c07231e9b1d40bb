import { whenExcelReady } from "../excel/pane-entry";
import { mountPane } from "./pane";
import { ZH_CN } from "./strings-zh-cn";

// The pane's Excel entry: taskpane.html holds only the root the pane is
// built in; the pane reaches Excel only through the host port the adapter makes.
const root = document.getElementById("kaohe-pane");
if (root) {
  whenExcelReady(
    (excel) => mountPane(root, excel),
    () => {
      root.textContent = ZH_CN.notExcel;
    },
  );
}
