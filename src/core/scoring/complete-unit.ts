import Decimal from "decimal.js";
import { toA1 } from "../grid/a1";
import type { Finding } from "../findings/finding";
import type { TotalRow, SectionLabel } from "../layout/scoresheet";
import type { Rubric } from "../rubric/rubric-schema";
import { convertResult, resultRange } from "./convert-result";
import { gradeFor, lowestGrade } from "./grade";
import type { ItemResult } from "./item-result";
import { excludedPoints, notApplicableWithoutRule } from "./item-policies";
import { applySectionPolicies, passMarkFindings } from "./rubric-policies";
import { scoreSection } from "./score-sections";
import type { ScoreOutput, SectionResult, UnitResult } from "./unit-result";

const ZERO = new Decimal(0);

/** Where a unit's totals go on its sheet. */
export interface UnitLayout {
  readonly unit: string;
  readonly sheet: string;
  readonly scoreColumn?: number;
  readonly totals: readonly TotalRow[];
  readonly sectionLabels: readonly SectionLabel[];
}

function sumOf(sections: readonly SectionResult[], kind: SectionResult["kind"]): Decimal {
  return sections.filter((s) => s.kind === kind).reduce((acc, s) => acc.plus(s.score), ZERO);
}

/** 合计/总分 rows take the total; 小计 takes the section of the row above it. */
function totalOutputs(layout: UnitLayout, items: readonly ItemResult[], sections: readonly SectionResult[], total: Decimal): ScoreOutput[] {
  const col = layout.scoreColumn;
  if (col === undefined) return [];
  return layout.totals.map((t) => {
    let value = total;
    if (t.label === "小计") {
      const above = [...items].reverse().find((i) => i.row < t.row);
      value = sections.find((s) => s.name === above?.section)?.score ?? ZERO;
    }
    return { sheet: layout.sheet, cell: toA1(t.row, col), value };
  });
}

/** A veto takes the rubric's effect: points off the result, the result to 0, or the lowest grade. */
function applyVeto(total: Decimal, grade: string | null, rubric: Rubric): { total: Decimal; grade: string | null } {
  const policy = rubric.policies.find((p) => p.kind === "veto");
  if (!policy || policy.kind !== "veto") return { total, grade };
  const range = resultRange(rubric.result);
  switch (policy.effect) {
    case "deduct-total":
      return { total: Decimal.max(total.minus(policy.points ?? 0), range.min), grade };
    case "zero-total":
      return { total: range.min.isNegative() ? range.min : ZERO, grade };
    case "lowest-grade":
      return { total, grade: lowestGrade(rubric.grades) };
  }
}

/** Sections, totals, conversion, grade and veto from a unit's item results. */
export function completeUnit(layout: UnitLayout, items: readonly ItemResult[], rubric: Rubric, itemFindings: readonly Finding[]): UnitResult {
  const findings: Finding[] = [...itemFindings];
  const bySection = new Map<string, ItemResult[]>();
  for (const item of items) {
    const list = bySection.get(item.section);
    if (list) list.push(item);
    else bySection.set(item.section, [item]);
  }
  const scoredSections = rubric.sections.map((section) =>
    scoreSection(section, bySection.get(section.name) ?? [], layout.sectionLabels.find((l) => l.name === section.name), layout.sheet, findings),
  );
  // Gates, weights and a 一级指标's own cap (rubric-policies.ts).
  const sections = applySectionPolicies(rubric, scoredSections, items, layout.sheet, findings);
  const bonus = sumOf(sections, "bonus");
  const penalty = sumOf(sections, "penalty").negated();
  const raw = sumOf(sections, "base").plus(bonus).minus(penalty);
  const max = sections.filter((s) => s.kind === "base").reduce((acc, s) => acc.plus(s.max ?? ZERO), ZERO);
  // Excluded items come off sections with printed points; a section without them already counts only what applies.
  const declared = new Set(rubric.sections.filter((s) => s.points !== null).map((s) => s.name));
  const excluded = excludedPoints(items, rubric).filter((i) => declared.has(i.section));
  const applicableMax = max.minus(excluded.reduce((acc, i) => acc.plus(i.max ?? ZERO), ZERO));
  // A checklist's result is its completion rate: 是 answers over the questions that apply.
  const checklist = items.length > 0 && items.every((i) => i.checklist === true);
  const converted = convertResult(raw, max, applicableMax, checklist ? { kind: "percentage", source: "是/否 completion rate" } : rubric.result);
  if (!checklist) findings.push(...notApplicableWithoutRule(items, rubric, layout.sheet));
  const veto = items.some((i) => i.veto === true);
  const vetoed = veto ? applyVeto(converted, gradeFor(converted, rubric.grades), rubric) : { total: converted, grade: gradeFor(converted, rubric.grades) };
  findings.push(...passMarkFindings(rubric, items, sections, vetoed.total, rubric.result?.kind === "percentage" ? new Decimal(100) : max, layout.sheet));
  // A table with no points anywhere (its 分值 column gone, no rubric) has no score to write: 0 would look like one.
  const scorable = checklist || rubric.items.some((i) => i.points !== null);
  const itemOutputs = !scorable ? [] : items.flatMap((i): ScoreOutput[] =>
    i.outputCell === undefined || !i.applicable ? [] : [{ sheet: layout.sheet, cell: i.outputCell, value: i.score }],
  );
  return {
    unit: layout.unit,
    group: rubric.assesses,
    sheet: layout.sheet,
    rubricId: rubric.id,
    rubric,
    items,
    sections,
    max,
    applicableMax,
    bonus,
    penalty,
    raw,
    total: vetoed.total,
    grade: vetoed.grade,
    veto,
    outputs: scorable ? [...itemOutputs, ...totalOutputs(layout, items, sections, vetoed.total)] : [],
    layout,
    findings,
  };
}
