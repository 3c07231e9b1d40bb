// Round trips per recalculation do not grow with the workbook (DESIGN.md §5):
// the sync count is the same for 1, 3 and 50 unit sheets.
import { workbookToGrid } from "../../src/cli/xlsx/read-workbook";
import { recalculate, RECALCULATE_SYNCS } from "../../src/excel/recalculate";
import { buildYueyangCountyExample } from "../fixtures/yueyang-county-example";
import type { InstalledExcel } from "./fake-excel";
import { documentFromGrid, FakeDocument, installExcel, newContext } from "./fake-excel";
import { unitWorkbook } from "./helpers";

const template = workbookToGrid(buildYueyangCountyExample()).sheets[0];

let excel: InstalledExcel;
beforeEach(() => (excel = installExcel(new FakeDocument())));
afterEach(() => excel.uninstall());

async function syncsFor(units: number, write: boolean, runs = 1): Promise<number[]> {
  if (!template) throw new Error("fixture changed");
  const doc = documentFromGrid(unitWorkbook(template, units));
  const counts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const { fake, context } = newContext(doc);
    const outcome = await recalculate(context, true, write);
    expect(outcome.report.units).toHaveLength(units);
    counts.push(fake.syncCount);
  }
  return counts;
}

test("the claim itself: three round trips to recalculate, two to check", () => {
  expect(RECALCULATE_SYNCS).toEqual({ write: 3, check: 2 });
});

test.each([1, 3, 50])("recalculating %i unit sheets takes exactly 3 syncs, first run and rerun", async (units) => {
  // The first run adds the ledger sheet, the second rewrites it: both in the one write sync.
  expect(await syncsFor(units, true, 2)).toEqual([RECALCULATE_SYNCS.write, RECALCULATE_SYNCS.write]);
});

test.each([1, 3, 50])("checking %i unit sheets (write=false) takes exactly 2 syncs", async (units) => {
  expect(await syncsFor(units, false)).toEqual([RECALCULATE_SYNCS.check]);
});
