import type { Report } from "../core";
import type { MarkSummary } from "./marks/mark-summary";
import type { UndoSummary } from "./plan-undo";
import type { CalculateMode } from "./actions/calculate";

const DONE: Readonly<Record<CalculateMode, string>> = { recalculate: "计算完成", validate: "校验完成", summary: "汇总已生成" };

function marksText(marks: MarkSummary): string {
  const parts: string[] = [];
  if (marks.marked > 0) parts.push(`已标注 ${marks.marked} 个单元格${marks.kind === "fill" ? "（此版本 Excel 不支持批注，仅以底色标注）" : ""}`);
  if ((marks.shadedOnly ?? 0) > 0) parts.push(`其中 ${marks.shadedOnly ?? 0} 个单元格已有此版本 Excel 看不到的备注，未加批注、仅以底色标注，备注保持原样`);
  if (marks.unmarked > 0) parts.push(`另有 ${marks.unmarked} 个问题单元格未标注，见任务窗格列表`);
  return parts.join("，");
}

/** One line for the pane's status and the ribbon's message: what the action did. */
export function describeCalculation(mode: CalculateMode, report: Report, written: number, marks: MarkSummary): string {
  const errors = report.findings.filter((f) => f.severity === "error").length;
  const groups = new Set(report.units.map((u) => u.group)).size;
  const what = mode === "summary" ? `${groups} 组 ${report.units.length} 个单位` : `${report.units.length} 个单位`;
  const head = [`${DONE[mode]}：${what}`, `${report.findings.length} 个问题（错误 ${errors}）`];
  if (mode !== "validate") head.push(`写入 ${written} 个单元格`);
  const tail = marksText(marks);
  return `${head.join("，")}${tail ? `；${tail}` : ""}。`;
}

export function describeClear(marks: MarkSummary): string {
  const kept = marks.marked > 0 ? `；受保护工作表上的 ${marks.marked} 个标记未清除` : "";
  return marks.cleared === 0 && marks.marked === 0 ? "没有需要清除的标记。" : `已清除 ${marks.cleared} 个单元格的标记${kept}。`;
}

export function describeUndo(undo: UndoSummary, marks: MarkSummary): string {
  if (undo.restored === 0 && undo.changedByUser === 0 && undo.protectedKept === 0 && marks.cleared === 0) return "没有可撤销的计算。";
  const parts = [`已撤销上次计算：恢复 ${undo.restored} 个单元格`];
  if (marks.cleared > 0) parts.push(`清除 ${marks.cleared} 个标记`);
  if (undo.changedByUser > 0) parts.push(`${undo.changedByUser} 个单元格此后已被改动，保持不变`);
  if (undo.protectedKept > 0) parts.push(`受保护工作表上的 ${undo.protectedKept} 个单元格未恢复，撤销保护后可再次撤销`);
  return `${parts.join("，")}。`;
}
