/**
 * The preview over WPS 表格 (?host=wps): one fake ET per workbook
 * (src/wps/fake-et), whose ribbon runs as the WPS 加载项's entry page runs
 * it (runRibbonAction: the outcome kept in PluginStorage) and whose pane
 * opens the way 打开面板 opens it in WPS — togglePane calls the fake's
 * CreateTaskPane / GetTaskPane, and the pane (src/taskpane) is mounted over
 * the WPS host when the fake's task pane is first shown, and hidden and
 * shown again with it, as WPS keeps a hidden pane's page alive.
 */
import type { KaoheAction } from "../../host/actions/run-action";
import type { HostPort } from "../../host/port";
import { mountPane } from "../../taskpane/pane";
import { createWpsHost } from "../../wps";
import { paneUrl, togglePane } from "../../wps/addin/open-pane";
import { runRibbonAction } from "../../wps/addin/ribbon-actions";
import { fakeEt } from "../../wps/fake-et/fake-et";
import { wpsPanePort } from "../../wps/pane-entry";
import type { FakeDocument } from "../fake-excel";

export interface WpsPreview {
  /** The WPS host of the ribbon's page, for the status line (the last command's record in PluginStorage). */
  readonly host: HostPort;
  /** One ribbon button, as src/wps/addin/main.ts runs it. */
  run(action: KaoheAction): Promise<void>;
  /** 打开面板, as src/wps/addin/main.ts runs it. */
  openPane(): void;
}

export const OPEN_PANE_HINT = "点击功能区的“打开面板”打开任务窗格 / Click 打开面板 (Open pane) on the ribbon";

export function wpsPreview(doc: FakeDocument, paneRoot: HTMLElement, displayLanguage: string): WpsPreview {
  const et = fakeEt(doc);
  const box = paneRoot.closest("aside") ?? paneRoot;
  let mounted = false;
  box.hidden = false;
  paneRoot.textContent = OPEN_PANE_HINT;
  et.state.taskPanes.onVisible = (pane) => {
    box.hidden = !pane.visible;
    if (!pane.visible || mounted) return;
    mounted = true;
    // The pane's page has its own window.Application in WPS; here it is the same fake ET.
    mountPane(paneRoot, { port: wpsPanePort(et.application), displayLanguage });
  };
  return {
    host: createWpsHost(et.application),
    async run(action) {
      await runRibbonAction(et.application, action);
    },
    openPane() {
      togglePane(et.application, paneUrl(location.href));
    },
  };
}
