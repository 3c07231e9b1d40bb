// `kaohe rubric draft` on a fixture built from each document, in its printed
// layout, yields the curated rubric's clauses — or the curated item says why
// it differs (parseNote). The per-document figures are printed.
import type { Clause } from "../../src/core/rubric/clause-schema";
import { draftRubric } from "../../src/core/rubric/draft-rubric";
import { workbookToGrid } from "../../src/cli/xlsx/read-workbook";
import { fixtureById } from "../fixtures/catalog/all-fixtures";
import { loadRubric } from "./load-rubric-file";

const TABLES = [
  "yueyang-county",
  "yueyang-department",
  "sanhe-2018-department",
  "sanhe-2018-town",
  "panzhihua-2016-openness",
  "panzhihua-2016-efficiency",
  "panzhihua-2016-info-city",
  "panzhihua-2016-info-county",
  "panzhihua-2016-info-vanadium",
  "checklist-2013-county",
  "checklist-2013-department",
  "zhangzi-2023-b",
] as const;

const shape = (clauses: readonly Clause[]): unknown[] => clauses.map(({ text: _text, ...rest }) => rest);
const tally: string[] = [];

afterAll(() => console.log(`rubric draft 与人工细则一致的条目 / drafted items agreeing with the curated rubric:\n${tally.join("\n")}`));

describe.each(TABLES)("%s", (table) => {
  const curated = loadRubric(table);
  const draft = draftRubric(workbookToGrid(fixtureById(`${table}.printed`).build().workbook).sheets);

  it("drafts a rubric from the sheet's own text", () => {
    expect(draft).toBeDefined();
  });

  it("drafts every curated item's clauses, or the curated item says why not", () => {
    const drafted = new Map(draft?.rubric.items.map((i) => [i.id, i]));
    let agree = 0;
    const unexplained: unknown[] = [];
    for (const item of curated.items) {
      const mine = drafted.get(item.id);
      const same = mine !== undefined && JSON.stringify(shape(mine.clauses)) === JSON.stringify(shape(item.clauses));
      if (same) agree++;
      else if (item.parseNote === undefined && item.rangeNote === undefined) {
        unexplained.push({ item: item.id, curated: shape(item.clauses), drafted: mine ? shape(mine.clauses) : "(no such row)" });
      }
    }
    tally.push(`  ${table}: ${agree}/${curated.items.length}`);
    expect(unexplained).toEqual([]);
  });
});
