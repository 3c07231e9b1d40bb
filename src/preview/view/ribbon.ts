import { command } from "../../commands/run-command";
import type { KaoheAction } from "../../host/actions/run-action";
import { readLastCommand } from "../../host/last-command";
import type { HostPort } from "../../host/port";

const BUTTONS: readonly (readonly [KaoheAction, string, string])[] = [
  ["recalculate", "重新计算", "Recalculate"],
  ["validate", "提交前校验", "Check before submitting"],
  ["summary", "生成汇总", "Generate summary"],
  ["clearMarks", "清除标记", "Clear marks"],
  ["undo", "撤销上次计算", "Undo last calculation"],
];

/** What the ribbon runs on: Excel's function commands, or the WPS 加载项's entry over a fake ET. */
export interface RibbonHost {
  /** One action button, as the host's ribbon runs it (keeping the outcome as the last command's record). */
  run(action: KaoheAction): Promise<void>;
  /** The port the status line reads that record through: Office settings over Excel, PluginStorage over WPS. */
  port(): HostPort | undefined;
  /** Buttons only this host's ribbon has (WPS: 打开面板). */
  readonly extra?: readonly { readonly id: string; readonly zh: string; readonly en: string; click(): void }[];
}

/** Excel's ribbon: the real function commands (src/commands/run-command.ts), whose status box is the line beside the buttons. */
export function excelRibbon(makeHost: () => HostPort): RibbonHost {
  return {
    run: (action) => command(action, makeHost)({ completed: () => undefined } as unknown as Office.AddinCommands.Event),
    port: makeHost,
  };
}

function button(zh: string, en: string, english: boolean, id: string): HTMLButtonElement {
  const node = document.createElement("button");
  node.type = "button";
  node.className = "ribbon-button";
  node.dataset.command = id;
  node.textContent = english ? en : zh;
  return node;
}

/**
 * The ribbon's 考核评分 group. Each action button runs as the host's own
 * ribbon runs it, and the line beside the buttons shows the last command's
 * record read back through the host port — what the pane would show.
 */
export function createRibbon(toolbar: HTMLElement, status: HTMLElement, english: boolean, host: RibbonHost): void {
  for (const [action, zh, en] of BUTTONS) {
    const node = button(zh, en, english, action);
    node.addEventListener("click", () => {
      node.disabled = true;
      status.textContent = "…";
      void host
        .run(action)
        .then(async () => {
          const port = host.port();
          const record = port ? await readLastCommand(port) : undefined;
          status.textContent = (english ? record?.messageEn : undefined) ?? record?.message ?? "";
        })
        .finally(() => {
          node.disabled = false;
        });
    });
    toolbar.append(node);
  }
  for (const extra of host.extra ?? []) {
    const node = button(extra.zh, extra.en, english, extra.id);
    node.addEventListener("click", () => extra.click());
    toolbar.append(node);
  }
}
