// The arithmetic a report must satisfy whatever was typed (DESIGN.md §2
// Caps), stated independently of the engine's code so a slip there shows:
//  - a base item scores within [0, its points] plus its bonus, the bonus
//    within the item's bonus cap; a 加分 item within [0, cap], a 扣分 item
//    within [−cap, 0] (no cap: unbounded that way); 倒扣分制 items only take away;
//  - a section is the sum of its items, floored at 0 and capped at its points;
//  - the raw total is the sum of the sections; the reported total is the
//    raw total converted as the rubric says (none: not below 0; percentage:
//    raw ÷ applicable max × 100, two places, half up, not below 0).
import Decimal from "decimal.js";
import type { Rubric, UnitResult } from "../../src/core";

const ZERO = new Decimal(0);

function roundHalfUp(value: Decimal): Decimal {
  return value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

export function violations(unit: UnitResult, rubric: Rubric): string[] {
  const problems: string[] = [];
  const where = (what: string): string => `${unit.unit} ${what}`;
  const itemOf = new Map(rubric.items.map((i) => [i.id, i]));
  const kindOf = new Map(unit.sections.map((s) => [s.name, s.kind]));
  for (const item of unit.items) {
    const kind = kindOf.get(item.section) ?? "base";
    const def = itemOf.get(item.itemId);
    const max = item.max ?? ZERO;
    const label = `${item.path.join("/")} (row ${item.row + 1}) score ${item.score.toFixed()}`;
    // A 加分/扣分 item with no points and no cap is uncapped (长子 综合加分项: "no cap is printed").
    const bound = item.max === null ? "∞" : max.toFixed();
    if (kind === "bonus") {
      if (item.score.lt(0) || (item.max !== null && item.score.gt(max))) problems.push(where(`加分 item ${label} outside [0, ${bound}]`));
    } else if (kind === "penalty") {
      if (item.score.gt(0) || (item.max !== null && item.score.lt(max.negated()))) problems.push(where(`扣分 item ${label} outside [−${bound}, 0]`));
    } else if (item.deductionOnly) {
      if (item.score.gt(item.bonus)) problems.push(where(`倒扣分制 item ${label} above its bonus`));
    } else {
      if (item.score.lt(0) || item.score.gt(max.plus(item.bonus))) problems.push(where(`base item ${label} outside [0, ${max.toFixed()} + bonus ${item.bonus.toFixed()}]`));
      const cap = def?.bonusCap === undefined ? undefined : new Decimal(def.bonusCap);
      if (cap && item.bonus.gt(cap)) problems.push(where(`${label}: bonus ${item.bonus.toFixed()} above its cap ${cap.toFixed()}`));
      if (item.bonus.lt(0) || item.deduction.lt(0)) problems.push(where(`${label}: a negative bonus or deduction`));
    }
  }
  for (const section of unit.sections) {
    const sign = section.kind === "penalty" ? -1 : 1;
    const sum = unit.items.filter((i) => i.section === section.name).reduce((acc, i) => acc.plus(i.score.times(sign)), ZERO);
    const declared = rubric.sections.find((s) => s.name === section.name)?.points;
    let expected = Decimal.max(sum, ZERO);
    if (declared !== null && declared !== undefined) expected = Decimal.min(expected, declared);
    if (!section.score.eq(expected.times(sign))) problems.push(where(`section ${section.name} is ${section.score.toFixed()}, its items give ${expected.times(sign).toFixed()}`));
  }
  const sectionSum = unit.sections.reduce((acc, s) => acc.plus(s.score), ZERO);
  if (!unit.raw.eq(sectionSum)) problems.push(where(`raw ${unit.raw.toFixed()} ≠ sum of sections ${sectionSum.toFixed()}`));
  if (!unit.veto) {
    const kind = rubric.result?.kind ?? "none";
    let expected: Decimal | undefined;
    if (kind === "none") expected = Decimal.max(unit.raw, ZERO);
    if (kind === "percentage") expected = unit.applicableMax.isZero() ? ZERO : Decimal.max(roundHalfUp(unit.raw.div(unit.applicableMax).times(100)), ZERO);
    if (expected && !unit.total.eq(expected)) problems.push(where(`total ${unit.total.toFixed()} ≠ ${kind} of raw ${unit.raw.toFixed()} = ${expected.toFixed()}`));
  }
  return problems;
}
