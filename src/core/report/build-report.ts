import type Decimal from "decimal.js";
import type { Finding, Severity } from "../findings/finding";
import type { Locale } from "../findings/messages";
import { findingMessage } from "../findings/messages";
import { rankUnits } from "../ranking/rank-units";
import type { UnitResult } from "../scoring/unit-result";

/** The report JSON of DESIGN.md §6: numbers as exact decimal strings. */
export interface ReportItem {
  readonly sheet: string;
  readonly row: number;
  readonly path: readonly string[];
  readonly max: string | null;
  readonly deduction: string;
  readonly bonus: string;
  readonly score: string;
  readonly applicable: boolean;
}

export interface ReportSection {
  readonly name: string;
  readonly max: string | null;
  readonly score: string;
}

export interface ReportUnit {
  readonly unit: string;
  /** The rubric the unit was scored with (a bundled id, or "sheet-…" for the sheet's own text). */
  readonly rubric: string;
  readonly group: string;
  readonly sheet: string;
  readonly total: string;
  readonly raw: string;
  readonly max: string;
  readonly grade: string | null;
  readonly rank: number;
  readonly veto: boolean;
  readonly bonus: string;
  readonly penalty: string;
  readonly items: readonly ReportItem[];
  readonly sections: readonly ReportSection[];
}

export interface ReportFinding {
  readonly severity: Severity;
  readonly code: string;
  readonly sheet: string;
  readonly cell: string;
  readonly message: string;
  readonly messageEn: string;
}

export interface Report {
  readonly units: readonly ReportUnit[];
  readonly findings: readonly ReportFinding[];
}

/** decimal.js prints exponents for tiny or huge values; reports never do. */
export function decimalString(value: Decimal): string {
  return value.toFixed();
}

function reportUnit(unit: UnitResult, rank: number): ReportUnit {
  return {
    unit: unit.unit,
    rubric: unit.rubricId,
    group: unit.group,
    sheet: unit.sheet,
    total: decimalString(unit.total),
    raw: decimalString(unit.raw),
    max: decimalString(unit.max),
    grade: unit.grade,
    rank,
    veto: unit.veto,
    bonus: decimalString(unit.bonus),
    penalty: decimalString(unit.penalty),
    items: unit.items.map((i) => ({
      sheet: i.sheet,
      row: i.row + 1,
      path: i.path,
      max: i.max === null ? null : decimalString(i.max),
      deduction: decimalString(i.deduction),
      bonus: decimalString(i.bonus),
      score: decimalString(i.score),
      applicable: i.applicable,
    })),
    sections: unit.sections.map((s) => ({ name: s.name, max: s.max === null ? null : decimalString(s.max), score: decimalString(s.score) })),
  };
}

export function reportFinding(f: Finding, locale: Locale = "zh-CN"): ReportFinding {
  return {
    severity: f.severity,
    code: f.code,
    sheet: f.sheet,
    cell: f.cell,
    message: findingMessage(f, locale),
    messageEn: findingMessage(f, "en-US"),
  };
}

/** `groups` overrides each unit's group (a groups file's), in the same order as `units`. */
export function buildReport(units: readonly UnitResult[], findings: readonly Finding[], groups?: readonly string[]): Report {
  const grouped = units.map((u, i) => ({ total: u.total, group: groups?.[i] ?? u.group }));
  const ranks = rankUnits(grouped);
  return {
    units: units.map((u, i) => ({ ...reportUnit(u, ranks[i] ?? 0), group: grouped[i]?.group ?? u.group })),
    findings: findings.map((f) => reportFinding(f)),
  };
}
