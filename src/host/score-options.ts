import type { RubricChoices, ScoreOptions, StoredChoice, WorkbookGrid } from "../core";
import { catalogData, chooseRubrics, readStoredChoice } from "../core";
import { bundledCatalog } from "../catalog/bundled";

/**
 * The rubric of every table of a workbook, as every host and `kaohe score
 * --rubric auto` choose it (the core's chooseRubrics over the bundled
 * catalog): the workbook's stored choice first — read from Kaohe's very
 * hidden settings sheet, part of `grid` — else the bundled rubric each
 * table matches best, else the sheet's own text.
 */
export function hostChoices(grid: WorkbookGrid, stored: StoredChoice = readStoredChoice(grid)): RubricChoices {
  return chooseRubrics(grid, bundledCatalog(), stored);
}

/**
 * The scoring options for those choices, with the data files (攀枝花
 * 任务分配表, 计分标准) of every bundled rubric and of any custom one, as
 * the CLI's --rubric auto passes them.
 */
export function scoreOptionsOf(choices: RubricChoices): ScoreOptions {
  const catalog = bundledCatalog();
  const custom = choices.tables.flatMap((t) => (t.choice.kind === "custom" ? [t.choice.rubric] : []));
  return { choices, data: catalogData(catalog, [...catalog.rubrics, ...custom]) };
}

/** hostChoices then scoreOptionsOf: what every action scores a workbook with. */
export function hostScoreOptions(grid: WorkbookGrid): ScoreOptions {
  return scoreOptionsOf(hostChoices(grid));
}
