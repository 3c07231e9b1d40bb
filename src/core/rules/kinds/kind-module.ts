import type Decimal from "decimal.js";
import type { FormField } from "../../entry-form/entry-form";
import type { Clause, ClauseKind } from "../../rubric/clause-schema";
import type { ClauseReading, FragmentReading } from "../fragment-reading";

export type ClauseOf<K extends ClauseKind> = Extract<Clause, { kind: K }>;

/**
 * What a clause lets the assessor take off: amounts taken once, amounts that
 * repeat, groups of amounts of which at most one is taken (tiers), or anything
 * (a judgement).
 */
export type StepsOf =
  | { readonly once: readonly Decimal[]; readonly repeated: readonly Decimal[]; readonly choices?: readonly (readonly Decimal[])[] }
  | "any";

/** What one fragment reader sees: the fragment, normalised, and the verb-less words before it. */
export interface ReadContext {
  readonly n: string;
  /** The condition words before the fragment, normalised, each followed by ","; "" when none. */
  readonly condition: string;
}

/** A text pattern with its place in the reading order (lower reads first). */
export interface FragmentReader {
  readonly name: string;
  readonly order: number;
  read(context: ReadContext): FragmentReading | undefined;
}

/**
 * Everything about one clause kind (DESIGN.md §2): its text patterns, how
 * far it can move a score (reachable range), the deduction amounts it can
 * produce, and its 录入 form fields. Its zod schema sits beside it in
 * schema.ts, so the rubric format and this module change together.
 */
export interface KindModule<K extends ClauseKind> {
  readonly kind: K;
  readonly readers: readonly FragmentReader[];
  /** The most it takes off; "unbounded" when nothing in the clause limits it. */
  maxDeduction(clause: ClauseOf<K>): Decimal | "unbounded";
  /** The most it earns towards the item's points. */
  maxAward(clause: ClauseOf<K>): Decimal;
  /** The most it adds on top; "unbounded" when uncapped. */
  maxBonus(clause: ClauseOf<K>): Decimal | "unbounded";
  /** True when the assessor's judgement (or an external measure) can put the score anywhere in the item's range. */
  spansRange(clause: ClauseOf<K>): boolean;
  /** The deduction amounts it can produce, or "any"; `points`: the item's, when known (得满分 tiers need them). */
  deductionSteps(clause: ClauseOf<K>, points?: Decimal): StepsOf;
  /**
   * Joins the clause just read to the one before it when together they are
   * one of this kind (bands written one per fragment; 有…的得5分，没有的扣1分).
   * `words` are the new fragment's normalised words.
   */
  merge?(previous: Clause, next: ClauseReading, words: string): ClauseReading | undefined;
  /** Once the whole rule is read: rewrites the clauses when together they say this kind (达标得5分 then deductions: a presence). */
  settle?(clauses: readonly Clause[], rule: string): Clause[];
  /** Its fields in the 录入 form. */
  formFields(clause: ClauseOf<K>, index: number, label: string): FormField[];
}
