// ET is synchronous and COM-like: every property read, write and method call
// is a host call. Per action the WPS adapter's calls grow with the number of
// sheets (a fixed cost per sheet plus its merged areas, read-merges.ts) and with nothing
// else: not with the cells on a sheet, and marks are capped by
// MAX_MARKED_CELLS. Measured at 1, 48 and 500 unit sheets.
import { workbookToGrid } from "../../src/cli/xlsx/read-workbook";
import type { SheetGrid, WorkbookGrid } from "../../src/core";
import type { KaoheAction } from "../../src/host/actions/run-action";
import { runHostAction } from "../../src/host/actions/run-action";
import { documentFromGrid } from "../../src/preview/fake-excel";
import { createWpsHost } from "../../src/wps";
import { fakeEt } from "../../src/wps/fake-et/fake-et";
import { mergeCallBound } from "../../src/wps/read-merges";
import { unitWorkbook } from "../excel/helpers";
import { buildYueyangCountyExample } from "../fixtures/yueyang-county-example";

const template = workbookToGrid(buildYueyangCountyExample()).sheets[0] as SheetGrid;
const ACTIONS: readonly KaoheAction[] = ["recalculate", "validate", "summary", "clearMarks", "undo"];

/** A sheet that is no scoresheet: `rows` × 20 numbers, no merges. */
function dataSheet(rows: number): SheetGrid {
  return { name: "备注", values: Array.from({ length: rows }, (_, r) => Array.from({ length: 20 }, (_, c) => r * 20 + c)), merges: [] };
}

/** Host calls of one action (after a 重新计算 for the two that take Kaohe's work away). */
async function callsOf(grid: WorkbookGrid, action: KaoheAction): Promise<number> {
  const et = fakeEt(documentFromGrid(grid));
  const host = createWpsHost(et.application);
  if (action === "clearMarks" || action === "undo") {
    const first = await runHostAction(host, "recalculate");
    if (!first.ok) throw new Error(first.message);
  }
  et.counter.reset();
  const outcome = await runHostAction(host, action);
  if (!outcome.ok) throw new Error(outcome.message);
  return et.counter.calls;
}

const measured = new Map<string, number>();
afterAll(() => {
  // The figures the report quotes.
  console.log([...measured].map(([k, v]) => `${k}: ${v}`).join("\n"));
});

describe.each(ACTIONS.map((a) => [a] as const))("%s", (action) => {
  test("costs the same per sheet at 1, 48 and 500 sheets: the bound is linear in sheets", async () => {
    const at = async (n: number): Promise<number> => {
      const calls = await callsOf(unitWorkbook(template, n), action);
      measured.set(`${action} @ ${n} sheets`, calls);
      return calls;
    };
    const one = await at(1);
    const many = await at(48);
    const most = await at(500);
    const perSheet = (many - one) / 47;
    expect(perSheet).toBeGreaterThan(0);
    // Every unit sheet is the same, so each costs the same: exactly linear.
    expect(most - one).toBe(perSheet * 499);
    // The stated bound: at most 40 calls per sheet besides its merged areas (read-workbook.ts: name, visibility,
    // protection, the used range's position, size, Value2 and Formula; the writes in blocks), plus what
    // read-merges.ts's mergeCallBound allows for the sheet's areas — which grows with the areas and the
    // logarithm of the sheet's height and width, never with its cells.
    const rows = template.values.length;
    const cols = Math.max(...template.values.map((r) => r.length));
    const bound = 40 + mergeCallBound(rows, cols, template.merges);
    measured.set(`${action} per sheet (bound ${bound}, ${template.merges.length} merged areas, ${rows * cols} cells)`, perSheet);
    expect(perSheet).toBeLessThanOrEqual(bound);
  }, 120_000);

  test("does not grow with the cells on a sheet", async () => {
    const small = await callsOf({ sheets: [...unitWorkbook(template, 2).sheets, dataSheet(1)] }, action);
    const large = await callsOf({ sheets: [...unitWorkbook(template, 2).sheets, dataSheet(5000)] }, action);
    expect(large).toBe(small);
  }, 60_000);
});
