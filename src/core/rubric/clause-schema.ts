import { z } from "zod";

/**
 * One rule inside an item's rule text (DESIGN.md §2 Clause). Every clause
 * keeps `text`: the exact words of the rule text it stands for, so a reader
 * can check the reading against the document.
 */
export const amount = z.string().regex(/^\d+(\.\d+)?$/, 'a non-negative decimal string such as "2" or "0.5"');

/** deduct: taken from the item's points; award: earned towards them (得0.5分); bonus: added on top (加分). */
export const effect = z.enum(["deduct", "award", "bonus"]);

const text = z.string().min(1);

/** 未纳入综合考评的扣1分 / 加2分 / 有检查、整改记录，得0.5分 */
export const flatClause = z.strictObject({
  kind: z.literal("flat"),
  effect,
  points: amount,
  text,
});

/** 每少一项扣0.5分, 发现一件扣1分, 每次加1分, 每超期一次扣0.2分 — with its own cap when the text gives one. */
export const perOccurrenceClause = z.strictObject({
  kind: z.literal("per-occurrence"),
  effect,
  points: amount,
  /** What is counted: 项, 件, 次, 处, 条, 期… */
  per: z.string().min(1),
  cap: amount.optional(),
  text,
});

/** 每降低10个百分点扣2分, 每少一个百分点扣0.5分: points per `step` of a percentage shortfall. */
export const perStepClause = z.strictObject({
  kind: z.literal("per-step"),
  effect,
  step: amount,
  points: amount,
  cap: amount.optional(),
  text,
});

/** One band of a rate, in percent; a missing edge is open. Edges are inclusive as the document writes them. */
export const band = z.strictObject({
  from: amount.optional(),
  fromInclusive: z.boolean(),
  to: amount.optional(),
  toInclusive: z.boolean(),
  points: amount,
});

/** 完成50%-40%得5分，40%-30%得4分 … 10%以下得0分 */
export const bandsClause = z.strictObject({
  kind: z.literal("bands"),
  bands: z.array(band).min(1),
  text,
});

/** 学习一次0.8分, 两次以上1分: points by how many times something was done. */
export const levelsClause = z.strictObject({
  kind: z.literal("levels"),
  levels: z.array(z.strictObject({ atLeast: z.number().int().nonnegative(), points: amount })).min(1),
  text,
});

/** "1.答复时限…(1分)": a part of the item worth its own points. */
export const subRequirementClause = z.strictObject({
  kind: z.literal("sub-requirement"),
  label: z.string().min(1),
  points: amount,
  /** (1分/项): the points are per item of a list rather than for the whole. */
  perItem: z.boolean().optional(),
  text,
});

/** 攀枝花: 完成目标分值70%以上不足100%得70%分数: a share of the points by the ratio achieved/target, in percent. */
export const ratioClause = z.strictObject({
  kind: z.literal("ratio"),
  /** The points the share is taken of, when not the whole item's (攀枝花: 市级 64, 省级 16). */
  points: amount.optional(),
  /** Which of a unit's targets the ratio measures (攀枝花 任务分配表: 市级 or 省级 采用任务). */
  target: z.enum(["city", "province"]).optional(),
  bands: z.array(z.strictObject({
    from: amount.optional(),
    fromInclusive: z.boolean(),
    to: amount.optional(),
    toInclusive: z.boolean(),
    /** Share of the item's points, as a fraction ("0.7"). */
    share: amount,
  })).min(1),
  text,
});

/** 国家级每项加4分，省级每项3分…: points per occurrence at each level. */
export const byLevelClause = z.strictObject({
  kind: z.literal("by-level"),
  effect,
  levels: z.array(z.strictObject({ level: z.string().min(1), points: amount })).min(1),
  cap: amount.optional(),
  text,
});

/** 一票否决: what it does is the rubric's (policies). */
export const vetoClause = z.strictObject({ kind: z.literal("veto"), text });

/** 不得分 / 此项不得分: the item scores 0 when the condition holds. */
export const zeroOutClause = z.strictObject({ kind: z.literal("zero-out"), text });

/** 2013 checklists: a 是/否 question answered in 实施情况. */
export const checklistClause = z.strictObject({ kind: z.literal("checklist"), text });

/** 根据实际情况进行扣分, 加分酌情而定: the assessor's entry is taken as given, within the caps. */
export const judgementClause = z.strictObject({ kind: z.literal("judgement"), effect, text });

export const clause = z.discriminatedUnion("kind", [
  flatClause,
  perOccurrenceClause,
  perStepClause,
  bandsClause,
  levelsClause,
  subRequirementClause,
  ratioClause,
  byLevelClause,
  vetoClause,
  zeroOutClause,
  checklistClause,
  judgementClause,
]);

export type Clause = z.infer<typeof clause>;
export type ClauseKind = Clause["kind"];
export type Band = z.infer<typeof band>;
export const CLAUSE_KINDS: readonly ClauseKind[] = clause.options.map((o) => o.shape.kind.value);
