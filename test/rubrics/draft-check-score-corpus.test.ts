// `kaohe rubric draft` → `rubric check` → `score --rubric` on every corpus
// workbook (test/corpus: published rubrics in real layouts). Where a table is
// found, the drafted file passes the check as written and scores the
// workbook it came from; the workbooks where no table is found yet are
// counted (the layout reader's work, test/corpus/baseline.json workbooks).
import { workbookToGrid } from "../../src/cli/xlsx/read-workbook";
import { toA1 } from "../../src/core/grid/a1";
import { readScoresheets } from "../../src/core/layout/read-scoresheets";
import { draftRubric } from "../../src/core/rubric/draft-rubric";
import { parseRubricFile } from "../../src/core/rubric/parse-rubric-file";
import { scoreWorkbook } from "../../src/core/score-workbook";
import { corpusWorkbooks } from "../corpus/build-corpus-workbooks";

const books = corpusWorkbooks();
const outcome = { drafted: 0, noTable: 0, review: 0 };
afterAll(() =>
  console.log(`语料工作簿 rubric draft → check → score --rubric: ${books.length} 个工作簿，起草 ${outcome.drafted}，未找到表格 ${outcome.noTable}，待复核文字 ${outcome.review} 条`),
);

it.each(books.map((b) => [b.file, b] as const))("%s", (_file, book) => {
  const grid = workbookToGrid(book.workbook);
  const draft = draftRubric(grid.sheets);
  if (!draft) {
    outcome.noTable++;
    return;
  }
  outcome.drafted++;
  outcome.review += draft.unparsed.length;
  const checked = parseRubricFile(JSON.parse(JSON.stringify(draft.rubric)) as unknown);
  expect(checked.ok ? [] : checked.errors).toEqual([]);
  if (!checked.ok || checked.file.kind !== "rubric") return;
  const scored = scoreWorkbook(grid, { rubric: checked.file });
  const sheet = grid.sheets.find((s) => s.name === draft.sheet);
  const rows = new Set((sheet ? readScoresheets(sheet).tables.find((t) => t.items.length > 0)?.items ?? [] : []).map((r) => toA1(r.row, 0)));
  expect(scored.findings.filter((f) => f.sheet === draft.sheet && f.code === "ROW_UNMATCHED" && rows.has(f.cell))).toEqual([]);
  expect(scored.units.filter((u) => u.sheet === draft.sheet).length).toBeGreaterThan(0);
});

it("drafts from no fewer corpus workbooks than recorded", () => {
  // 47 of 54 measured on h14-parser, before the layout reader knows 考核标准 headers and
  // units merged over 扣分|得分 (h14-layout): the rest have no item rows to draft from. Only grows.
  expect(outcome.drafted).toBeGreaterThanOrEqual(47);
});
