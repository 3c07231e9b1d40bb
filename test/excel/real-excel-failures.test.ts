// Issue 12's failures, each shown against the adapter on the strict fake
// (src/preview/fake-excel/strict.ts cites each rule). Before the fixes the
// fake reproduced them; these tests hold the fixed behaviour. (The older
// webview is test/build's; office.js matching the host is bundle.test.ts's.)
import { LEDGER_SHEET, MARKS_SHEET } from "../../src/core";
import { createExcelHost } from "../../src/excel/excel-host";
import { readSelectedEntry } from "../../src/host/pane";
import { runKaoheAction } from "../../src/excel/run-actions";
import type { FakeDocument, InstalledExcel } from "../../src/preview/fake-excel";
import { documentFromGrid, installExcel, MAX_MERGED_AREAS, NPM_OFFICE_JS_API, PAYLOAD_LIMIT_BYTES } from "../../src/preview/fake-excel";
import { workbookToGrid } from "../../src/cli/xlsx/read-workbook";
import { READ_FIXED_SYNCS } from "../../src/excel/read-workbook";
import { UNMARKED_SYNCS } from "../../src/excel/sync-budget";
import { buildYueyangCountyExample } from "../fixtures/yueyang-county-example";
import { EXAMPLE_FINDING_CELLS, sheetOf, unitWorkbook, yueyangExample } from "./helpers";
import { installOfficeStub } from "./support";

let restoreOffice: () => void;
let excel: InstalledExcel | undefined;
beforeEach(() => (restoreOffice = installOfficeStub(20)));
afterEach(() => {
  restoreOffice();
  excel?.uninstall();
  excel = undefined;
});

function install(doc: FakeDocument): FakeDocument {
  excel?.uninstall();
  excel = installExcel(doc);
  return doc;
}

async function run(action: Parameters<typeof runKaoheAction>[0]): Promise<string> {
  const outcome = await runKaoheAction(action);
  return outcome.ok ? "ok" : outcome.message;
}

test("1. the npm office.js 1.1.110 on a current host: every action with findings, and the 录入 form, degrade to comments", async () => {
  const doc = yueyangExample().doc;
  doc.libraryApi = NPM_OFFICE_JS_API;
  install(doc);
  for (const action of ["recalculate", "validate", "summary", "clearMarks", "undo"] as const) expect([action, await run(action)]).toEqual([action, "ok"]);
  await run("recalculate");
  expect(doc.comments.length).toBe(EXAMPLE_FINDING_CELLS.length);
  doc.select("华容县", "G41");
  const entry = await readSelectedEntry(createExcelHost());
  expect(entry.ok).toBe(true);
});

test("2. 清除标记 and 撤销上次计算 leave Kaohe's very hidden sheets empty, never try to delete them, and work again and again", async () => {
  const doc = install(yueyangExample().doc);
  for (let round = 0; round < 2; round++) {
    expect(await run("recalculate")).toBe("ok");
    expect(await run("clearMarks")).toBe("ok");
    expect(await run("undo")).toBe("ok");
  }
  expect(doc.writes.filter((w) => w.kind === "deleteSheet")).toEqual([]);
  for (const name of [LEDGER_SHEET, MARKS_SHEET]) {
    expect([name, sheetOf(doc, name).visibility, sheetOf(doc, name).usedBox(true)]).toEqual([name, "VeryHidden", null]);
  }
});

describe("4. Excel on the web's 5 MB per response", () => {
  test("200 unit sheets, past one sync's 5 MB at the old one-sync read, are opened, scored, cleared and undone", async () => {
    const clean = workbookToGrid(buildYueyangCountyExample()).sheets[0];
    if (!clean) throw new Error("fixture changed");
    const doc = documentFromGrid(unitWorkbook(clean, 200));
    install(doc);
    for (const action of ["recalculate", "clearMarks", "undo"] as const) expect([action, await run(action)]).toEqual([action, "ok"]);
    const responses = (excel?.runs ?? []).flatMap((r) => r.responses);
    expect(Math.max(...responses)).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    // Each unit sheet here is ~38 KB of UTF-8 JSON (values, formulas and number formats): 200 pass the cap in one read.
    // The clean sheets need no observe: list and extents, the chunks, the write (UNMARKED_SYNCS besides the chunks).
    const first = excel?.runs[0];
    const chunks = (first?.syncCount ?? 0) - UNMARKED_SYNCS;
    const read = (first?.responses ?? []).slice(READ_FIXED_SYNCS, READ_FIXED_SYNCS + chunks).reduce((a, b) => a + b, 0);
    expect(read).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
  }, 300_000);

  test(`a sheet with more than ${MAX_MERGED_AREAS} merged areas does not fail the action: its cells are filled down instead`, async () => {
    const doc = yueyangExample().doc;
    const extra = sheetOf(doc, "华容县");
    for (let i = 0; i <= MAX_MERGED_AREAS; i++) extra.merges.push({ top: 200 + i, left: 20, bottom: 200 + i, right: 21 });
    install(doc);
    expect(await run("recalculate")).toBe("ok");
  });
});

