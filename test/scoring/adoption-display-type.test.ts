// 攀枝花 采用情况 counts are entries too: a count typed as a date or TRUE is
// reported as what Excel shows and not counted (issue 13).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readAdoptionSheet } from "../../src/core/adoption/read-adoption-sheet";
import type { AdoptionScaleFile } from "../../src/core/rubric/data-schemas";
import { parseRubricFile } from "../../src/core/rubric/parse-rubric-file";
import type { SheetGrid } from "../../src/core";

const parsed = parseRubricFile(JSON.parse(readFileSync(join(__dirname, "..", "..", "rubrics", "panzhihua-2016-info-points.json"), "utf8")));
if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
const scale = parsed.file as AdoptionScaleFile;

test("a count shown as a date or TRUE: ENTRY_DISPLAY_TYPE on its cell, not counted; plain counts read", () => {
  const sheet: SheetGrid = {
    name: "采用情况",
    values: [
      ["单位", "《攀政快讯》（条）", "《每日政情》（期）"],
      // The sheet's second header row (市级 / 省级 in the original), read past.
      [null, "市级", "市级"],
      ["东区政府", 45292, true],
      ["西区政府", 3, 2],
    ],
    merges: [],
    numberFormats: { B3: "yyyy/m/d" },
  };
  const read = readAdoptionSheet(sheet, scale);
  expect(read?.findings.map((f) => [f.code, f.cell, f.params])).toEqual([
    ["ENTRY_DISPLAY_TYPE", "B3", { column: "《攀政快讯》", type: "date", shown: "2024/1/1", stored: "45292" }],
    ["ENTRY_DISPLAY_TYPE", "C3", { column: "《每日政情》", type: "boolean", shown: "TRUE", stored: "TRUE" }],
  ]);
  expect(read?.units.has("东区政府")).toBe(false);
  expect([...(read?.units.get("西区政府") ?? new Map())].map(([k, v]) => [k, String(v)])).toEqual([
    ["《攀政快讯》", "3"],
    ["《每日政情》", "2"],
  ]);
});
