/**
 * Findings are data: a stable code, the cell it concerns and the facts a
 * message needs. Human text is made from them per locale (messages-*.ts), so
 * the core never formats sentences while it scores.
 */
export type Severity = "error" | "warning" | "info";

export type FindingCode =
  | "NO_TABLE"
  | "ENTRY_NOT_NUMBER"
  | "ENTRY_NEGATIVE"
  | "ENTRY_WITHOUT_POINTS"
  | "ENTRY_MISSING"
  | "CAP_EXCEEDED"
  | "BONUS_CAP_EXCEEDED"
  | "SECTION_CAP_EXCEEDED"
  | "BONUS_NOT_ALLOWED"
  | "DEDUCTION_NOT_ALLOWED"
  | "SCORE_ABOVE_POINTS"
  | "OUTPUT_FOREIGN_VALUE"
  | "OUTPUT_FOREIGN_FORMULA"
  | "SECTION_POINTS_MISMATCH"
  | "SHEET_PROTECTED"
  | "ROW_UNMATCHED"
  | "ITEM_MISSING"
  | "POINTS_DIFFER"
  | "ALL_OR_NOTHING"
  | "VETO_NOT_ALLOWED"
  | "AVERAGE_PENDING"
  | "DUPLICATE_UNIT"
  | "UNIT_NO_GROUP"
  | "DEDUCTION_NOT_PRODUCIBLE"
  | "ANSWER_NOT_YES_NO"
  | "SELF_SCORE_DIFFERS"
  | "ADOPTION_SCORE_DIFFERS"
  | "UNIT_NO_TARGET"
  | "ADOPTION_COUNTS_MISSING"
  | "ENTRY_MERGED"
  | "OUTPUT_MERGED"
  | "OUTPUT_NOT_WRITABLE"
  | "NO_POINTS"
  | "SCORE_NOT_PRODUCIBLE"
  | "GATE_NOT_MET"
  | "BELOW_PASS_MARK"
  | "JUDGEMENT_OUT_OF_RANGE"
  | "RULE_UNREAD"
  | "CAP_ABOVE_POINTS"
  | "WEIGHTED_PART";

export type FindingParams = Readonly<Record<string, string>>;

export interface Finding {
  readonly severity: Severity;
  readonly code: FindingCode;
  readonly sheet: string;
  /** A1 address, or "" when the finding concerns a whole sheet. */
  readonly cell: string;
  readonly params: FindingParams;
}

/** Each code's one severity, so the same problem always weighs the same. */
export const SEVERITY: Readonly<Record<FindingCode, Severity>> = {
  NO_TABLE: "error",
  ENTRY_NOT_NUMBER: "error",
  ENTRY_NEGATIVE: "error",
  ENTRY_WITHOUT_POINTS: "error",
  ENTRY_MISSING: "warning",
  CAP_EXCEEDED: "warning",
  BONUS_CAP_EXCEEDED: "warning",
  SECTION_CAP_EXCEEDED: "warning",
  BONUS_NOT_ALLOWED: "error",
  DEDUCTION_NOT_ALLOWED: "error",
  SCORE_ABOVE_POINTS: "error",
  OUTPUT_FOREIGN_VALUE: "warning",
  OUTPUT_FOREIGN_FORMULA: "warning",
  SECTION_POINTS_MISMATCH: "warning",
  SHEET_PROTECTED: "error",
  ROW_UNMATCHED: "warning",
  ITEM_MISSING: "warning",
  POINTS_DIFFER: "warning",
  ALL_OR_NOTHING: "warning",
  VETO_NOT_ALLOWED: "error",
  AVERAGE_PENDING: "info",
  DUPLICATE_UNIT: "error",
  UNIT_NO_GROUP: "warning",
  DEDUCTION_NOT_PRODUCIBLE: "warning",
  ANSWER_NOT_YES_NO: "error",
  SELF_SCORE_DIFFERS: "info",
  ADOPTION_SCORE_DIFFERS: "warning",
  UNIT_NO_TARGET: "warning",
  ADOPTION_COUNTS_MISSING: "warning",
  ENTRY_MERGED: "warning",
  OUTPUT_MERGED: "warning",
  OUTPUT_NOT_WRITABLE: "error",
  NO_POINTS: "error",
  SCORE_NOT_PRODUCIBLE: "warning",
  GATE_NOT_MET: "warning",
  BELOW_PASS_MARK: "warning",
  JUDGEMENT_OUT_OF_RANGE: "warning",
  RULE_UNREAD: "info",
  CAP_ABOVE_POINTS: "warning",
  WEIGHTED_PART: "info",
};

export function finding(code: FindingCode, sheet: string, cell: string, params: FindingParams = {}): Finding {
  return { severity: SEVERITY[code], code, sheet, cell, params };
}
