// The fake refuses what real Excel refuses (src/preview/fake-excel/strict.ts
// cites each rule): without these, the adapter's tests could pass on calls
// that fail in the Excel offices run.
import type { FakeDocument, InstalledExcel } from "../../src/preview/fake-excel";
import { documentFromGrid, installExcel, MAX_MERGED_AREAS, newContext, NPM_OFFICE_JS_API, PAYLOAD_LIMIT_BYTES } from "../../src/preview/fake-excel";

function workbook(): FakeDocument {
  return documentFromGrid({
    sheets: [
      { name: "甲", values: [["a", 1]], merges: [] },
      { name: "_kaohe", values: [["x"]], merges: [] },
    ],
  });
}

async function fails(doc: FakeDocument, batch: (context: Excel.RequestContext) => void): Promise<string> {
  const { context } = newContext(doc);
  batch(context);
  try {
    await context.sync();
    return "no error";
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}

// The Excel global (its enums) for every test; runs go through it where a test needs Excel.run.
let excel: InstalledExcel | undefined;
beforeEach(() => (excel = installExcel(workbook())));
afterEach(() => excel?.uninstall());

describe("very hidden sheets (office-js#365)", () => {
  test("cannot be deleted; made merely hidden first, they can", async () => {
    const doc = workbook();
    const hidden = doc.sheet("_kaohe");
    if (hidden) hidden.visibility = "VeryHidden";
    expect(await fails(doc, (c) => c.workbook.worksheets.getItem("_kaohe").delete())).toBe("GeneralException");
    expect(doc.sheet("_kaohe")).toBeDefined();
    expect(
      await fails(doc, (c) => {
        const sheet = c.workbook.worksheets.getItem("_kaohe");
        sheet.visibility = Excel.SheetVisibility.hidden;
        sheet.delete();
      }),
    ).toBe("no error");
    expect(doc.sheet("_kaohe")).toBeUndefined();
  });
});

describe("5 MB per request and per response (Excel on the web)", () => {
  const big = (): FakeDocument => {
    // 7.2 MB of UTF-8 JSON (3 bytes a character): past the cap whole, under it in halves.
    const text = "考".repeat(400);
    const values = Array.from({ length: 6000 }, () => [text]);
    return documentFromGrid({ sheets: [{ name: "大", values, merges: [] }] });
  };

  test("a read whose values pass 5 MB of JSON fails, and says which limit", async () => {
    const doc = big();
    expect(await fails(doc, (c) => c.workbook.worksheets.getItem("大").getUsedRange().load("values"))).toBe("ResponsePayloadSizeLimitExceeded");
  });

  test("the same read in two halves passes, each response under the cap", async () => {
    const doc = big();
    const { context, fake } = newContext(doc);
    context.workbook.worksheets.getItem("大").getRange("A1:A3000").load("values");
    await context.sync();
    context.workbook.worksheets.getItem("大").getRange("A3001:A6000").load("values");
    await context.sync();
    expect(fake.largestResponse).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(fake.largestResponse).toBeGreaterThan(PAYLOAD_LIMIT_BYTES / 3);
  });

  test("a write whose values pass 5 MB fails", async () => {
    const doc = workbook();
    const rows = Array.from({ length: 6000 }, () => ["考".repeat(1000)]);
    expect(await fails(doc, (c) => (c.workbook.worksheets.getItem("甲").getRange("A1:A6000").values = rows))).toBe("RequestPayloadSizeLimitExceeded");
  });
});

test(`a merged-area read fails past ${MAX_MERGED_AREAS} areas, and each read clears the undo stack (office-js#5918)`, async () => {
  const merges = Array.from({ length: MAX_MERGED_AREAS + 1 }, (_, i) => ({ top: i, left: 0, bottom: i, right: 1 }));
  const doc = documentFromGrid({ sheets: [{ name: "并", values: merges.map(() => ["x", ""]), merges }] });
  expect(await fails(doc, (c) => c.workbook.worksheets.getItem("并").getUsedRange().getMergedAreasOrNullObject().load("address"))).toBe("GeneralException");
  expect(doc.undoClears).toEqual(["Range.getMergedAreasOrNullObject"]);
});

describe("undo groups (ExcelApi 1.20)", () => {
  test("Worksheet.delete and Worksheet.visibility throw UndoNotSupported inside mergeUndoGroup", async () => {
    const doc = workbook();
    excel?.uninstall();
    excel = installExcel(doc);
    const run = (batch: (c: Excel.RequestContext) => void) =>
      Excel.run({ mergeUndoGroup: true }, async (c) => {
        batch(c);
        await c.sync();
      }).then(
        () => "no error",
        (e: { code?: string }) => e.code,
      );
    expect(await run((c) => (c.workbook.worksheets.getItem("_kaohe").visibility = Excel.SheetVisibility.hidden))).toBe("UndoNotSupported");
    expect(await run((c) => c.workbook.worksheets.getItem("_kaohe").delete())).toBe("UndoNotSupported");
    expect(doc.sheets.map((s) => [s.name, s.visibility])).toEqual([["甲", "Visible"], ["_kaohe", "Visible"]]);
  });

  test("outside a group they run, and clear the user's undo stack", async () => {
    const doc = workbook();
    expect(await fails(doc, (c) => (c.workbook.worksheets.getItem("_kaohe").visibility = Excel.SheetVisibility.hidden))).toBe("no error");
    expect(doc.undoClears).toEqual(["Worksheet.visibility"]);
  });
});

describe("workbook structure protection", () => {
  test("is read from Workbook.protection, and forbids adding, deleting, renaming, hiding sheets", async () => {
    const doc = workbook();
    doc.structureProtected = true;
    const { context } = newContext(doc);
    const protection = context.workbook.protection.load("protected");
    await context.sync();
    expect(protection.protected).toBe(true);
    expect(await fails(doc, (c) => c.workbook.worksheets.add("新"))).toBe("AccessDenied");
    expect(await fails(doc, (c) => c.workbook.worksheets.getItem("_kaohe").delete())).toBe("AccessDenied");
    expect(await fails(doc, (c) => (c.workbook.worksheets.getItem("甲").name = "乙"))).toBe("AccessDenied");
    expect(await fails(doc, (c) => (c.workbook.worksheets.getItem("_kaohe").visibility = Excel.SheetVisibility.veryHidden))).toBe("AccessDenied");
    // Cells are not the structure: writing them is allowed.
    expect(await fails(doc, (c) => (c.workbook.worksheets.getItem("甲").getRange("C1").values = [[3]]))).toBe("no error");
  });
});

describe("one note or one threaded comment per cell", () => {
  test("a note cannot go where a comment is, nor a comment where a note is", async () => {
    const doc = workbook();
    const sheet = doc.sheet("甲");
    if (!sheet) throw new Error("setup");
    doc.addComment(sheet, 0, 0, "用户的批注");
    sheet.notes.set("B1", { content: "用户的备注", authorName: "用户" });
    expect(await fails(doc, (c) => c.workbook.worksheets.getItem("甲").notes.add("A1", "考核评分"))).toBe("InvalidOperation");
    expect(await fails(doc, (c) => c.workbook.comments.add("甲!B1", "考核评分"))).toBe("InvalidOperation");
    expect(await fails(doc, (c) => c.workbook.worksheets.getItem("甲").notes.add("C1", "考核评分"))).toBe("no error");
  });
});

describe("a selection of several areas (Ctrl+click)", () => {
  test("getSelectedRange throws; getSelectedRanges gives every area", async () => {
    const doc = workbook();
    doc.selectAreas("甲", ["B2", "D4:E5"]);
    expect(await fails(doc, (c) => c.workbook.getSelectedRange().load("address"))).toBe("InvalidSelection");
    const { context } = newContext(doc);
    const areas = context.workbook.getSelectedRanges().load("address");
    await context.sync();
    expect(areas.address).toBe("'甲'!B2, '甲'!D4:E5");
  });
});

describe("the npm office.js 1.1.110 on a current host", () => {
  test("its proxies have no Worksheet.notes, and mergeUndoGroup is dropped without a word", async () => {
    const doc = workbook();
    doc.libraryApi = NPM_OFFICE_JS_API;
    excel?.uninstall();
    excel = installExcel(doc);
    const seen = await Excel.run({ mergeUndoGroup: true }, async (c) => {
      const notes = (c.workbook.worksheets.getItem("甲") as unknown as { notes: unknown }).notes;
      c.workbook.worksheets.getItem("_kaohe").visibility = Excel.SheetVisibility.hidden;
      await c.sync();
      return notes;
    });
    expect(seen).toBeUndefined();
    // No group: the visibility change ran (and cleared the undo stack) instead of throwing UndoNotSupported.
    expect(doc.undoClears).toEqual(["Worksheet.visibility"]);
    expect(doc.apiVersion).toBe(20);
  });
});
