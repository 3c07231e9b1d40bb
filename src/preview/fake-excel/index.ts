// An in-memory Excel for the adapter's tests (src/excel) and the browser
// preview (src/preview): the slice of the Excel JavaScript API Kaohe calls,
// with the real API's strictness where it matters — a property read before
// load + sync throws PropertyNotLoaded, writes take effect only at
// context.sync(), and every sync is counted. No Node API in here: it runs
// in the page as well as under jest.
//
// Why not office-addin-mock's OfficeMockObject for this: it models a fixed
// object tree. Collections and `.items`, methods that return new proxies
// (getRangeByIndexes, getItem, add), writes that land at sync, merged areas
// and addresses are not in it (OFFICE-NOTES.md), and its sync is per object,
// so round trips cannot be counted. It is used where it fits: the Office
// global (requirements.test.ts).
import { FakeContext } from "./context";
import type { FakeDocument } from "./document";
import { FakeOfficeError } from "./errors";
import { libraryHas } from "./strict";

export { FakeContext } from "./context";
export { FakeDocument, FakeSheet } from "./document";
export type { FakeCell, FakeChartData, FakeCommentData, WriteRecord } from "./document";
export { parseBox, rangeA1, sheetAddress } from "./document";
export type { SelectionChangedArgs, SelectionHandler } from "./events";
export { FakeOfficeError, NOT_LOADED, NOT_SYNCED } from "./errors";
export { documentFromExcelJs, documentFromGrid } from "./from-workbook";
export { MAX_MERGED_AREAS, NPM_OFFICE_JS_API } from "./strict";
export { PAYLOAD_LIMIT_BYTES } from "./document";

/** The fake context where the adapter wants an Excel.RequestContext. */
export function asRequestContext(context: FakeContext): Excel.RequestContext {
  return context as unknown as Excel.RequestContext;
}

export function newContext(doc: FakeDocument): { readonly fake: FakeContext; readonly context: Excel.RequestContext } {
  const fake = new FakeContext(doc);
  return { fake, context: asRequestContext(fake) };
}

/** The enums the adapter uses, with Office.js's string values. */
const EXCEL_ENUMS = {
  SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
  ChartType: { barClustered: "BarClustered", columnClustered: "ColumnClustered" },
  ChartSeriesBy: { auto: "Auto", columns: "Columns", rows: "Rows" },
  BorderIndex: {
    edgeTop: "EdgeTop",
    edgeBottom: "EdgeBottom",
    edgeLeft: "EdgeLeft",
    edgeRight: "EdgeRight",
    insideVertical: "InsideVertical",
    insideHorizontal: "InsideHorizontal",
  },
  BorderLineStyle: { none: "None", continuous: "Continuous" },
  HorizontalAlignment: { general: "General", left: "Left", center: "Center", right: "Right", centerAcrossSelection: "CenterAcrossSelection" },
  VerticalAlignment: { top: "Top", center: "Center", bottom: "Bottom" },
  PageOrientation: { portrait: "Portrait", landscape: "Landscape" },
  PaperType: { a4: "A4", letter: "Letter" },
};

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

export interface InstalledExcel {
  /** One context per Excel.run, in order. */
  readonly runs: FakeContext[];
  /** The options each Excel.run got (delayForCellEdit…). */
  readonly options: unknown[];
  uninstall(): void;
}

/**
 * Puts a global `Excel` in place for code that uses Excel.run or the enums
 * (Excel.SheetVisibility). Install in beforeEach, uninstall in afterEach.
 */
export function installExcel(doc: FakeDocument): InstalledExcel {
  const runs: FakeContext[] = [];
  const options: unknown[] = [];
  async function run<T>(first: Batch<T> | object, second?: Batch<T>): Promise<T> {
    const batch = typeof first === "function" ? first : second;
    if (!batch) throw new FakeOfficeError("InvalidArgument", "Excel.run without a batch function");
    const given = typeof first === "function" ? undefined : first;
    options.push(given);
    // Office.js on an older host may ignore an option it does not know; the fake
    // refuses it, so the adapter must ask isSetSupported first.
    const asked = given !== undefined && "mergeUndoGroup" in given && (given as { mergeUndoGroup?: unknown }).mergeUndoGroup === true;
    // An office.js without the option (npm 1.1.110) drops it without a word: no group, no error.
    const known = asked && libraryHas(doc, 20);
    if (known && doc.apiVersion < 20) {
      throw new FakeOfficeError("ApiNotFound", `mergeUndoGroup needs ExcelApi 1.20; the host has 1.${doc.apiVersion}`);
    }
    const context = new FakeContext(doc, known);
    runs.push(context);
    const result = await batch(asRequestContext(context));
    // Excel.run syncs once more after the batch; only what is still queued goes.
    context.flushAfterRun();
    return result;
  }
  // The classes office.js defines for newer API sets, as far as the adapter
  // feature-detects them on the loaded library (requirements.ts).
  const classes = {
    ...(libraryHas(doc, 10) ? { CommentCollection: class CommentCollection {} } : {}),
    ...(libraryHas(doc, 18) ? { NoteCollection: class NoteCollection {} } : {}),
    ...(libraryHas(doc, 20) ? { CustomFunctionManager: class CustomFunctionManager {} } : {}),
  };
  const excel = { ...EXCEL_ENUMS, ...classes, run };
  const global = globalThis as { Excel?: unknown };
  const before = global.Excel;
  global.Excel = excel;
  return {
    runs,
    options,
    uninstall: () => {
      if (before === undefined) delete global.Excel;
      else global.Excel = before;
    },
  };
}
