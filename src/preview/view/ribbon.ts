import { command } from "../../commands/run-command";
import type { HostPort } from "../../host/port";
import { readLastCommand } from "../../excel/last-command";
import type { KaoheAction } from "../../excel/run-actions";

const BUTTONS: readonly (readonly [KaoheAction, string, string])[] = [
  ["recalculate", "重新计算", "Recalculate"],
  ["validate", "提交前校验", "Check before submitting"],
  ["summary", "生成汇总", "Generate summary"],
  ["clearMarks", "清除标记", "Clear marks"],
  ["undo", "撤销上次计算", "Undo last calculation"],
];

/**
 * The ribbon's 考核评分 group: the real function commands
 * (src/commands/run-command.ts), which save their outcome in the document's
 * settings for the pane to show. The status box they open in Excel is shown
 * here as a line beside the buttons.
 */
export function createRibbon(toolbar: HTMLElement, status: HTMLElement, english: boolean, makeHost: () => HostPort): void {
  for (const [action, zh, en] of BUTTONS) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "ribbon-button";
    button.dataset.command = action;
    button.textContent = english ? en : zh;
    button.addEventListener("click", () => {
      button.disabled = true;
      status.textContent = "…";
      void command(action, makeHost)({ completed: () => undefined } as unknown as Office.AddinCommands.Event).finally(() => {
        button.disabled = false;
        const record = readLastCommand();
        status.textContent = (english ? record?.messageEn : undefined) ?? record?.message ?? "";
      });
    });
    toolbar.append(button);
  }
}
