import Decimal from "decimal.js";
import type { Rubric } from "../rubric/rubric-schema";
import type { UnitResult } from "../scoring/unit-result";

/**
 * The words beside a converted result, so a small or negative number
 * explains itself (攀枝花: 考核结果按最多扣2分进行折算 gives −0.07; 市级
 * 政务信息 满分3分 gives 2.94). Empty when the rubric does not convert so.
 */
export function conversionText(unit: UnitResult): string {
  const result = unit.rubric.result;
  if (result?.kind === "deduction-scale") return `扣 ${unit.total.abs().toFixed(2)} 分（最多扣 ${result.maxDeduction} 分）`;
  if (result?.kind === "points-scale") return `${unit.total.toFixed(2)} / ${result.maxPoints} 分`;
  return "";
}

/** Whether a rubric's result needs conversionText to be read. */
export function showsConversion(rubric: Rubric): boolean {
  return rubric.result?.kind === "deduction-scale" || rubric.result?.kind === "points-scale";
}

/** The block's notes: how results were converted and what a veto does, in the rubric's words. */
export function blockNotes(rubric: Rubric, members: readonly UnitResult[]): string[] {
  const notes: string[] = [];
  const result = rubric.result;
  if (result?.kind === "deduction-scale") notes.push(`折算总分：考核结果按最多扣 ${result.maxDeduction} 分折算，0 为不扣分（${result.source}）`);
  if (result?.kind === "points-scale") notes.push(`折算总分：满分 ${result.maxPoints} 分（${result.source}）`);
  if (result?.kind === "percentage") notes.push(`折算总分：按考评项得分进行百分比转换（${result.source}）`);
  const veto = rubric.policies.find((p) => p.kind === "veto");
  if (veto && members.some((m) => m.veto)) {
    const effect = veto.kind !== "veto" ? "" : veto.effect === "zero-total" ? "考核分值计为最低" : veto.effect === "deduct-total" ? `扣 ${new Decimal(veto.points ?? 0).toFixed()} 分` : "等次定为最低";
    notes.push(`一票否决：${effect}，排在未被否决的单位之后（${veto.source}）`);
  }
  return notes;
}
