import type { RubricChoices } from "../core";
import { choiceFor } from "../core";
import type { ScoresheetTable } from "../core/layout/scoresheet";
import type { InferredRubric } from "../core/rubric/infer-rubric";
import { inferRubric } from "../core/rubric/infer-rubric";
import { matchRubric } from "../core/rubric/match-rubric";

/**
 * The rubric one table is scored by under `choices`, as scoreWorkbook takes
 * it (score-workbook.ts rubricFor): the 录入 form must find the item a
 * recalculation scores, not the sheet's own reading of it.
 */
export function tableRubric(table: ScoresheetTable, choices: RubricChoices): InferredRubric {
  const chosen = choiceFor(choices, table);
  return chosen?.rubric ? { rubric: chosen.rubric, ...matchRubric(table, chosen.rubric) } : inferRubric(table);
}
