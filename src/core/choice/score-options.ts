import type { ScoreOptions } from "../score-workbook";
import type { Catalog } from "../rubric/catalog";
import { catalogData } from "../rubric/catalog";
import type { Rubric } from "../rubric/rubric-schema";
import type { RubricChoices } from "./rubric-choice";

/** What scoreWorkbook needs for a set of choices: the choices and the data files their rubrics name. */
export function scoreOptionsFor(choices: RubricChoices, catalog: Catalog): ScoreOptions {
  const rubrics = choices.tables.flatMap((t): Rubric[] => (t.rubric ? [t.rubric] : []));
  return { choices, data: catalogData(catalog, rubrics) };
}
