import { createExcelHost } from "../excel/excel-host";
import { command } from "./run-command";
import { renderStatus, statusMessage } from "./status-page";

/**
 * The function file of the ribbon's buttons (manifest.xml: FunctionName),
 * and the page of their status dialog when opened with ?status=….
 * Each FunctionName needs its own literal associate call: `npm run
 * validate` matches them against the manifest.
 */
function registerCommands(): void {
  Office.actions.associate("recalculate", command("recalculate", createExcelHost));
  Office.actions.associate("validateBeforeSubmit", command("validate", createExcelHost));
  Office.actions.associate("generateSummary", command("summary", createExcelHost));
  Office.actions.associate("clearMarks", command("clearMarks", createExcelHost));
  Office.actions.associate("undoLastCalculation", command("undo", createExcelHost));
}

const status = statusMessage(globalThis.location?.search ?? "");
let registered = false;

/** Once, as soon as Office.actions exists. */
function registerOnce(): void {
  if (registered || status !== undefined || typeof Office === "undefined" || Office.actions === undefined) return;
  registered = true;
  registerCommands();
}

// At script load: the function that a click on a ribbon button runs must be
// associated by then, or the first click after Excel opens can be lost
// (office-js#5176, #2744). Office.actions is there as soon as office.js has
// loaded, which commands.html does before this (blocking) script.
registerOnce();

Office.onReady(() => {
  if (status !== undefined) {
    renderStatus(document.body, status);
    return;
  }
  // Where office.js set up Office.actions only now.
  registerOnce();
});
