import Decimal from "decimal.js";
import { toA1 } from "../grid/a1";
import type { Finding } from "../findings/finding";
import { finding } from "../findings/finding";
import type { SectionLabel } from "../layout/scoresheet";
import type { RubricSection } from "../rubric/rubric-schema";
import type { ItemResult } from "./item-result";
import type { SectionResult } from "./unit-result";

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
  const sum = mine.reduce((acc, i) => acc.plus(section.kind === "penalty" ? i.score.negated() : i.score), ZERO);
  // With no points printed, a section is worth what its applicable items are (a checklist: the questions asked).
  const max = cap ?? (section.kind === "base" ? mine.filter((i) => !i.deductionOnly && i.applicable).reduce((acc, i) => acc.plus(i.max ?? ZERO), ZERO) : null);
  let magnitude = Decimal.max(sum, ZERO);
  if (cap !== null && sum.gt(cap)) {
    const cell = label ? toA1(label.row, label.col) : "";
    findings.push(finding("SECTION_CAP_EXCEEDED", sheet, cell, { section: section.name, entered: sum.toFixed(), cap: cap.toFixed() }));
    magnitude = cap;
  }
  const score = section.kind === "penalty" ? magnitude.negated() : magnitude;
  return { name: section.name, kind: section.kind, max, score };
}
