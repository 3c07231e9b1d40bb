/**
 * Findings are data: a stable code, the cell it concerns and the facts a
 * message needs, typed per code. Human text is made from them per locale
 * (messages-*.ts), so the core never formats sentences while it scores, and
 * the compiler catches a call site that forgets a fact a message uses.
 */
export type Severity = "error" | "warning" | "info";

type P<K extends string> = { readonly [key in K]: string };

/** The facts each code's message needs. */
export interface FindingParamsByCode {
  NO_TABLE: P<"lookedFor" | "closestRow" | "closestText">;
  ENTRY_NOT_NUMBER: P<"text" | "column">;
  ENTRY_NEGATIVE: P<"column" | "value">;
  ENTRY_WITHOUT_POINTS: P<"item" | "value" | "column">;
  ENTRY_MISSING: P<"item">;
  CAP_EXCEEDED: P<"entered" | "cap">;
  BONUS_CAP_EXCEEDED: P<"entered" | "cap">;
  SECTION_CAP_EXCEEDED: P<"section" | "entered" | "cap">;
  BONUS_NOT_ALLOWED: P<"item" | "value" | "column">;
  DEDUCTION_NOT_ALLOWED: P<"item" | "value" | "column">;
  SCORE_ABOVE_POINTS: P<"value" | "points">;
  OUTPUT_FOREIGN_VALUE: P<"value" | "computed">;
  OUTPUT_FOREIGN_FORMULA: P<"formula" | "computed">;
  SECTION_POINTS_MISMATCH: P<"section" | "declared" | "sum">;
  SHEET_PROTECTED: P<"count">;
  ROW_UNMATCHED: P<"rubric" | "text">;
  ITEM_MISSING: P<"rubric" | "item">;
  POINTS_DIFFER: P<"item" | "sheet" | "rubric">;
  ALL_OR_NOTHING: P<"entered" | "points">;
  VETO_NOT_ALLOWED: P<"item">;
  AVERAGE_PENDING: P<"item">;
  DUPLICATE_UNIT: P<"unit" | "first" | "second">;
  UNIT_NO_GROUP: P<"unit" | "groups">;
  DEDUCTION_NOT_PRODUCIBLE: P<"value" | "steps">;
  ANSWER_NOT_YES_NO: P<"item" | "text">;
  SELF_SCORE_DIFFERS: P<"self" | "selfCell" | "score">;
  ADOPTION_SCORE_DIFFERS: P<"item" | "typed" | "computed" | "working">;
  UNIT_NO_TARGET: P<"unit" | "targets">;
  ADOPTION_COUNTS_MISSING: P<"unit" | "sheet">;
  ENTRY_MERGED: P<"item" | "rows">;
  OUTPUT_MERGED: P<"item" | "rows">;
  OUTPUT_NOT_WRITABLE: P<"computed">;
  NO_POINTS: P<"columns">;
  SCORE_NOT_PRODUCIBLE: P<"value" | "allowed">;
  /** A stored rubric choice names a rubric this version does not bundle: the table is matched as --rubric auto. */
  STORED_RUBRIC_UNKNOWN: P<"rubric" | "table">;
  /** A stored custom rubric (or the stored choice itself) cannot be read: the table is matched as --rubric auto. */
  STORED_RUBRIC_INVALID: P<"table" | "reason">;
  /** A formula saved without its result (openpyxl and other generators): read as blank it would silently change a score. */
  FORMULA_NOT_CALCULATED: P<"formula">;
  /** An entry Excel shows as a date, time, percent or TRUE/FALSE: type is date | time | percent | boolean; a percent is counted as stored, the others are not. */
  ENTRY_DISPLAY_TYPE: P<"column" | "type" | "shown" | "stored">;
  /** A header word Kaohe does not know, or a second column naming a role already taken: ignored, never a unit. */
  COLUMN_UNKNOWN: P<"header" | "numbers" | "role" | "roleEn" | "usedColumn">;
  /** Numbers typed in a 备注-like column: not counted. */
  COLUMN_IGNORED: P<"header" | "numbers">;
  /** A column whose role was read from its content, its header word being unknown. */
  COLUMN_ROLE_FROM_CONTENT: P<"header" | "role" | "roleEn">;
  /** A note under the table that could not be read as a scoring rule. */
  NOTE_UNREAD: P<"note" | "row">;
  /** A bonus gate (自评得分达到80分以上方可申报加分) not met: the bonus is not counted. */
  GATE_NOT_MET: P<"base" | "min" | "source" | "bonus">;
  /** A pass mark (单项得分低于满分60%的评为不合格) bites. */
  BELOW_PASS_MARK: P<"what" | "score" | "points" | "share" | "mark" | "verdict" | "source">;
  /** An entry outside a judgement clause's range (视情况扣1至3分). */
  JUDGEMENT_OUT_OF_RANGE: P<"column" | "value" | "min" | "max" | "text">;
  /** Rule words the parser could not read: the item is scored from the assessor's entry, for review. */
  RULE_UNREAD: P<"item" | "text">;
  /** A stated cap above the row's points: the points bind. */
  CAP_ABOVE_POINTS: P<"item" | "cap" | "points">;
  /** A section counted at a weight (第三方评估得分按30%计入). */
  WEIGHTED_PART: P<"section" | "score" | "weight" | "weighted" | "source">;
  /** 不涉及 on an item whose rubric says nothing of items outside a unit's duties: counted as 0 of its points, not converted. */
  NOT_APPLICABLE_NO_RULE: P<"item" | "points">;
  /** A blank header cell read with the word its page-break repeat prints there: one table, not two. */
  HEADER_CELL_BLANK: P<"header" | "repeat">;
}

