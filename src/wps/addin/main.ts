/**
 * The WPS 加载项's entry (index.html): the callbacks ribbon.xml names, on
 * window.ribbon as WPS 加载项 look them up. Each action button runs its
 * action over the ET host and reports its outcome with alert(); nothing
 * there needs the pane. 打开面板 shows the same pane as in Excel
 * (taskpane.html, src/wps/addin/taskpane.ts) in a WPS task pane.
 */
import type { EtApplication } from "../et-model";
import { explainWpsError } from "../wps-errors";
import { paneUrl, togglePane } from "./open-pane";
import { runRibbonAction } from "./ribbon-actions";

interface RibbonControl {
  readonly Id: string;
}

function application(): EtApplication | undefined {
  return (window as unknown as { Application?: EtApplication }).Application;
}

const ribbon = {
  OnAddinLoad(): boolean {
    return true;
  },
  OnAction(control: RibbonControl): void {
    const app = application();
    if (!app) return;
    if (control.Id === "openPane") {
      try {
        togglePane(app, paneUrl(window.location.href));
      } catch (error) {
        alert(explainWpsError(error));
      }
      return;
    }
    void runRibbonAction(app, control.Id).then((message) => {
      if (message) alert(message);
    });
  },
  GetImage(): string {
    return "images/icon-32.png";
  },
};

(window as unknown as { ribbon: typeof ribbon }).ribbon = ribbon;
