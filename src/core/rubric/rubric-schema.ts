import Decimal from "decimal.js";
import { z } from "zod";

/**
 * The rubric file format (DESIGN.md §2): one official table. Points are
 * decimal strings so a file says exactly what the document says; the scorer
 * turns them into decimal.js values.
 */
export const decimalString = z
  .string()
  .regex(/^\d+(\.\d+)?$/, "must be a non-negative decimal string such as \"2\" or \"0.5\"");

export const sectionKind = z.enum(["base", "bonus", "penalty"]);

export const rubricSection = z.strictObject({
  name: z.string().min(1),
  /** Base sections: their points. 加分/扣分 sections: their cap ("加分 10分"). */
  points: decimalString.nullable(),
  kind: sectionKind,
  /** The sentence or label the points were read from. */
  source: z.string().optional(),
});

export const rubricItem = z.strictObject({
  id: z.string().min(1),
  section: z.string().min(1),
  path: z.array(z.string()).min(1),
  content: z.string(),
  /** null: the row has no base points (长子 赋分 "—"). */
  points: decimalString.nullable(),
  rule: z.string(),
  bonusRule: z.string().optional(),
  /** Most a deduction can take; defaults to the item's points (扣完为止). */
  deductionCap: decimalString.optional(),
  /** Most a bonus can add; absent means the item takes no bonus. */
  bonusCap: decimalString.optional(),
});

export const rubricPolicy = z.strictObject({
  kind: z.enum(["deduction-cap-is-points"]),
  /** The document's own sentence this policy was read from. */
  source: z.string().min(1),
});

export const rubricSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/, "ids are lower-case kebab-case"),
    title: z.string().min(1),
    region: z.string(),
    year: z.number().int().optional(),
    /** Who the table assesses; also the ranking group's name. */
    assesses: z.string(),
    totalPoints: decimalString,
    sections: z.array(rubricSection).min(1),
    items: z.array(rubricItem).min(1),
    policies: z.array(rubricPolicy),
  })
  .superRefine((rubric, ctx) => {
    const ids = new Set<string>();
    const sections = new Map(rubric.sections.map((s) => [s.name, s]));
    rubric.items.forEach((item, i) => {
      if (ids.has(item.id)) ctx.addIssue({ code: "custom", path: ["items", i, "id"], message: `item ${item.id}: duplicate id` });
      ids.add(item.id);
      if (!sections.has(item.section)) {
        ctx.addIssue({ code: "custom", path: ["items", i, "section"], message: `item ${item.id}: unknown section "${item.section}"` });
      }
      if (item.deductionCap !== undefined && item.points !== null && new Decimal(item.deductionCap).gt(item.points)) {
        ctx.addIssue({ code: "custom", path: ["items", i, "deductionCap"], message: `item ${item.id}: cap ${item.deductionCap} exceeds its points ${item.points}` });
      }
    });
    for (const [name, section] of sections) {
      if (section.kind !== "base" || section.points === null) continue;
      const sum = rubric.items
        .filter((item) => item.section === name)
        .reduce((acc, item) => acc.plus(item.points ?? 0), new Decimal(0));
      if (!sum.eq(section.points)) {
        ctx.addIssue({ code: "custom", path: ["sections"], message: `section ${name}: items add up to ${sum.toFixed()}, not ${section.points}` });
      }
    }
  });

export type Rubric = z.infer<typeof rubricSchema>;
export type RubricItem = z.infer<typeof rubricItem>;
export type RubricSection = z.infer<typeof rubricSection>;
export type SectionKind = z.infer<typeof sectionKind>;
