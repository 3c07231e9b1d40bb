import Decimal from "decimal.js";
import { z } from "zod/mini";
import { amount, clause } from "./clause-schema";
import { checkRubricInvariants } from "./rubric-invariants";

/**
 * The rubric file format (DESIGN.md §2): one official table. Points are
 * decimal strings so a file says exactly what the document says; every
 * interpretation carries the document's own sentence in `source`.
 */
export const decimalString = amount;

export const sectionKind = z.enum(["base", "bonus", "penalty"]);

export const rubricSection = z.strictObject({
  name: z.string().check(z.minLength(1)),
  /** Base sections: their points. 加分/扣分 sections: their cap ("加分 10分"). */
  points: z.nullable(decimalString),
  kind: sectionKind,
  /** The label or sentence the points were read from. */
  source: z.optional(z.string()),
  /** Why the items do not add up to the points, in the document's words, when they do not. */
  pointsNote: z.optional(z.string()),
});

export const appliesTo = z.strictObject({
  /** The document's own words (具体被考核部门, （考核县司法局）). */
  text: z.string().check(z.minLength(1)),
  /** The units it names, when it names them; absent: every unit of the group. */
  units: z.optional(z.array(z.string().check(z.minLength(1)))),
});

export const rubricItem = z.strictObject({
  id: z.string().check(z.minLength(1)),
  section: z.string().check(z.minLength(1)),
  path: z.array(z.string()).check(z.minLength(1)),
  content: z.string(),
  /** null: the row has no base points (长子 赋分 "—"). */
  points: z.nullable(decimalString),
  /** The rule text verbatim (扣分办法 / 扣分标准 / 评分标准); "" when the table has none. */
  rule: z.string(),
  bonusRule: z.optional(z.string()),
  /** 考核方式, verbatim. */
  method: z.optional(z.string()),
  clauses: z.array(clause),
  /** Most a deduction can take; defaults to the item's points (扣完为止). */
  deductionCap: z.optional(decimalString),
  /** Most a bonus can add; absent means the item takes no bonus. */
  bonusCap: z.optional(decimalString),
  /** 倒扣分制: the item carries no base points; its points are deducted when the task is not done. */
  deductionOnly: z.optional(z.boolean()),
  appliesTo: z.optional(appliesTo),
  /** Why the clauses cannot reach the item's full range, when they cannot. */
  rangeNote: z.optional(z.string()),
  /** Why the parser's reading of `rule` differs from `clauses`, when it does. */
  parseNote: z.optional(z.string()),
  /**
   * Words of the rule the parser could not read, verbatim (a drafted rubric):
   * the item is left to the assessor's entry and reported (RULE_UNREAD) until
   * a person reads them into clauses and removes this.
   */
  review: z.optional(z.array(z.string().check(z.minLength(1)))),
});

const source = z.string().check(z.minLength(1));
/** Why the sentence was read this way, where an assessor could read it otherwise. */
const note = z.optional(z.string().check(z.minLength(1)));