export type FindingCode = keyof FindingParamsByCode;

/** Any finding's params, for code that only passes them on. */
export type FindingParams = FindingParamsByCode[FindingCode];

interface FindingOf<C extends FindingCode> {
  readonly severity: Severity;
  readonly code: C;
  readonly sheet: string;
  /** A1 address, or "" when the finding concerns a whole sheet. */
  readonly cell: string;
  /** The unit (单位) the finding belongs to, where a sheet holds several (an assessor's matrix); absent when it concerns the table. */
  readonly unit?: string;
  readonly params: FindingParamsByCode[C];
}

/** A union keyed on `code`: switching on it narrows `params`. */
export type Finding = { [C in FindingCode]: FindingOf<C> }[FindingCode];

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
  STORED_RUBRIC_UNKNOWN: "warning",
  STORED_RUBRIC_INVALID: "warning",
  FORMULA_NOT_CALCULATED: "error",
  ENTRY_DISPLAY_TYPE: "error",
  COLUMN_UNKNOWN: "warning",
  COLUMN_IGNORED: "info",
  COLUMN_ROLE_FROM_CONTENT: "warning",
  NOTE_UNREAD: "warning",
  GATE_NOT_MET: "warning",
  BELOW_PASS_MARK: "warning",
  JUDGEMENT_OUT_OF_RANGE: "warning",
  RULE_UNREAD: "info",
  CAP_ABOVE_POINTS: "warning",
  WEIGHTED_PART: "info",
  NOT_APPLICABLE_NO_RULE: "warning",
  HEADER_CELL_BLANK: "warning",
};

/** A code whose message needs no facts may be given without params; any other must have all of its own. */
type ParamsArg<C extends FindingCode> = Record<string, never> extends FindingParamsByCode[C] ? [params?: FindingParamsByCode[C]] : [params: FindingParamsByCode[C]];

export function finding<C extends FindingCode>(code: C, sheet: string, cell: string, ...[params]: ParamsArg<C>): Finding {
  // The mapped union cannot see that `code` and `params` agree; the signature guarantees it.
  return { severity: SEVERITY[code], code, sheet, cell, params: params ?? {} } as FindingOf<C> as Finding;
}

/** The same finding, said of one unit (a matrix workbook's column). */
export function ofUnit(f: Finding, unit: string): Finding {
  return f.unit === undefined ? { ...f, unit } : f;
}

/** One fact of any finding by name, for code that lists or compares findings without switching on the code. */
export function findingParam(f: Finding, key: string): string | undefined {
  return (f.params as Readonly<Record<string, string>>)[key];
}
