import type { Action, ActionOutcome } from "../excel/run-actions";
import { runAction } from "../excel/run-actions";

/**
 * Ribbon function commands: they run without the pane. The outcome is kept
 * in the document's settings so the pane can show it when opened; a command
 * must always call event.completed() or Excel shows it as still running.
 */
function remember(outcome: ActionOutcome): void {
  const text = outcome.ok
    ? `${outcome.report.units.length} 个单位，${outcome.report.findings.length} 个问题`
    : outcome.message;
  Office.context.document.settings.set("kaohe.lastCommand", `${new Date().toISOString()} ${text}`);
}

function command(action: Action) {
  return async (event: Office.AddinCommands.Event): Promise<void> => {
    try {
      remember(await runAction(action));
    } finally {
      event.completed();
    }
  };
}

Office.onReady(() => {
  Office.actions.associate("recalculate", command("recalculate"));
  Office.actions.associate("validateBeforeSubmit", command("validate"));
  Office.actions.associate("generateSummary", command("summary"));
});
