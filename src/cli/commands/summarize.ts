import type { Report } from "../../core";
import { formatTable } from "../print-table";

/** The short table of unit totals and the findings count the CLI prints. */
export function summarizeReport(report: Report): string {
  const rows = report.units.map((u) => [String(u.rank), u.unit, u.total, u.max, u.bonus, u.penalty, u.sheet]);
  const table = formatTable(["排名", "单位", "总分", "满分", "加分", "扣分", "工作表"], rows, new Set([0, 2, 3, 4, 5]));
  const count = (severity: string): number => report.findings.filter((f) => f.severity === severity).length;
  const tally = `问题：错误 ${count("error")}，警告 ${count("warning")}，提示 ${count("info")}`;
  return `${table}\n\n${tally}`;
}

export function listFindings(report: Report): string {
  const label: Record<string, string> = { error: "错误", warning: "警告", info: "提示" };
  return report.findings.map((f) => `[${label[f.severity] ?? f.severity}] ${f.sheet}!${f.cell || "-"} ${f.code}: ${f.message}`).join("\n");
}
