import type { Finding } from "../findings/finding";
import { rankUnits } from "../ranking/rank-units";
import type { GroupedUnit } from "./summarize-units";

/** The 汇总 as plain rows, for both the .xlsx writer and the Excel adapter. */
export interface SummaryBlock {
  readonly group: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly (string | number)[])[];
}

export interface SummaryTable {
  readonly blocks: readonly SummaryBlock[];
}

const num = (value: { toNumber(): number }): number => value.toNumber();

/**
 * Per group: rank (ties share: 1, 1, 3), unit, section scores, bonus,
 * penalty, raw and converted totals, grade, veto, open findings — the
 * table leaders receive.
 */
export function buildSummaryTable(units: readonly GroupedUnit[], findings: readonly Finding[]): SummaryTable {
  const groups = [...new Set(units.map((u) => u.group))];
  const blocks = groups.map((group): SummaryBlock => {
    const members = units.filter((u) => u.group === group);
    const ranks = rankUnits(members.map((m) => ({ group, total: m.unit.total })));
    const sectionNames = [...new Set(members.flatMap((m) => m.unit.sections.filter((s) => s.kind === "base").map((s) => s.name)))];
    const header = ["排名", "单位", ...sectionNames, "加分", "扣分", "原始总分", "折算总分", "等次", "一票否决", "待处理问题"];
    const rows = members
      .map((m, i) => ({ m, rank: ranks[i] ?? 0 }))
      .sort((a, b) => a.rank - b.rank || a.m.unit.unit.localeCompare(b.m.unit.unit, "zh-CN"))
      .map(({ m, rank }) => [
        rank,
        m.unit.unit,
        ...sectionNames.map((name) => {
          const section = m.unit.sections.find((s) => s.name === name);
          return section ? num(section.score) : "";
        }),
        num(m.unit.bonus),
        num(m.unit.penalty),
        num(m.unit.raw),
        num(m.unit.total),
        m.unit.grade ?? "",
        m.unit.veto ? "是" : "",
        findings.filter((f) => f.sheet === m.unit.sheet && f.severity !== "info").length,
      ]);
    return { group, header, rows };
  });
  return { blocks };
}
