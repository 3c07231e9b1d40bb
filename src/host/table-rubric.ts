import type { ScoreOptions } from "../core";
import type { ScoresheetTable } from "../core/layout/scoresheet";
import type { InferredRubric } from "../core/rubric/infer-rubric";
import { inferRubric } from "../core/rubric/infer-rubric";
import { matchRubric } from "../core/rubric/match-rubric";
import { selectRubric } from "../core/rubric/select-rubric";

/**
 * The rubric one table is scored by under `options`, exactly as
 * scoreWorkbook chooses it (score-workbook.ts rubricFor): the 录入 form
 * must find the item a recalculation scores, not the sheet's own reading.
 */
export function tableRubric(table: ScoresheetTable, options: ScoreOptions): InferredRubric {
  if (options.rubric) return { rubric: options.rubric, ...matchRubric(table, options.rubric) };
  const selected = options.candidates ? selectRubric(table, options.candidates) : undefined;
  return selected ?? inferRubric(table);
}
