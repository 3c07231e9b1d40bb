import type { Finding } from "../findings/finding";
import type { GroupsFile } from "../rubric/data-schemas";
import type { Rubric } from "../rubric/rubric-schema";
import type { MatchStats } from "../rubric/select-rubric";

/**
 * What scores a table, as the user chose it (or left it): matched as
 * --rubric auto does, one bundled rubric by id, the sheet's own rule text,
 * or a rubric file the user opened (kept whole, since the workbook must
 * score the same way on another machine).
 */
export type RubricChoice =
  | { readonly kind: "auto" }
  | { readonly kind: "bundled"; readonly id: string }
  | { readonly kind: "sheet" }
  | { readonly kind: "custom"; readonly rubric: Rubric };

/** A stored choice that could not be read back: kept as the reason, the table falls back to auto. */
export interface UnreadableChoice {
  readonly kind: "unreadable";
  readonly reason: string;
}

/** Where a table stands: its sheet and the A1 address of its header's first row, column A ("A3"). */
export interface TableRef {
  readonly sheet: string;
  readonly anchor: string;
}

export type GroupsChoice = { readonly kind: "bundled"; readonly id: string } | { readonly kind: "custom"; readonly file: GroupsFile };

/**
 * The choice as stored in the workbook (Kaohe's very hidden settings
 * sheet): one for every table, and any table's own, which wins; the groups
 * file 生成汇总 ranks by.
 */
export interface StoredChoice {
  readonly all?: RubricChoice | UnreadableChoice;
  readonly tables: readonly (TableRef & { readonly choice: RubricChoice | UnreadableChoice })[];
  readonly groups?: GroupsChoice | UnreadableChoice;
}

export const NO_STORED_CHOICE: StoredChoice = { tables: [] };

/** How sure the match is: 高 all rows and items match; 中 most do (≥ 80 %); 低 below, or the sheet's own text. */
export type ConfidenceLevel = "high" | "medium" | "low";

/**
 * Why a table is scored as it is: matched automatically, chosen by the user
 * (stored in the workbook, or --rubric on the command line), stored but no
 * longer valid (fell back to auto), or no rubric matched (the sheet's text).
 */
export type ChoiceReason = "matched" | "no-match" | "stored" | "explicit" | "stored-fallback";

export interface TableChoice extends TableRef {
  /** The unit of the table (the first unit of a matrix). */
  readonly unit: string;
  /** The rubric that scores it; undefined = the sheet's own text. */
  readonly rubric: Rubric | undefined;
  /** What the user's choice was (auto when none). */
  readonly choice: RubricChoice;
  readonly reason: ChoiceReason;
  readonly confidence: ConfidenceLevel;
  /** How well the scoring rubric (or, for the sheet's text, the closest candidate) fits the table. */
  readonly stats: MatchStats | undefined;
  /** The bundled rubrics that fit, best first, for a picker. */
  readonly alternatives: readonly { readonly id: string; readonly title: string; readonly stats: MatchStats }[];
}

export interface RubricChoices {
  readonly tables: readonly TableChoice[];
  /** Problems with the stored choice (STORED_RUBRIC_UNKNOWN, STORED_RUBRIC_INVALID). */
  readonly findings: readonly Finding[];
  /** The groups file 生成汇总 ranks by, when one is stored and readable. */
  readonly groups: GroupsFile | undefined;
}

export function tableKey(ref: TableRef): string {
  return `${ref.sheet}!${ref.anchor}`;
}
