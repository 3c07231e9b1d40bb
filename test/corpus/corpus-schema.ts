// The development corpus file format (test/corpus/rubrics/*.json): one file
// per published rubric from outside the five source documents, each rule text
// quoted verbatim beside an assessor's reading of it. The reading uses the
// clause schema of the rubric files; a kind the schema does not have yet is
// written in its spirit and marked `pending` (issue 14) so the parser work
// can align with it.
import { z } from "zod";
import { clause } from "../../src/core/rubric/clause-schema";

const decimal = z.string().regex(/^\d+(\.\d+)?$/, 'a decimal string such as "2" or "0.5"');

/** Places and documents kept apart for the independent check (issue 14): never in the corpus. */
export const HELD_OUT = [
  "绵阳", "玉环", "鲤城", "宁国", "霍邱", "涡阳", "宣州", "金寨", "锦州", "涞源", "宣城", "湾沚", "咸宁", "咸安", "随州", "温州", "瓯海", "合肥", "萍乡",
  "国办秘函〔2019〕19号",
] as const;

/** The five source documents' places: their rubrics are the seeds, not the corpus. */
export const SEED_PLACES = ["岳阳", "三河", "攀枝花", "长子"] as const;

/** A clause as the reading writes it: the schema's kinds, or a pending kind in their spirit. */
const readingClause = z.looseObject({ kind: z.string().min(1), text: z.string().min(1) });

/**
 * A rubric policy the words state rather than an item rule (第三方评估得分按30%计入,
 * 自评得分达到80分以上方可申报加分), in the shapes of the rubric schema's policies
 * as issue 14 extends them (weighted-part, gate, pass-mark, section-deduction-cap…).
 */
const readingPolicy = z.looseObject({ kind: z.string().min(1), source: z.string().min(1) });

/** A grade band the words state (90分以上为优秀): the rubric schema's gradeBand. */
const readingGrade = z.strictObject({ name: z.string().min(1), min: decimal.optional(), minInclusive: z.boolean() });

export const corpusReading = z
  .strictObject({
    clauses: z.array(readingClause),
    /** Most the deductions can take, when the text states it (扣完N分为止, 最高扣N分); absent: the row's points. */
    deductionCap: decimal.optional(),
    /** Most the bonus can add, when the text states it. */
    bonusCap: decimal.optional(),
    /** Policies the text states for the rubric as a whole (weights, gates, pass marks). */
    policies: z.array(readingPolicy).optional(),
    /** Grade bands the text states, highest first. */
    grades: z.array(readingGrade).optional(),
    /** How the text was read and why, quoting its words. */
    note: z.string().min(1),
    /**
     * Clause kinds (or fields) today's schema lacks, comma-separated, written
     * in the shapes issue 14 gives them on branch h14-parser (judgement-range,
     * per-step-target, rate-trigger, presence, aggravation…): checked only for
     * kind and quoted words until the schema has them.
     */
    pending: z.string().min(1).optional(),
  })
  .superRefine((reading, ctx) => {
    if (reading.pending !== undefined) return;
    reading.clauses.forEach((c, i) => {
      const parsed = clause.safeParse(c);
      if (!parsed.success) {
        ctx.addIssue({ code: "custom", path: ["clauses", i], message: `not a clause of today's schema (mark the reading "pending"): ${parsed.error.issues.map((e) => e.message).join("; ")}` });
      }
    });
  });

export const corpusItem = z
  .strictObject({
    id: z.string().min(1),
    /** 一级, 二级… indicator names as printed. */
    path: z.array(z.string().min(1)).min(1),
    /** The row's points as printed; null where the row has none (加分 rows, 倒扣 rows). */
    points: decimal.nullable(),
    /** The rule text, verbatim. */
    rule: z.string().min(1),
    bonusRule: z.string().min(1).optional(),
    reading: corpusReading,
  })
  .superRefine((item, ctx) => {
    const words = `${item.rule}\n${item.bonusRule ?? ""}`;
    item.reading.clauses.forEach((c, i) => {
      if (!words.includes(c.text)) ctx.addIssue({ code: "custom", path: ["reading", "clauses", i, "text"], message: `quoted words not in the rule text: ${c.text}` });
    });
  });

export const corpusSource = z.strictObject({
  title: z.string().min(1),
  place: z.string().min(1),
  /** The document's year; null when the page shows none (a copy on a document-sharing site): the file is named <place>-undated-<slug>. */
  year: z.number().int().min(1990).max(2030).nullable(),
  /** The page address as the search tool gave it. */
  address: z.string().regex(/^https?:\/\//, "a page address"),
  publisher: z.string().min(1).optional(),
  /** What the page is and what part of it was quoted (the tool gives excerpts, not whole pages). */
  note: z.string().min(1).optional(),
});

export const corpusFile = z
  .strictObject({ source: corpusSource, items: z.array(corpusItem).min(1) })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.items.forEach((item, i) => {
      if (seen.has(item.id)) ctx.addIssue({ code: "custom", path: ["items", i, "id"], message: `duplicate item id ${item.id}` });
      seen.add(item.id);
    });
  });

export type CorpusFile = z.infer<typeof corpusFile>;
export type CorpusItem = z.infer<typeof corpusItem>;
export type CorpusReading = z.infer<typeof corpusReading>;