describe("5. undo", () => {
  test("on ExcelApi 1.20 the first 重新计算 adds Kaohe's very hidden sheets outside the undo group, and succeeds", async () => {
    const doc = install(yueyangExample().doc);
    expect(await run("recalculate")).toBe("ok");
    expect(sheetOf(doc, LEDGER_SHEET).visibility).toBe("VeryHidden");
    const options = excel?.options.map((o) => (o as { mergeUndoGroup?: boolean } | undefined)?.mergeUndoGroup === true);
    // The action's run is one undo group; the run that added the sheets is not.
    expect(options).toContain(true);
    expect(options).toContain(false);
  });

  test("following the selection with the pane open never reads merged areas, so the user's undo stack stays", async () => {
    const doc = install(yueyangExample().doc);
    for (const cell of ["G41", "G45", "H67"]) {
      doc.select("华容县", cell);
      expect((await readSelectedEntry(createExcelHost())).ok).toBe(true);
    }
    expect(doc.undoClears).toEqual([]);
  });
});

describe("6. smaller", () => {
  test("a protected workbook structure is found first: nothing written, and the message says what to do", async () => {
    const doc = install(yueyangExample().doc);
    doc.structureProtected = true;
    const before = doc.snapshot();
    expect(await run("recalculate")).toMatch(/^工作簿结构受保护.*审阅 → 保护工作簿/);
    expect(doc.snapshot()).toEqual(before);
    // Once Kaohe's sheets exist, protecting the structure no longer stops it.
    doc.structureProtected = false;
    expect(await run("recalculate")).toBe("ok");
    doc.structureProtected = true;
    expect(await run("recalculate")).toBe("ok");
    expect(await run("clearMarks")).toBe("ok");
  });

  test("a flagged cell holding a user's threaded comment is shaded, its comment kept, on a host that marks with notes", async () => {
    const doc = yueyangExample().doc;
    const [sheet = "", cell = ""] = EXAMPLE_FINDING_CELLS[0];
    doc.addComment(sheetOf(doc, sheet), 40, 6, "请核实 / user's own comment");
    install(doc);
    expect(await run("recalculate")).toBe("ok");
    expect(doc.comments.map((c) => c.content)).toEqual(["请核实 / user's own comment"]);
    expect(sheetOf(doc, sheet).notes.has(cell)).toBe(false);
    expect(sheetOf(doc, sheet).cell(40, 6)?.fill).toBeDefined();
    expect(await run("clearMarks")).toBe("ok");
    expect(doc.comments).toHaveLength(1);
  });

  test("a multi-area selection: the 录入 form follows its first area instead of failing", async () => {
    const doc = install(yueyangExample().doc);
    doc.selectAreas("华容县", ["G41", "J3:K4"]);
    const entry = await readSelectedEntry(createExcelHost());
    expect(entry.ok && "address" in entry ? entry.address : entry).toBe("华容县!G41");
  });

  test("errors a user can meet are explained in Chinese", async () => {
    const doc = install(yueyangExample().doc);
    for (const code of ["UndoNotSupported", "RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded", "InvalidOperation", "GeneralException", "InvalidSelection", "ItemNotFound"]) {
      const { FakeOfficeError } = await import("../../src/preview/fake-excel");
      doc.failNextSync = new FakeOfficeError(code, "in English");
      const message = await run("recalculate");
      // Chinese first (before the " / English" part), and never the host's raw English.
      expect([code, /^[^/]*[\u4e00-\u9fff]/.test(message), message.includes("in English")]).toEqual([code, true, false]);
    }
  });
});
