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
  /**
   * 出现一次扣2分，每增加一次扣1分: the first occurrence takes `first`, each
   * one after it `points` (the count follows the first occurrence).
   */
  first: amount.optional(),
  text,
});

/**
 * 每降低10个百分点扣2分, 每少一个百分点扣0.5分: points per `step` of a
 * percentage shortfall. A rate step (每低于目标5个百分点扣0.5分; bonus:
 * 每超出目标10%加0.5分) names the `target` it is measured from, in percent,
 * when the text gives it as a number, and its `direction`: below (a
 * shortfall, the default) or above (an excess).
 */
export const perStepClause = z.strictObject({
  kind: z.literal("per-step"),
  effect,
  step: amount,
  points: amount,
  cap: amount.optional(),
  target: amount.optional(),
  direction: z.enum(["below", "above"]).optional(),
  text,
});

/**
 * 回复率低于95%的扣1分、低于90%的扣2分: a rate against thresholds; the
 * furthest threshold passed gives the amount (not their sum). `below`:
 * the rate is under the edge (低于, 不足, 未达到); `above`: over it (高于, 超过).
 * `inclusive`: the edge itself triggers (95%以下, 不高于).
 */
export const rateTriggerClause = z.strictObject({
  kind: z.literal("rate-trigger"),
  effect,
  /** What is measured, in the document's words (回复率, 按时办结率); absent when unnamed. */
  measure: z.string().min(1).optional(),
  thresholds: z
    .array(z.strictObject({ direction: z.enum(["below", "above"]), edge: amount, inclusive: z.boolean(), points: amount }))
    .min(1),
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

/**
 * 根据实际情况进行扣分, 加分酌情而定: the assessor's entry is taken as given,
 * within the caps. With a range (视情况扣1至3分, 酌情给0-2分, 在3分以内酌情扣分,
 * 扣0.5—2分) the entry is checked against `min`…`max`; `min` absent is 0.
 */
export const judgementClause = z.strictObject({ kind: z.literal("judgement"), effect, min: amount.optional(), max: amount.optional(), text });

/**
 * 经督促仍未整改的，再扣2分: taken only on top of the clause it aggravates —
 * `aggravates` is that clause's index in the item's clauses (the one before
 * it, as printed).
 */
export const aggravationClause = z.strictObject({
  kind: z.literal("aggravation"),
  effect,
  points: amount,
  aggravates: z.number().int().nonnegative(),
  text,
});

/** 存在下列情形之一的扣1分: one amount however many of the listed cases occur. */
export const anyOfClause = z.strictObject({
  kind: z.literal("any-of"),
  effect,
  points: amount,
  /** The cases listed, in the document's words, when the text lists them. */
  cases: z.array(z.string().min(1)).optional(),
  text,
});

/**
 * 有…的得5分，没有的扣1分: present earns `points` (the item's whole points when
 * it says so); absent takes `deduct` — the most the item can lose. `deduct`
 * absent: absence takes everything (没有的不得分).
 */
export const presenceClause = z.strictObject({
  kind: z.literal("presence"),
  points: amount,
  deduct: amount.optional(),
  text,
});

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
  rateTriggerClause,
  aggravationClause,
  anyOfClause,
  presenceClause,
]);

export type Clause = z.infer<typeof clause>;
export type ClauseKind = Clause["kind"];
export type Band = z.infer<typeof band>;
export const CLAUSE_KINDS: readonly ClauseKind[] = clause.options.map((o) => o.shape.kind.value);
