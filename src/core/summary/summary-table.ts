import type { Finding } from "../findings/finding";
import { rankUnits } from "../ranking/rank-units";
import { rubricName } from "../choice/choice-text";
import type { UnitResult } from "../scoring/unit-result";
import type { GroupedUnit } from "./summarize-units";
import { blockNotes, conversionText, showsConversion } from "./summary-notes";
import { assessmentKey } from "./unit-key";

/** What a column holds, so every host formats it alike (SUMMARY_NUMBER_FORMATS). */
export type SummaryColumnKind = "rank" | "text" | "score" | "count";

/** Number formats per column kind: scores with two decimals ("73.00", never "73."). */
export const SUMMARY_NUMBER_FORMATS: Readonly<Record<SummaryColumnKind, string>> = { rank: "0", text: "@", score: "0.00", count: "0" };

/** One assessment (rubric × group) of the 汇总: its heading, its ranked rows, its notes. */
export interface SummaryBlock {
  readonly group: string;
  /** The assessment's rubric: its id and its name as people say it. */
  readonly rubricId: string;
  readonly assessment: string;
  /** "市政府有关部门（总分100分，30个单位）": the line above the block. */
  readonly heading: string;
  readonly header: readonly string[];
  readonly kinds: readonly SummaryColumnKind[];
  readonly rows: readonly (readonly (string | number)[])[];
  /** Lines under the block: how the result is converted, what a veto does. */
  readonly notes: readonly string[];
}

/** The 汇总 as plain content, for every host and the CLI's workbook: the layout is theirs, the words are these. */
export interface SummaryTable {
  /** The assessment's title ("《三河市2018年政务公开工作考核指标》考核结果汇总"). */
  readonly title: string;
  /** Lines under the title: "尚有 N 个错误未处理，排名仅供参考" while error findings remain. */
  readonly notes: readonly string[];
  /** Error findings still open. */
  readonly errors: number;
  readonly blocks: readonly SummaryBlock[];
}

const num = (value: { toNumber(): number }): number => value.toNumber();

/** "市政府有关部门（总分100分，30个单位）", the assessment named too when two share the group's name. */
function headingOf(printed: string, assessment: string, max: string, count: number, named: boolean): string {
  // A group read from the sheet's title line carries its own brackets and points ("(市政府有关部门,总分100 分)"): the heading says them once.
  const group = printed.replace(/^[(（]([^()（）]*)[)）]$/, "$1").replace(/[,，、]?\s*总分\s*[\d.]+\s*分/, "").trim() || printed || assessment;
  const facts = `总分${max}分，${count}个单位`;
  // A group that ends in its own bracket ("…的考核（含开发区…）") takes the facts inside it, not a second bracket after it.
  const name = group.endsWith("）") ? `${group.slice(0, -1)}；${facts}）` : `${group}（${facts}）`;
  return `${named ? `《${assessment}》` : ""}${name}`;
}

/**
 * A unit's open problems: the findings of its own scoring (not those of the
 * same unit under another rubric on the same sheet), those said of it
 * afterwards (a foreign value in its score cell, a duplicate), and those of
 * its sheet's table when the sheet is its alone.
 */
function openFindings(unit: UnitResult, findings: readonly Finding[], scoring: ReadonlySet<Finding>, sharedSheets: ReadonlySet<string>): number {
  const own = new Set(unit.findings);
  return findings.filter((f) => {
    if (f.severity === "info") return false;
    if (own.has(f)) return true;
    if (scoring.has(f) || f.sheet !== unit.sheet) return false;
    return f.unit === undefined ? !sharedSheets.has(f.sheet) : f.unit === unit.unit;
  }).length;
}

function summaryTitle(units: readonly GroupedUnit[]): string {
  const titles = [...new Set(units.map((u) => u.unit.rubric.title))];
  return titles.length === 0 ? "考核结果汇总" : `${titles.map((t) => `《${t}》`).join("、")}考核结果汇总`;
}

/**
 * Per assessment — the rubric a unit was scored with, within its group — a
 * block ranked on its own: rank (ties share: 1, 1, 3; a veto never above a
 * unit without), unit, section scores, bonus, 扣分项, raw and converted
 * totals (with words where a conversion makes the number small or
 * negative), grade, veto, and the unit's own open findings — the table
 * leaders receive, the same in every host.
 */
export function buildSummaryTable(units: readonly GroupedUnit[], findings: readonly Finding[]): SummaryTable {
  const keyOf = (u: GroupedUnit): string => `${assessmentKey(u.unit)}\u0000${u.group}`;
  const keys = [...new Set(units.map(keyOf))];
  const perSheet = new Map<string, number>();
  for (const u of units) perSheet.set(u.unit.sheet, (perSheet.get(u.unit.sheet) ?? 0) + 1);
  const sharedSheets = new Set([...perSheet].filter(([, n]) => n > 1).map(([sheet]) => sheet));
  const scoring = new Set(units.flatMap((u) => u.unit.findings));
  const groupCount = new Map<string, number>();
  for (const key of keys) {
    const group = key.split("\u0000").pop() ?? "";
    groupCount.set(group, (groupCount.get(group) ?? 0) + 1);
  }
  const blocks = keys.map((key): SummaryBlock => {
    const members = units.filter((u) => keyOf(u) === key);
    const first = members[0]!.unit;
    const group = members[0]!.group;
    const ranks = rankUnits(members.map((m) => ({ group, total: m.unit.total, veto: m.unit.veto })));
    const sectionNames = [...new Set(members.flatMap((m) => m.unit.sections.filter((s) => s.kind === "base").map((s) => s.name)))];
    const converted = showsConversion(first.rubric);
    const header = ["排名", "单位", ...sectionNames, "加分", "扣分", "原始总分", "折算总分", ...(converted ? ["折算说明"] : []), "等次", "一票否决", "待处理问题"];
    const kinds: SummaryColumnKind[] = ["rank", "text", ...sectionNames.map((): SummaryColumnKind => "score"), "score", "score", "score", "score", ...(converted ? ["text" as const] : []), "text", "text", "count"];
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
        ...(converted ? [conversionText(m.unit)] : []),
        m.unit.grade ?? "",
        m.unit.veto ? "是" : "",
        openFindings(m.unit, findings, scoring, sharedSheets),
      ]);
    const assessment = rubricName(first.rubric);
    const heading = headingOf(group, assessment, first.rubric.totalPoints, members.length, (groupCount.get(group) ?? 0) > 1);
    return { group, rubricId: first.rubricId, assessment, heading, header, kinds, rows, notes: blockNotes(first.rubric, members.map((m) => m.unit)) };
  });
  const errors = findings.filter((f) => f.severity === "error").length;
  return { title: summaryTitle(units), notes: errors > 0 ? [`尚有 ${errors} 个错误未处理，排名仅供参考`] : [], errors, blocks };
}
