// Kaohe's hidden tables are rewritten only when their rows change: a rerun
// writes nothing it wrote before, even where the host keeps an emptied sheet.
import { changedTables } from "../../src/host/hidden-tables";

const grid = (values: (string | number | null)[][]) => ({ sheets: [{ name: "_kaohe", values, merges: [] }] });

test("a table holding the same rows (as text, trailing blanks aside) is left alone", () => {
  const rows = [["sheet", "cell", "written", "previous"], ["岳阳县", "I5", "0", ""]];
  expect(changedTables(grid([["sheet", "cell", "written", "previous"], ["岳阳县", "I5", 0, null, null], []]), [{ name: "_kaohe", rows }])).toEqual([]);
});

test("changed rows, a new table with entries, and an emptied one are written; an absent empty one is not", () => {
  const header = [["sheet", "cell", "written", "previous"]];
  const entry = [...header, ["岳阳县", "I5", "1", ""]];
  expect(changedTables(grid([...header, ["岳阳县", "I5", "0", null]]), [{ name: "_kaohe", rows: entry }])).toHaveLength(1);
  expect(changedTables({ sheets: [] }, [{ name: "_kaohe", rows: entry }])).toHaveLength(1);
  expect(changedTables(grid(entry), [{ name: "_kaohe", rows: header }])).toHaveLength(1);
  expect(changedTables({ sheets: [] }, [{ name: "_kaohe_marks", rows: header }])).toEqual([]);
});
