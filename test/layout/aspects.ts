// What a reader must get right on a fixture, one check per aspect, each over
// every sheet of the fixture (keyed by sheet name so a failure says where).
import type { TableDescription } from "../fixtures/describe/fixture-description";
import type { ReadFixture } from "./read-fixture";
import { sheetOf } from "./read-fixture";
import { readerView } from "./reader-view";
import type { ItemView, TableView } from "./table-view";
import { expectedView } from "./table-view";

export const ASPECTS = ["tables", "units", "item rows", "paths", "points", "entry cells"] as const;
export type Aspect = (typeof ASPECTS)[number];

interface SheetViews {
  readonly expected: TableView[];
  readonly actual: TableView[];
  /** Tables described with units (a blank form has none to find). */
  readonly withUnits: boolean[];
}

export function sheetViews(read: ReadFixture): Map<string, SheetViews> {
  return new Map(
    read.description.sheets.map((s) => {
      const reading = read.readings.get(s.name) ?? { tables: [], findings: [] };
      const views: SheetViews = {
        expected: s.tables.map(expectedView),
        actual: readerView(sheetOf(read, s.name), reading),
        withUnits: s.tables.map((t: TableDescription) => t.units.length > 0),
      };
      return [s.name, views];
    }),
  );
}

/** Points where the description does not assert them take the reader's value. */
function pointsOf(items: readonly ItemView[], against?: readonly ItemView[]): (string | null)[] {
  return items.map((item, i) => item.points ?? against?.[i]?.points ?? null);
}

/** The two sides of one aspect, by sheet, ready for toEqual. */
export function aspectSides(aspect: Aspect, views: Map<string, SheetViews>): { expected: unknown; actual: unknown } {
  const expected: Record<string, unknown> = {};
  const actual: Record<string, unknown> = {};
  for (const [sheet, v] of views) {
    const pick = <T>(tables: TableView[], f: (t: TableView, i: number) => T, units = false): T[] =>
      tables.flatMap((t, i) => (units && !v.withUnits[i] ? [] : [f(t, i)]));
    switch (aspect) {
      case "tables":
        expected[sheet] = v.expected.map((t) => t.headerRows);
        actual[sheet] = v.actual.map((t) => t.headerRows);
        break;
      case "units":
        expected[sheet] = pick(v.expected, (t) => t.units.map((u) => u.name), true);
        actual[sheet] = pick(v.actual, (t) => t.units.map((u) => u.name), true);
        break;
      case "item rows":
        expected[sheet] = v.expected.map((t) => t.items.map((i) => i.row));
        actual[sheet] = v.actual.map((t) => t.items.map((i) => i.row));
        break;
      case "paths":
        expected[sheet] = v.expected.map((t) => t.items.map((i) => i.path.join("/")));
        actual[sheet] = v.actual.map((t) => t.items.map((i) => i.path.join("/")));
        break;
      case "points":
        expected[sheet] = v.expected.map((t, i) => pointsOf(t.items, v.actual[i]?.items));
        actual[sheet] = v.actual.map((t) => pointsOf(t.items));
        break;
      case "entry cells":
        expected[sheet] = pick(v.expected, (t) => t.units.map((u) => u.cells), true);
        actual[sheet] = pick(v.actual, (t) => t.units.map((u) => u.cells), true);
        break;
    }
  }
  return { expected, actual };
}
