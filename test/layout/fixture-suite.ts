// Registers the layout tests for a set of fixtures: per fixture, one test per
// aspect (tables, units, item rows, paths, points, entry cells) plus a check
// of the fixture itself; per table, that every variation reads the same
// items as the table written as printed. Known gaps become it.failing.
import type { FixtureSpec } from "../fixtures/catalog/fixture";
import type { Aspect } from "./aspects";
import { ASPECTS, aspectSides, sheetViews } from "./aspects";
import { mismatchedCells } from "./fixture-check";
import { knownGap } from "./known-gaps";
import { readFixture, sheetOf } from "./read-fixture";
import { readerView } from "./reader-view";

/** `it`, or `it.failing` with the variation in its title when the reader is known to miss it. */
function register(fixture: string, aspect: Aspect | "same items", title: string, fn: () => Promise<void>): void {
  const gap = knownGap(fixture, aspect);
  if (gap === undefined) it(title, fn);
  else it.failing(`${title} — known gap: ${gap.variation}`, fn);
}

export function describeFixtures(specs: readonly FixtureSpec[]): void {
  for (const spec of specs) {
    describe(spec.id, () => {
      it("holds the cells its description records", async () => {
        expect(mismatchedCells(await readFixture(spec))).toEqual([]);
      });
      if (spec.dataSheets !== undefined && spec.dataSheets.length > 0) {
        // Group lists, targets and counts are data for scoring, not scoresheets to score.
        it(`reads no scoresheet on ${spec.dataSheets.join(", ")}`, async () => {
          const { readings } = await readFixture(spec);
          expect(spec.dataSheets?.map((name) => [name, readings.get(name)?.tables.length])).toEqual(spec.dataSheets?.map((name) => [name, 0]));
        });
      }
      for (const aspect of ASPECTS) {
        register(spec.id, aspect, `reader: ${aspect}`, async () => {
          const { expected, actual } = aspectSides(aspect, sheetViews(await readFixture(spec)));
          expect(actual).toEqual(expected);
        });
      }
    });
  }
}

/** Each table's items (path and points, in order) as read from every sheet of a fixture that holds it. */
async function itemLists(spec: FixtureSpec, tableId: string): Promise<string[][]> {
  const read = await readFixture(spec);
  const lists: string[][] = [];
  for (const s of read.description.sheets) {
    const reading = read.readings.get(s.name) ?? { tables: [], findings: [] };
    const views = readerView(sheetOf(read, s.name), reading);
    s.tables.forEach((t, i) => {
      if (t.table !== tableId) return;
      lists.push((views[i]?.items ?? []).map((item) => `${item.path.join("/")} = ${item.points ?? ""}`));
    });
  }
  return lists;
}

/** Every fixture holding `tableId` reads the same items as `${tableId}.printed`, and as many as the table has. */
export function describeSameItems(tableId: string, specs: readonly FixtureSpec[], count: number): void {
  const reference = specs.find((s) => s.id === `${tableId}.printed`);
  if (reference === undefined) throw new Error(`no printed fixture for ${tableId}`);
  describe(`${tableId}: the same items in every variation`, () => {
    for (const spec of specs.filter((s) => s !== reference && s.tables.includes(tableId))) {
      register(spec.id, "same items", `${spec.id} reads what ${reference.id} reads`, async () => {
        const [printed] = await itemLists(reference, tableId);
        expect(printed).toHaveLength(count);
        for (const list of await itemLists(spec, tableId)) expect(list).toEqual(printed);
      });
    }
  });
}

/** All layout tests for the fixtures of one document's tables. */
export function describeDocument(tables: readonly string[], all: readonly FixtureSpec[], itemCount: (tableId: string) => number): void {
  const specs = all.filter((f) => f.tables.some((t) => tables.includes(t)));
  describeFixtures(specs);
  for (const tableId of tables) describeSameItems(tableId, specs, itemCount(tableId));
}
