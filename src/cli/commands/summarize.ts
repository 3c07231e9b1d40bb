import type { Report, ReportUnit } from "../../core";
import { formatTable } from "../print-table";

/** A decimal string as people read a score: two places ("73.00", "-0.07"). */
export function twoPlaces(value: string): string {
  const n = Number(value);
  return Number.isFinite(n) ? n.toFixed(2) : value;
}

/** Units by group (in the order groups first appear), then rank, then name. */
export function byGroupThenRank(units: readonly ReportUnit[]): ReportUnit[] {
  const order = [...new Set(units.map((u) => u.group))];
  return [...units].sort((a, b) => order.indexOf(a.group) - order.indexOf(b.group) || a.rank - b.rank || a.unit.localeCompare(b.unit, "zh-CN"));
}

/** The short table of unit totals and the findings count the CLI prints. */
export function summarizeReport(report: Report): string {
  const rows = byGroupThenRank(report.units).map((u) => [
    u.group,
    String(u.rank),
    u.unit,
    twoPlaces(u.total),
    twoPlaces(u.max),
    u.grade ?? "",
    u.veto ? "是" : "",
    twoPlaces(u.bonus),
    twoPlaces(u.penalty),
    u.sheet,
  ]);
  const header = ["考核组", "排名", "单位", "总分", "满分", "等次", "一票否决", "加分项", "扣分项", "工作表"];
  const table = formatTable(header, rows, new Set([1, 3, 4, 7, 8]));
  const count = (severity: string): number => report.findings.filter((f) => f.severity === severity).length;
  const tally = `问题：错误 ${count("error")}，警告 ${count("warning")}，提示 ${count("info")}`;
  return `${table}\n\n${tally}`;
}

export function listFindings(report: Report): string {
  const label: Record<string, string> = { error: "错误", warning: "警告", info: "提示" };
  return report.findings
    .map((f) => `[${label[f.severity] ?? f.severity}] ${f.sheet}!${f.cell || "-"}${f.unit === undefined ? "" : ` 〔${f.unit}〕`} ${f.code}: ${f.message}`)
    .join("\n");
}
