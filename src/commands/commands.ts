import { command } from "./run-command";
import { renderStatus, statusMessage } from "./status-page";

/**
 * The function file of the ribbon's buttons (manifest.xml: FunctionName),
 * and the page of their status dialog when opened with ?status=….
 * Each FunctionName needs its own literal associate call: `npm run
 * validate` matches them against the manifest.
 */
Office.onReady(() => {
  const status = statusMessage(globalThis.location?.search ?? "");
  if (status !== undefined) {
    renderStatus(document.body, status);
    return;
  }
  Office.actions.associate("recalculate", command("recalculate"));
  Office.actions.associate("validateBeforeSubmit", command("validate"));
  Office.actions.associate("generateSummary", command("summary"));
  Office.actions.associate("clearMarks", command("clearMarks"));
  Office.actions.associate("undoLastCalculation", command("undo"));
});