export const rubricPolicy = z.discriminatedUnion("kind", [
  /** 所有的扣分上限不超过该项目最高分值，扣完为止 */
  z.strictObject({ kind: z.literal("deduction-cap-is-points"), source, note }),
  /** What "not applicable" does: 三河 exclude and convert; 长子 60%; 岳阳 the average of the units that have the task. */
  z.strictObject({
    kind: z.literal("not-applicable"),
    treatment: z.enum(["exclude-and-convert", "share-of-points", "average-of-applicable"]),
    share: z.optional(decimalString),
    /** Item ids or section names it applies to; absent: every item. */
    items: z.optional(z.array(z.string())),
    sections: z.optional(z.array(z.string())),
    source,
    note,
  }),
  /** 重点领域信息公开指标实行倒扣分制: all or nothing. */
  z.strictObject({ kind: z.literal("all-or-nothing"), items: z.optional(z.array(z.string())), sections: z.optional(z.array(z.string())), source, note }),
  /** 攀枝花: 采用任务中只有市级任务的单位，此项得分满分为 80 分 — a unit without a target at one level scores the whole item on the targets it has. */
  z.strictObject({ kind: z.literal("missing-target"), source, note }),
  /**
   * 三河 重点领域信息公开 (15分): 10 of the points belong to whichever named rows
   * a unit is assessed on (具体被考核部门), shared equally among them; a unit
   * named on none is not assessed on those points.
   */
  z.strictObject({ kind: z.literal("shared-points"), items: z.array(z.string()).check(z.minLength(1)), points: decimalString, source, note }),
  /**
   * 自评得分达到80分以上方可申报加分: bonuses count only when the unit's base
   * score (before bonus and penalty) reaches `min`. `inclusive`: reaching it
   * exactly is enough (以上 includes the number).
   */
  z.strictObject({ kind: z.literal("gate"), min: decimalString, inclusive: z.boolean(), unlocks: z.enum(["bonus"]), source, note }),
  /**
   * 单项得分低于满分60%的评为不合格: an item (or a section, or the total)
   * scoring under `share` of its points gets `verdict`. The score stands; the
   * verdict is reported.
   */
  z.strictObject({
    kind: z.literal("pass-mark"),
    scope: z.enum(["item", "section", "total"]),
    share: decimalString,
    inclusive: z.boolean(),
    verdict: z.string().check(z.minLength(1)),
    items: z.optional(z.array(z.string())),
    sections: z.optional(z.array(z.string())),
    source,
    note,
  }),
  /** 第三方评估得分按30%计入: a section's score counts at `weight` (a fraction) towards the total. */
  z.strictObject({ kind: z.literal("weighted-part"), sections: z.array(z.string()).check(z.minLength(1)), weight: decimalString, source, note }),
  /** A cap stated for a 一级指标 only (本项扣分不超过10分): the deductions of the section's items together take at most `cap`. */
  z.strictObject({ kind: z.literal("section-deduction-cap"), sections: z.array(z.string()).check(z.minLength(1)), cap: decimalString, source, note }),
  /** 一票否决: what happens to the unit. */
  z.strictObject({
    kind: z.literal("veto"),
    effect: z.enum(["deduct-total", "zero-total", "lowest-grade"]),
    points: z.optional(decimalString),
    source,
    note,
  }),
]);

export const gradeBand = z.strictObject({
  name: z.string().check(z.minLength(1)),
  /** The grade's lower edge; absent for the lowest grade. */
  min: z.optional(decimalString),
  minInclusive: z.boolean(),
});

export const resultConversion = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("none") }),
  /** 总分根据考评项得分进行百分比转换: score / applicable max × 100. */
  z.strictObject({ kind: z.literal("percentage"), source, note }),
  /** 考核结果按最多扣2分进行折算: (max − score) / max × maxDeduction, taken off a target score. */
  z.strictObject({ kind: z.literal("deduction-scale"), maxDeduction: decimalString, source, note }),
  /** 满分3分: score / max × maxPoints. */
  z.strictObject({ kind: z.literal("points-scale"), maxPoints: decimalString, source, note }),
]);

export const rubricSchema = z
  .strictObject({
    kind: z.literal("rubric"),
    id: z.string().check(z.regex(/^[a-z0-9-]+$/, "ids are lower-case kebab-case")),
    title: z.string().check(z.minLength(1)),
    region: z.string(),
    year: z.optional(z.number().check(z.int())),
    /** Who the table assesses; also the ranking group's name. */
    assesses: z.string(),
    /** Where in the source documents the table is. */
    document: z.optional(z.string()),
    totalPoints: decimalString,
    sections: z.array(rubricSection).check(z.minLength(1)),
    items: z.array(rubricItem).check(z.minLength(1)),
    policies: z.array(rubricPolicy),
    grades: z.optional(z.array(gradeBand)),
    gradesSource: z.optional(z.string()),
    result: z.optional(resultConversion),
    /** Id of the targets file its ratio clauses measure against (攀枝花 任务分配表). */
    targets: z.optional(z.string()),
    /** Id of the adoption-scale file that turns adopted items into points (攀枝花 计分标准). */
    adoptionScale: z.optional(z.string()),
    /** Notes printed under the table, verbatim. */
    notes: z.optional(z.array(z.string())),
  })
  .check(z.superRefine(checkRubricInvariants));

export type Rubric = z.infer<typeof rubricSchema>;
export type RubricItem = z.infer<typeof rubricItem>;
export type RubricSection = z.infer<typeof rubricSection>;
export type RubricPolicy = z.infer<typeof rubricPolicy>;
export type SectionKind = z.infer<typeof sectionKind>;

export function decimalOf(text: string): Decimal {
  return new Decimal(text);
}
