/**
 * 打开面板 in WPS 表格: the task pane (src/taskpane, built as taskpane.html
 * beside the entry page) in a WPS task pane, the way WPS 加载项 do it —
 * Application.CreateTaskPane(url) makes a hidden pane, `.Visible = true`
 * shows it, and its ID is kept in PluginStorage (shared by the add-in's
 * pages for the WPS session) so that a later click finds the same pane with
 * GetTaskPane(ID) and shows or hides it instead of opening another.
 */
import type { EtApplication, EtTaskPane } from "../et-model";

/** The PluginStorage key holding the pane's ID. */
export const PANE_ID_KEY = "kaohe.taskPaneId";
/** The pane's page, in the add-in folder beside the entry page (webpack.wps.config.js). */
export const PANE_PAGE = "taskpane.html";
export const PANE_TITLE = "考核评分";

/** The pane page's address: the entry page's folder (WPS loads it from jsaddons or the intranet URL) + taskpane.html. */
export function paneUrl(entryHref: string): string {
  const page = entryHref.replace(/[?#].*$/, "");
  return `${page.slice(0, page.lastIndexOf("/") + 1)}${PANE_PAGE}`;
}

/** The pane made earlier in this session, or undefined when there is none (or WPS no longer knows its ID). */
function knownPane(app: EtApplication): EtTaskPane | undefined {
  const stored = app.PluginStorage.getItem(PANE_ID_KEY);
  const id = stored === null || stored === "" ? NaN : Number(stored);
  if (!Number.isFinite(id)) return undefined;
  try {
    return app.GetTaskPane(id) ?? undefined;
  } catch {
    // A pane WPS has dropped (the add-in reloaded): make a new one.
    return undefined;
  }
}

export interface PaneToggle {
  readonly pane: EtTaskPane;
  readonly created: boolean;
  readonly visible: boolean;
}

/**
 * The first click creates the pane and shows it; each later click shows it
 * if hidden (closed by its ×) or hides it if shown — one pane per session.
 */
export function togglePane(app: EtApplication, url: string): PaneToggle {
  const known = knownPane(app);
  if (known) {
    const visible = !known.Visible;
    known.Visible = visible;
    return { pane: known, created: false, visible };
  }
  const pane = app.CreateTaskPane(url, PANE_TITLE);
  app.PluginStorage.setItem(PANE_ID_KEY, String(pane.ID));
  pane.Visible = true;
  return { pane, created: true, visible: true };
}
