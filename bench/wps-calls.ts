// ET host calls per action through the strict, counted fake ET (src/wps/fake-et):
// every property read, write and method call is one call, as in real WPS
// 表格 (synchronous, COM-like). The count grows with the sheets and their
// merged areas, never with the cells (test/wps/call-count.test.ts asserts it).
import { workbookToGrid } from "../src/cli/xlsx/read-workbook";
import type { SheetGrid } from "../src/core";
import type { KaoheAction } from "../src/host/actions/run-action";
import { runHostAction } from "../src/host/actions/run-action";
import { documentFromGrid } from "../src/preview/fake-excel";
import { createWpsHost } from "../src/wps";
import { fakeEt } from "../src/wps/fake-et/fake-et";
import { unitWorkbook } from "../test/excel/helpers";
import { buildYueyangCountyExample } from "../test/fixtures/yueyang-county-example";

export interface WpsCallSample {
  readonly units: number;
  /** Calls of each action (clearMarks and undo after a 重新计算). */
  readonly calls: Readonly<Record<KaoheAction, number>>;
}

const ACTIONS: readonly KaoheAction[] = ["recalculate", "validate", "summary", "clearMarks", "undo"];

export async function measureWpsCalls(sizes: readonly number[]): Promise<WpsCallSample[]> {
  const template = workbookToGrid(buildYueyangCountyExample()).sheets[0] as SheetGrid;
  const samples: WpsCallSample[] = [];
  for (const units of sizes) {
    const calls = {} as Record<KaoheAction, number>;
    for (const action of ACTIONS) {
      const et = fakeEt(documentFromGrid(unitWorkbook(template, units)));
      const host = createWpsHost(et.application);
      if (action === "clearMarks" || action === "undo") await runHostAction(host, "recalculate");
      et.counter.reset();
      const outcome = await runHostAction(host, action);
      if (!outcome.ok) throw new Error(`${action}: ${outcome.message}`);
      calls[action] = et.counter.calls;
    }
    samples.push({ units, calls });
  }
  return samples;
}
