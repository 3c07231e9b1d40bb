import type { Action } from "../excel/run-actions";
import { runAction, selectCell } from "../excel/run-actions";
import { renderFindings, renderUnits } from "./render";

const DONE: Record<Action, string> = { recalculate: "计算完成", validate: "校验完成", summary: "汇总已生成" };

function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`taskpane.html is missing #${id}`);
  return node as T;
}

async function perform(action: Action): Promise<void> {
  const status = byId<HTMLParagraphElement>("status");
  const progress = byId<HTMLDivElement>("progress");
  const buttons = [...document.querySelectorAll<HTMLButtonElement>(".actions button")];
  buttons.forEach((b) => (b.disabled = true));
  // Shown only when the run takes longer than a moment.
  const timer = window.setTimeout(() => (progress.hidden = false), 300);
  try {
    const outcome = await runAction(action);
    if (!outcome.ok) {
      status.textContent = outcome.message;
      return;
    }
    const { report } = outcome;
    const errors = report.findings.filter((f) => f.severity === "error").length;
    status.textContent = `${DONE[action]}：${report.units.length} 个单位，${report.findings.length} 个问题（错误 ${errors}）${action === "validate" ? "" : `，写入 ${outcome.written} 个单元格`}`;
    renderUnits(byId<HTMLTableElement>("units"), report);
    renderFindings(byId<HTMLDivElement>("findings"), report, (f) => void selectCell(f.sheet, f.cell));
  } finally {
    window.clearTimeout(timer);
    progress.hidden = true;
    buttons.forEach((b) => (b.disabled = false));
  }
}

Office.onReady((info) => {
  const status = byId<HTMLParagraphElement>("status");
  if (info.host !== Office.HostType.Excel) {
    status.textContent = "请在 Excel 中打开此加载项 / Open this add-in in Excel";
    return;
  }
  status.textContent = "已就绪：点击“重新计算”为所有单位评分";
  byId<HTMLButtonElement>("recalculate").addEventListener("click", () => void perform("recalculate"));
  byId<HTMLButtonElement>("validate").addEventListener("click", () => void perform("validate"));
  byId<HTMLButtonElement>("summary").addEventListener("click", () => void perform("summary"));
});
