import Decimal from "decimal.js";
import { toA1 } from "../grid/a1";
import type { Finding } from "../findings/finding";
import { finding } from "../findings/finding";
import type { SectionLabel } from "../layout/scoresheet";
import type { RubricSection } from "../rubric/rubric-schema";
import type { ItemResult } from "./item-result";
import type { SectionResult } from "./unit-result";
import { exactSum } from "./exact-sum";

const ZERO = new Decimal(0);

/**
 * A section never gives more than its points (a base section with bonus
 * items), a 加分 section never adds more than its cap, a 扣分 section never
 * takes more than its cap (岳阳: 加分 10分, 扣分 10分).
 */
export function scoreSection(
  section: RubricSection,
  items: readonly ItemResult[],
  label: SectionLabel | undefined,
  sheet: string,
  findings: Finding[],
): SectionResult {
  const mine = items.filter((i) => i.section === section.name);
  const cap = section.points === null ? null : new Decimal(section.points);
  // A 扣分 section's items are negative; its cap bounds their magnitude.
  const sum = exactSum(mine.map((i) => i.score), section.kind === "penalty");
  const max = cap ?? (section.kind === "base" ? exactSum(mine.filter((i) => !i.deductionOnly && i.applicable).map((i) => i.max ?? ZERO)) : null);
  // In a base section, item bonuses (长子 工作创新 加1分, 加分上限3分) come on top of its points: the cap bounds the rest.
  const bonus = section.kind === "base" ? exactSum(mine.map((i) => i.bonus)) : ZERO;
  const capped = bonus.isZero() ? sum : sum.minus(bonus);
  // Rows that only take points off (倒扣分制, 长子 重点领域 不设基础分) may leave a section below 0.
  const floor = mine.some((i) => i.deductionOnly) ? capped : Decimal.max(capped, ZERO);
  let magnitude = floor;
  if (cap !== null && floor.gt(cap)) {
    const cell = label ? toA1(label.row, label.col) : "";
    findings.push(finding("SECTION_CAP_EXCEEDED", sheet, cell, { section: section.name, entered: floor.toFixed(), cap: cap.toFixed() }));
    magnitude = cap;
  }
  if (!bonus.isZero()) magnitude = magnitude.plus(bonus);
  const score = section.kind === "penalty" ? magnitude.negated() : magnitude;
  return { name: section.name, kind: section.kind, max, score };
}
