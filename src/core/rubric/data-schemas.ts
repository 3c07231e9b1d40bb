import { z } from "zod/mini";
import { amount } from "./clause-schema";

/**
 * Files beside the rubrics that hold a document's data rather than a table's
 * rules: ranking groups (三河's 30 departments and 18 towns), each unit's
 * targets (攀枝花's 任务分配表) and points per adopted item (攀枝花's 计分标准).
 */
export const groupsFileSchema = z.strictObject({
  kind: z.literal("groups"),
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  title: z.string().check(z.minLength(1)),
  document: z.optional(z.string()),
  groups: z
    .array(
      z.strictObject({
        name: z.string().check(z.minLength(1)),
        /** The rubric id the group's units are scored with. */
        rubric: z.string().check(z.minLength(1)),
        units: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
        source: z.string().check(z.minLength(1)),
      }),
    )
    .check(z.minLength(1)),
});

export const targetsFileSchema = z.strictObject({
  kind: z.literal("targets"),
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  title: z.string().check(z.minLength(1)),
  document: z.optional(z.string()),
  /** What the target counts, e.g. "分" (points of adopted information). */
  unit: z.string().check(z.minLength(1)),
  units: z
    .array(
      z.strictObject({
        unit: z.string().check(z.minLength(1)),
        group: z.string().check(z.minLength(1)),
        /** 市级采用任务; null when the unit has none. */
        city: z.nullable(amount),
        /** 省级采用任务; null when the unit has none. */
        province: z.nullable(amount),
        /** What the document prints beside the number ("含省直报点采用"). */
        note: z.optional(z.string().check(z.minLength(1))),
      }),
    )
    .check(z.minLength(1)),
});

export const adoptionScaleFileSchema = z.strictObject({
  kind: z.literal("adoption-scale"),
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  title: z.string().check(z.minLength(1)),
  document: z.optional(z.string()),
  entries: z
    .array(
      z.strictObject({
        /** 《攀政快讯》, 《每日政情》, 国办…: where the item was adopted. */
        publication: z.string().check(z.minLength(1)),
        /** Which target it counts towards. */
        level: z.enum(["city", "province"]),
        /** 条, 期, 篇, or 批示 for a leader's instruction. */
        per: z.string().check(z.minLength(1)),
        points: amount,
        text: z.string().check(z.minLength(1)),
      }),
    )
    .check(z.minLength(1)),
});

export type GroupsFile = z.infer<typeof groupsFileSchema>;
export type TargetsFile = z.infer<typeof targetsFileSchema>;
export type AdoptionScaleFile = z.infer<typeof adoptionScaleFileSchema>;
