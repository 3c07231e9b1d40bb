import type { Finding } from "./finding";

/** English messages, one per code, for the en-US locale. */
export function messageEnUs(f: Finding): string {
  const { code, params: p } = f;
  switch (code) {
    case "NO_TABLE":
      return `No scoresheet found: expected headers (${p.lookedFor}). Closest was row ${p.closestRow}: "${p.closestText}"`;
    case "ENTRY_NOT_NUMBER":
      return `"${p.text}" is not a number and was not counted. Enter a number or 不涉及`;
    case "ENTRY_NEGATIVE":
      return `${p.column} cannot be negative (${p.value}); counted as 0`;
    case "ENTRY_WITHOUT_POINTS":
      return `This row has no points; ${p.column} (${p.value}) cannot be entered here`;
    case "ENTRY_MISSING":
      return `"${p.item}" has no entry yet`;
    case "CAP_EXCEEDED":
      return `Deduction ${p.entered} exceeds the item's cap ${p.cap}; counted as ${p.cap}`;
    case "BONUS_CAP_EXCEEDED":
      return `Bonus ${p.entered} exceeds its cap ${p.cap}; counted as ${p.cap}`;
    case "SECTION_CAP_EXCEEDED":
      return `"${p.section}" adds up to ${p.entered}, above its cap ${p.cap}; counted as ${p.cap}`;
    case "BONUS_NOT_ALLOWED":
      return `"${p.item}" has no bonus rule; the bonus ${p.value} was not counted`;
    case "DEDUCTION_NOT_ALLOWED":
      return `"${p.item}" is a bonus item; a deduction (${p.value}) cannot be entered`;
    case "SCORE_ABOVE_POINTS":
      return `Score ${p.value} exceeds the item's points ${p.points}`;
    case "OUTPUT_FOREIGN_VALUE":
      return `The score cell holds "${p.value}", not written by Kaohe; left as is (computed: ${p.computed})`;
    case "OUTPUT_FOREIGN_FORMULA":
      return `The score cell holds the formula =${p.formula}; left as is (computed: ${p.computed})`;
    case "SECTION_POINTS_MISMATCH":
      return `"${p.section}" is labelled ${p.declared} points but its items add up to ${p.sum}`;
    case "ROW_UNMATCHED":
      return `Row "${p.text}" matches no item of rubric ${p.rubric}; not scored`;
    case "ITEM_MISSING":
      return `The sheet lacks the item "${p.item}" of rubric ${p.rubric}`;
    case "POINTS_DIFFER":
      return `"${p.item}" has ${p.sheet} points on the sheet but ${p.rubric} in the rubric; the rubric's count`;
    case "ALL_OR_NOTHING":
      return `All-or-nothing item: the deduction ${p.entered} takes all ${p.points} points`;
    case "VETO_NOT_ALLOWED":
      return `"${p.item}" has no veto rule; the veto was not counted`;
    case "AVERAGE_PENDING":
      return `"${p.item}" is not applicable and takes the average of the units that have it; none has it here, counted as 0 for now`;
    case "DUPLICATE_UNIT":
      return `Unit "${p.unit}" appears twice: ${p.first} and ${p.second}`;
    case "UNIT_NO_GROUP":
      return `Unit "${p.unit}" is in no group (${p.groups}); listed as 未分组`;
    case "DEDUCTION_NOT_PRODUCIBLE":
      return `The deduction ${p.value} cannot be made of this item's rules (allowed: ${p.steps}); please check`;
    case "ANSWER_NOT_YES_NO":
      return `"${p.item}": the answer "${p.text}" should be 是, 否 or 不涉及`;
    case "SELF_SCORE_DIFFERS":
      return `Self-assessed ${p.self} (${p.selfCell}) differs from the assessed score ${p.score}`;
    case "ADOPTION_SCORE_DIFFERS":
      return `"${p.item}" is typed as ${p.typed}; the adoption counts give ${p.computed} (${p.working})`;
    case "UNIT_NO_TARGET":
      return `"${p.unit}" is not in the targets (${p.targets}); its adoption score cannot be checked`;
    case "ADOPTION_COUNTS_MISSING":
      return `"${p.unit}" is not on the adoption sheet "${p.sheet}"; its adoption score cannot be checked`;
    case "ENTRY_MERGED":
      return `This entry cell is merged over rows ${p.rows}; it counts for "${p.item}" only. Unmerge it and enter each item`;
    case "OUTPUT_MERGED":
      return `The score cell is merged over rows ${p.rows}; "${p.item}" cannot get its own score. Unmerge the cells`;
    case "OUTPUT_NOT_WRITABLE":
      return `The result ${p.computed} is too large for a cell and was not written; check the points`;
    case "NO_POINTS":
      return `The table has no points (no ${p.columns} column and no rubric given); it cannot be scored. Restore the points column or use --rubric`;
    case "SCORE_NOT_PRODUCIBLE":
      return `The score ${p.value} cannot come from this item's parts (possible: ${p.allowed}); please check`;
    case "FORMULA_NOT_CALCULATED":
      return `The formula =${p.formula} was saved without its calculated value and cannot be read as blank; open and save the workbook in Excel or WPS, then score again`;
    case "ENTRY_DISPLAY_TYPE":
      return p.type === "percent"
        ? `This ${p.column} cell shows as the percent "${p.shown}" in Excel (the value is ${p.stored}); counted as ${p.stored}. Check what was meant and set the cell's format to General or Number`
        : `This ${p.column} cell shows as the ${p.type} "${p.shown}" in Excel${p.type === "boolean" ? "" : ` (the value is ${p.stored})`}; it is not ${p.column === "实施情况" ? "是/否" : "a score"} and was not counted. Set the cell's format to General and enter it again`;
    case "COLUMN_UNKNOWN":
      return `The header "${p.header}" is not a scoresheet column${p.role === "" ? "" : ` (the ${p.roleEn} column is column ${p.usedColumn})`}; the column is ignored, not read as a unit or an entry${p.numbers === "0" ? "" : `; ${p.numbers} numbers in it were not counted`}. If it is an entry column, rename it (扣分, 加分, 得分)`;
    case "COLUMN_IGNORED":
      return `The "${p.header}" column holds ${p.numbers} numbers; it is a remarks column and was not counted`;
    case "COLUMN_ROLE_FROM_CONTENT":
      return `The header "${p.header}" is not a known column name; from its content it was read as the ${p.roleEn} column. Please check, or rename the header`;
    case "NOTE_UNREAD":
      return `The note under the table${p.row === "" ? "" : ` (row ${p.row})`} "${p.note}" could not be read as a scoring rule and was not applied; if it affects scores, state it in a rubric file (kaohe rubric draft)`;
    case "GATE_NOT_MET":
      return `Base score ${p.base} is below ${p.min} (${p.source}); the bonus of ${p.bonus} does not count`;
    case "BELOW_PASS_MARK":
      return `"${p.what}" scored ${p.score}, under ${p.share} of its ${p.points} points (${p.mark}): rated ${p.verdict} (${p.source})`;
    case "JUDGEMENT_OUT_OF_RANGE":
      return `${p.column} ${p.value} is outside the range ${p.min}–${p.max} the rule gives (${p.text}); please check`;
    case "RULE_UNREAD":
      return `Part of the rule for "${p.item}" could not be read (${p.text}); the entry is taken as given — please review`;
    case "CAP_ABOVE_POINTS":
      return `The rule for "${p.item}" caps deductions at ${p.cap}, above the item's ${p.points} points; the points bind — please check`;
    case "WEIGHTED_PART":
      return `"${p.section}" scored ${p.score}, counted at ${p.weight}: ${p.weighted} (${p.source})`;
    case "HEADER_CELL_BLANK":
      return `This header cell is blank; the repeated header below (${p.repeat}) says "${p.header}" in this column, so the table was read with "${p.header}". Fill in the header and recalculate`;
    case "NOT_APPLICABLE_NO_RULE":
      return `"${p.item}" is marked not applicable, but the rubric does not say how items outside a unit's duties are scored: its ${p.points} points count as 0 and stay in the maximum (no conversion). Add the rule to the rubric if it should be converted or shared, then recalculate`;
    case "SHEET_PROTECTED":
      return `Sheet "${f.sheet}" is protected; ${p.count} scores were not written. Unprotect it and recalculate`;
    case "STORED_RUBRIC_UNKNOWN":
      return `The workbook's stored rubric "${p.rubric}" is not bundled with this version; ${p.table} is matched automatically instead`;
    case "STORED_RUBRIC_INVALID":
      return `The workbook's stored rubric cannot be read (${p.reason}); ${p.table} is matched automatically instead`;
  }
}
