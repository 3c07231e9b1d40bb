import type { HostPort } from "../host/port";
import type { EtApplication } from "./et-model";
import { createWpsHost } from "./wps-host";

/** What the pane needs from WPS to start: the host port over the pane page's own Application, and the UI language. */
export interface WpsPaneStart {
  readonly port: HostPort;
  readonly displayLanguage: string;
}

export const NOT_WPS_MESSAGE = "请在 WPS 表格中点击“考核评分 › 打开面板” / Open this pane from WPS 表格 (考核评分 › 打开面板)";

/** The ET Application WPS gives a 加载项's page (the task pane's page has its own), or undefined outside WPS. */
export function etApplicationOf(page: object): EtApplication | undefined {
  const app = (page as { Application?: unknown }).Application;
  return typeof app === "object" && app !== null ? (app as EtApplication) : undefined;
}

/**
 * The pane's port over `app`: the WPS host, whose selection is followed
 * through ET's SheetSelectionChange event (ApiEvent), which only a page that
 * stays open — the pane's — should subscribe to.
 */
export function wpsPanePort(app: EtApplication): HostPort {
  return {
    ...createWpsHost(app),
    watchSelection(onChange) {
      try {
        app.ApiEvent.AddApiEventListener("SheetSelectionChange", () => onChange());
        return Promise.resolve(true);
      } catch {
        return Promise.resolve(false);
      }
    },
  };
}

/**
 * Starts the pane over the WPS host of the page's `window.Application` —
 * or says it is not in WPS. The ET object model stays in src/wps; the pane
 * gets a port. WPS has no UI-language call in the documented JS API, so the
 * page's own language (the embedded Chromium's, the system's) is used.
 */
export function whenWpsReady(page: Window, start: (wps: WpsPaneStart) => void, notWps: () => void): void {
  const app = etApplicationOf(page);
  if (!app) {
    notWps();
    return;
  }
  start({ port: wpsPanePort(app), displayLanguage: page.navigator.language || "zh-CN" });
}
