/**
 * The WPS 加载项's entry (index.html): the callbacks ribbon.xml names, on
 * window.ribbon as WPS 加载项 look them up. Each action button runs its
 * action over the ET host and reports its outcome with alert(); nothing
 * here needs the task pane.
 */
import type { EtApplication } from "../et-model";
import { runRibbonAction } from "./ribbon-actions";

interface RibbonControl {
  readonly Id: string;
}

/** The pane (src/taskpane) still talks to src/excel directly; until it takes a host port it cannot run in WPS. */
const PANE_UNAVAILABLE = "任务窗格暂不支持 WPS 表格，请使用“考核评分”选项卡上的按钮 / The task pane does not run in WPS yet; use the buttons on the 考核评分 tab";

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
      alert(PANE_UNAVAILABLE);
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
