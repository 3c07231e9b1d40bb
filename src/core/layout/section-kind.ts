import type { SectionKind } from "../rubric/rubric-schema";

/**
 * 加分 and 扣分 sections add to or take from the total instead of carrying
 * base points (岳阳: "加分 10分", "扣分 10分"; 长子: 综合加分项).
 */
export function sectionKindOf(name: string): SectionKind {
  if (/^(综合)?加分(项|项目)?$/.test(name)) return "bonus";
  if (/^(综合)?扣分(项|项目)?$/.test(name)) return "penalty";
  return "base";
}
