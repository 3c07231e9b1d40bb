// The pane page's entry in the WPS 加载项 (taskpane.html, opened by 打开面板
// with Application.CreateTaskPane): the same pane as in Excel (src/taskpane),
// over the WPS host of this page's own window.Application.
import { mountPane } from "../../taskpane/pane";
import { NOT_WPS_MESSAGE, whenWpsReady } from "../pane-entry";

const root = document.getElementById("kaohe-pane");
if (root) {
  whenWpsReady(
    window,
    (wps) => mountPane(root, wps),
    () => {
      root.textContent = NOT_WPS_MESSAGE;
    },
  );
}
