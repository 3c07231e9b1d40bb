/**
 * The preview's first entry module: puts a minimal `Office` in place before
 * the pane's own code (src/taskpane/taskpane.ts, the next entry module)
 * calls Office.onReady. `Excel` follows once a workbook is loaded
 * (openDocument), and only then does onReady call the pane.
 */
import type { FakeDocument, InstalledExcel } from "../fake-excel";
import { installExcel } from "../fake-excel";
import { createOffice } from "./office-global";
import { previewOptions } from "./options";

const options = previewOptions(globalThis.location?.search ?? "");
let current: FakeDocument | undefined;
let installed: InstalledExcel | undefined;

const office = createOffice(options.lang, () => current?.apiVersion ?? options.api);
(globalThis as { Office?: unknown }).Office = office.global;

/** Makes `doc` the workbook the pane's Excel calls reach, then starts (or restarts) the pane on it. */
export function openDocument(doc: FakeDocument): void {
  doc.apiVersion = options.api;
  doc.syncDelayMs = options.delay;
  installed?.uninstall();
  installed = installExcel(doc);
  current = doc;
  office.resetSettings();
  // Over the WPS host the preview mounts the pane itself (preview.ts); Office's onReady would mount it over Excel.
  if (options.host === "excel") office.ready();
}

export { options as previewOptionsInUse };
