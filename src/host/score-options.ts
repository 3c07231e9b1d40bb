import type { ScoreOptions, WorkbookGrid } from "../core";
import { autoScoreOptions } from "./bundled-rubrics";

/**
 * The scoring options every host action uses for a workbook: the bundled
 * rubrics as `--rubric auto` has them (each table matched to the official
 * rubric it is printed from, else read from its own text) — the same call
 * the CLI makes, so the add-in and `kaohe score --rubric auto` agree.
 * `grid` is the workbook as read, Kaohe's own sheets included: the stored
 * rubric choice lives there.
 */
export function hostScoreOptions(grid: WorkbookGrid): ScoreOptions {
  void grid;
  return autoScoreOptions();
}
