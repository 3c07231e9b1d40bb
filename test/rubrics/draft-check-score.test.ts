// `kaohe rubric draft` → `kaohe rubric check` → `kaohe score --rubric` in one
// go on every generated fixture (the same workbooks `npm run fixtures`
// writes): the drafted file passes the check as written to disk (JSON), and
// scoring the workbook with it reads every row it drafted.
import { workbookToGrid } from "../../src/cli/xlsx/read-workbook";
import { draftRubric } from "../../src/core/rubric/draft-rubric";
import { parseRubricFile } from "../../src/core/rubric/parse-rubric-file";
import { toA1 } from "../../src/core/grid/a1";
import { readScoresheets } from "../../src/core/layout/read-scoresheets";
import { scoreWorkbook } from "../../src/core/score-workbook";
import { ALL_FIXTURES } from "../fixtures/catalog/all-fixtures";

const tally: string[] = [];
afterAll(() => console.log(`rubric draft → check → score --rubric:\n${tally.join("\n")}`));

describe.each(ALL_FIXTURES.map((f) => [f.id, f] as const))("%s", (_id, spec) => {
  const grid = workbookToGrid(spec.build().workbook);
  const draft = draftRubric(grid.sheets);

  it("drafts a rubric that passes rubric check and scores the workbook it came from", () => {
    expect(draft).toBeDefined();
    if (!draft) return;
    const checked = parseRubricFile(JSON.parse(JSON.stringify(draft.rubric)) as unknown);
    expect(checked.ok ? [] : checked.errors).toEqual([]);
    if (!checked.ok || checked.file.kind !== "rubric") return;
    const scored = scoreWorkbook(grid, { rubric: checked.file });
    const drafted = scored.units.filter((u) => u.sheet === draft.sheet);
    expect(drafted.length).toBeGreaterThan(0);
    // The draft is of the sheet's first table; a second table on the sheet (两表同页) is another rubric's.
    const sheet = grid.sheets.find((s) => s.name === draft.sheet);
    const rows = new Set((sheet ? readScoresheets(sheet).tables.find((t) => t.items.length > 0)?.items ?? [] : []).map((r) => toA1(r.row, 0)));
    const unmatched = scored.findings.filter((f) => f.sheet === draft.sheet && f.code === "ROW_UNMATCHED" && rows.has(f.cell));
    expect(unmatched).toEqual([]);
    // A unit scored from the drafted table has every drafted item.
    const ids = new Set(draft.rubric.items.map((i) => i.id));
    expect(drafted.some((u) => u.items.filter((i) => ids.has(i.itemId)).length === ids.size)).toBe(true);
    tally.push(`  ${spec.id}: ${draft.rubric.items.length} 项, ${draft.unparsed.length} 条待复核`);
  });
});
