import type { Finding } from "./finding";

/** English messages, one per code, for the en-US locale. */
export function messageEnUs(f: Finding): string {
  switch (f.code) {
    case "NO_TABLE":
      return `No scoresheet found: expected headers (${f.params.lookedFor}). Closest was row ${f.params.closestRow}: "${f.params.closestText}"`;
    case "ENTRY_NOT_NUMBER":
      return `"${f.params.text}" is not a number and was not counted. Enter a number or 不涉及`;
    case "ENTRY_NEGATIVE":
      return `${f.params.column} cannot be negative (${f.params.value}); counted as 0`;
    case "ENTRY_WITHOUT_POINTS":
      return `This row has no points; ${f.params.column} (${f.params.value}) cannot be entered here`;
    case "ENTRY_MISSING":
      return `"${f.params.item}" has no entry yet`;
    case "CAP_EXCEEDED":
      return `Deduction ${f.params.entered} exceeds the item's cap ${f.params.cap}; counted as ${f.params.cap}`;
    case "BONUS_CAP_EXCEEDED":
      return `Bonus ${f.params.entered} exceeds its cap ${f.params.cap}; counted as ${f.params.cap}`;
    case "SECTION_CAP_EXCEEDED":
      return `"${f.params.section}" adds up to ${f.params.entered}, above its cap ${f.params.cap}; counted as ${f.params.cap}`;
    case "BONUS_NOT_ALLOWED":
      return `"${f.params.item}" has no bonus rule; the bonus ${f.params.value} was not counted`;
    case "DEDUCTION_NOT_ALLOWED":
      return `"${f.params.item}" is a bonus item; a deduction (${f.params.value}) cannot be entered`;
    case "SCORE_ABOVE_POINTS":
      return `Score ${f.params.value} exceeds the item's points ${f.params.points}`;
    case "OUTPUT_FOREIGN_VALUE":
      return `The score cell holds "${f.params.value}", not written by Kaohe; left as is (computed: ${f.params.computed})`;
    case "OUTPUT_FOREIGN_FORMULA":
      return `The score cell holds the formula =${f.params.formula}; left as is (computed: ${f.params.computed})`;
    case "SECTION_POINTS_MISMATCH":
      return `"${f.params.section}" is labelled ${f.params.declared} points but its items add up to ${f.params.sum}`;
    case "ROW_UNMATCHED":
      return `Row "${f.params.text}" matches no item of rubric ${f.params.rubric}; not scored`;
    case "ITEM_MISSING":
      return `The sheet lacks the item "${f.params.item}" of rubric ${f.params.rubric}`;
    case "POINTS_DIFFER":
      return `"${f.params.item}" has ${f.params.sheet} points on the sheet but ${f.params.rubric} in the rubric; the rubric's count`;
    case "ALL_OR_NOTHING":
      return `All-or-nothing item: the deduction ${f.params.entered} takes all ${f.params.points} points`;
    case "VETO_NOT_ALLOWED":
      return `"${f.params.item}" has no veto rule; the veto was not counted`;
    case "AVERAGE_PENDING":
      return `"${f.params.item}" is not applicable and takes the average of the units that have it; none has it here, counted as 0 for now`;
    case "DUPLICATE_UNIT":
      return `Unit "${f.params.unit}" appears twice: ${f.params.first} and ${f.params.second}`;
    case "UNIT_NO_GROUP":
      return `Unit "${f.params.unit}" is in no group (${f.params.groups}); listed as 未分组`;
    case "DEDUCTION_NOT_PRODUCIBLE":
      return `The deduction ${f.params.value} cannot be made of this item's rules (allowed: ${f.params.steps}); please check`;
    case "ANSWER_NOT_YES_NO":
      return `"${f.params.item}": the answer "${f.params.text}" should be 是, 否 or 不涉及`;
    case "SELF_SCORE_DIFFERS":
      return `Self-assessed ${f.params.self} (${f.params.selfCell}) differs from the assessed score ${f.params.score}`;
    case "ADOPTION_SCORE_DIFFERS":
      return `"${f.params.item}" is typed as ${f.params.typed}; the adoption counts give ${f.params.computed} (${f.params.working})`;
    case "UNIT_NO_TARGET":
      return `"${f.params.unit}" is not in the targets (${f.params.targets}); its adoption score cannot be checked`;
    case "ADOPTION_COUNTS_MISSING":
      return `"${f.params.unit}" is not on the adoption sheet "${f.params.sheet}"; its adoption score cannot be checked`;
    case "ENTRY_MERGED":
      return `This entry cell is merged over rows ${f.params.rows}; it counts for "${f.params.item}" only. Unmerge it and enter each item`;
    case "OUTPUT_MERGED":
      return `The score cell is merged over rows ${f.params.rows}; "${f.params.item}" cannot get its own score. Unmerge the cells`;
    case "OUTPUT_NOT_WRITABLE":
      return `The result ${f.params.computed} is too large for a cell and was not written; check the points`;
    case "NO_POINTS":
      return `The table has no points (no ${f.params.columns} column and no rubric given); it cannot be scored. Restore the points column or use --rubric`;
    case "SCORE_NOT_PRODUCIBLE":
      return `The score ${f.params.value} cannot come from this item's parts (possible: ${f.params.allowed}); please check`;
    case "SHEET_PROTECTED":
      return `Sheet "${f.sheet}" is protected; ${f.params.count} scores were not written. Unprotect it and recalculate`;
    case "STORED_RUBRIC_UNKNOWN":
      return `The workbook's stored rubric "${f.params.rubric}" is not bundled with this version; ${f.params.table} is matched automatically instead`;
    case "STORED_RUBRIC_INVALID":
      return `The workbook's stored rubric cannot be read (${f.params.reason}); ${f.params.table} is matched automatically instead`;
  }
}
