// The fixtures themselves, before any reader: built twice they hold the same
// cells; their descriptions list every item of their tables; their entries
// cover what scoring must handle where the table allows it.
import { workbookToGrid } from "../../src/cli/xlsx/read-workbook";
import { ALL_FIXTURES } from "../fixtures/catalog/all-fixtures";
import { PER_TABLE_FIXTURES } from "../fixtures/catalog/per-table";
import { TABLE_SHAPES } from "../fixtures/layout/table-shapes";
import type { EntryIntent } from "../fixtures/describe/fixture-description";
import { intentsOf } from "./fixture-check";
import { itemCount } from "./item-count";

jest.setTimeout(60_000);

describe("layout fixtures", () => {
  it("has every table of the five documents in every preset", () => {
    const tables = new Set(PER_TABLE_FIXTURES.flatMap((f) => f.tables));
    expect([...tables].sort()).toEqual(TABLE_SHAPES.map((s) => s.id).sort());
    expect(new Set(ALL_FIXTURES.map((f) => f.id)).size).toBe(ALL_FIXTURES.length);
  });

  it.each(ALL_FIXTURES.map((f) => [f.id, f] as const))("%s builds the same cells and description twice", (_, spec) => {
    const first = spec.build();
    const second = spec.build();
    // exceljs stamps zip entries with the time, so compare cells, merges and hidden rows, not bytes.
    expect(workbookToGrid(second.workbook)).toEqual(workbookToGrid(first.workbook));
    expect(second.description).toEqual(first.description);
  });

  it.each(ALL_FIXTURES.map((f) => [f.id, f] as const))("%s describes every item of its tables", (_, spec) => {
    const { description } = spec.build();
    for (const sheet of description.sheets) {
      for (const table of sheet.tables) {
        expect([sheet.name, table.table, table.items.length]).toEqual([sheet.name, table.table, itemCount(table.table)]);
        for (const unit of table.units) expect(unit.entries.map((e) => e.row)).toEqual(table.items.map((i) => i.row));
      }
    }
  });

  /** What a fixture's entries must include, by the tables it holds. */
  function required(tables: readonly string[]): EntryIntent[] {
    const wanted: EntryIntent[] = ["not-applicable"];
    if (!tables.some((t) => t.startsWith("checklist"))) wanted.push("cap");
    if (tables.some((t) => t.startsWith("yueyang") || t.startsWith("zhangzi"))) wanted.push("bonus");
    if (tables.some((t) => t.startsWith("panzhihua-2016-info"))) wanted.push("veto");
    return wanted;
  }

  it.each(ALL_FIXTURES.filter((f) => f.id !== "yueyang-2019.both-parts").map((f) => [f.id, f] as const))("%s covers caps, 不涉及, bonuses and vetoes", (_, spec) => {
    const intents = intentsOf(spec.build().description);
    for (const intent of required(spec.tables)) expect([spec.id, intent, intents.has(intent)]).toEqual([spec.id, intent, true]);
  });
});
