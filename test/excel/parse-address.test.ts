import { parseAreaList, splitSheetAddress } from "../../src/excel/parse-address";

test("areas with plain and quoted sheet names", () => {
  expect(parseAreaList("Sheet1!A1:B4, Sheet1!D1:D4")).toEqual([
    { top: 0, left: 0, bottom: 3, right: 1 },
    { top: 0, left: 3, bottom: 3, right: 3 },
  ]);
  expect(parseAreaList("'岳阳县'!A5:A8")).toEqual([{ top: 4, left: 0, bottom: 7, right: 0 }]);
});

test("a single cell, absolute references, no sheet", () => {
  expect(parseAreaList("$C$3, E2:F2")).toEqual([
    { top: 2, left: 2, bottom: 2, right: 2 },
    { top: 1, left: 4, bottom: 1, right: 5 },
  ]);
});

test("commas, quotes and '!' inside a quoted sheet name", () => {
  expect(parseAreaList("'汨罗市, O''Brien!'!A1:I1, '汨罗市, O''Brien!'!B5:B9")).toEqual([
    { top: 0, left: 0, bottom: 0, right: 8 },
    { top: 4, left: 1, bottom: 8, right: 1 },
  ]);
});

test("empty: no areas", () => {
  expect(parseAreaList("")).toEqual([]);
});

test("a cell-like piece between commas of a sheet name is not an area", () => {
  expect(parseAreaList("'甲,B2,乙'!A1:A2")).toEqual([{ top: 0, left: 0, bottom: 1, right: 0 }]);
});

test("a comment's location: sheet and cell, quotes and $ taken off", () => {
  expect(splitSheetAddress("'华容县'!G41")).toEqual({ sheet: "华容县", cell: "G41" });
  expect(splitSheetAddress("'O''Brien!'!$B$2")).toEqual({ sheet: "O'Brien!", cell: "B2" });
  expect(splitSheetAddress("Sheet1!A1")).toEqual({ sheet: "Sheet1", cell: "A1" });
  expect(splitSheetAddress("A1")).toBeUndefined();
});
