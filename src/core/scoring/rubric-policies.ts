import Decimal from "decimal.js";
import type { Finding } from "../findings/finding";
import { finding } from "../findings/finding";
import type { Rubric, RubricPolicy } from "../rubric/rubric-schema";
import type { ItemResult } from "./item-result";
import type { SectionResult } from "./unit-result";

const ZERO = new Decimal(0);
type Policy<K extends RubricPolicy["kind"]> = Extract<RubricPolicy, { kind: K }>;

function policiesOf<K extends RubricPolicy["kind"]>(rubric: Rubric, kind: K): Policy<K>[] {
  return rubric.policies.filter((p): p is Policy<K> => p.kind === kind);
}

/** A cap stated for a 一级指标 only: its items' deductions together take at most the cap; the excess is given back. */
function capSectionDeductions(rubric: Rubric, section: SectionResult, items: readonly ItemResult[], sheet: string, findings: Finding[]): SectionResult {
  const policy = policiesOf(rubric, "section-deduction-cap").find((p) => p.sections.includes(section.name));
  if (!policy || section.kind !== "base") return section;
  const taken = items.filter((i) => i.section === section.name && i.applicable).reduce((acc, i) => acc.plus(i.deduction), ZERO);
  if (taken.lte(policy.cap)) return section;
  findings.push(finding("SECTION_CAP_EXCEEDED", sheet, "", { section: section.name, entered: taken.toFixed(), cap: policy.cap }));
  const given = section.score.plus(taken.minus(policy.cap));
  return { ...section, score: section.max === null ? given : Decimal.min(given, section.max) };
}

/** 第三方评估得分按30%计入: the section counts at its weight, its max with it. */
function weigh(rubric: Rubric, section: SectionResult, sheet: string, findings: Finding[]): SectionResult {
  const policy = policiesOf(rubric, "weighted-part").find((p) => p.sections.includes(section.name));
  if (!policy) return section;
  const score = section.score.times(policy.weight);
  findings.push(finding("WEIGHTED_PART", sheet, "", { section: section.name, score: section.score.toFixed(), weight: policy.weight, weighted: score.toFixed(), source: policy.source }));
  return { ...section, score, max: section.max === null ? null : section.max.times(policy.weight) };
}

/** 自评得分达到80分以上方可申报加分: below the gate, the 加分 sections add nothing. */
function applyGates(rubric: Rubric, sections: SectionResult[], sheet: string, findings: Finding[]): SectionResult[] {
  const base = sections.filter((s) => s.kind === "base").reduce((acc, s) => acc.plus(s.score), ZERO);
  const bonus = sections.filter((s) => s.kind === "bonus").reduce((acc, s) => acc.plus(s.score), ZERO);
  for (const gate of policiesOf(rubric, "gate")) {
    const met = gate.inclusive ? base.gte(gate.min) : base.gt(gate.min);
    if (met || bonus.isZero()) continue;
    findings.push(finding("GATE_NOT_MET", sheet, "", { base: base.toFixed(), min: gate.min, bonus: bonus.toFixed(), source: gate.source }));
    return sections.map((s) => (s.kind === "bonus" ? { ...s, score: ZERO } : s));
  }
  return sections;
}

/**
 * The rubric's unit-level policies on its sections, in the order they are
 * written to act: a 一级指标's own cap, then weights, then gates on the bonus.
 */
export function applySectionPolicies(rubric: Rubric, sections: readonly SectionResult[], items: readonly ItemResult[], sheet: string, findings: Finding[]): SectionResult[] {
  const capped = sections.map((s) => weigh(rubric, capSectionDeductions(rubric, s, items, sheet, findings), sheet, findings));
  return applyGates(rubric, capped, sheet, findings);
}

function below(score: Decimal, mark: Decimal, inclusive: boolean): boolean {
  return inclusive ? score.lte(mark) : score.lt(mark);
}

/** 单项得分低于满分60%的评为不合格: the verdict is reported; the score stands. */
export function passMarkFindings(rubric: Rubric, items: readonly ItemResult[], sections: readonly SectionResult[], total: Decimal, max: Decimal, sheet: string): Finding[] {
  const findings: Finding[] = [];
  for (const p of policiesOf(rubric, "pass-mark")) {
    const share = new Decimal(p.share);
    const report = (what: string, cell: string, score: Decimal, points: Decimal): void => {
      const mark = points.times(share);
      if (!points.isZero() && below(score, mark, p.inclusive)) {
        findings.push(finding("BELOW_PASS_MARK", sheet, cell, { what, score: score.toFixed(), points: points.toFixed(), share: `${share.times(100).toFixed()}%`, mark: mark.toFixed(), verdict: p.verdict, source: p.source }));
      }
    };
    if (p.scope === "item") {
      const base = new Set(rubric.sections.filter((s) => s.kind === "base").map((s) => s.name));
      // 单项 means a scored item: 加分/扣分 items have no pass mark.
      for (const i of items.filter((x) => base.has(x.section))) {
        const inScope = (p.items === undefined && p.sections === undefined) || (p.items?.includes(i.itemId) ?? false) || (p.sections?.includes(i.section) ?? false);
        if (inScope && i.applicable && i.max !== null && !i.checklist) report(i.path.join(" / "), i.outputCell ?? i.entryCell ?? "", i.score, i.max);
      }
    } else if (p.scope === "section") {
      for (const s of sections) if (s.kind === "base" && s.max !== null && (p.sections?.includes(s.name) ?? true)) report(s.name, "", s.score, s.max);
    } else {
      report("总分", "", total, max);
    }
  }
  return findings;
}
