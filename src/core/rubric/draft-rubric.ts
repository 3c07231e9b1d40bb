import type { SheetGrid } from "../grid/sheet-grid";
import { readScoresheets } from "../layout/read-scoresheets";
import { inferRubric } from "./infer-rubric";
import type { Rubric } from "./rubric-schema";

export interface RubricDraft {
  readonly rubric: Rubric;
  readonly sheet: string;
  /** Every rule text's words the parser could not read, with the item they belong to. */
  readonly unparsed: readonly { readonly item: string; readonly text: string }[];
}

/**
 * A rubric drafted from a sheet's own text (kaohe rubric draft): the first
 * table found, read the way scoring reads it, for a person to review.
 */
export function draftRubric(sheets: readonly SheetGrid[]): RubricDraft | undefined {
  for (const sheet of sheets) {
    const table = readScoresheets(sheet).tables[0];
    if (!table) continue;
    const { rubric } = inferRubric(table);
    const unparsed = rubric.items.flatMap((item) =>
      item.parseNote === undefined ? [] : [{ item: item.id, text: item.parseNote }],
    );
    return { rubric, sheet: sheet.name, unparsed };
  }
  return undefined;
}
