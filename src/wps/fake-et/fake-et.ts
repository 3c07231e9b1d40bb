// A strict, counted fake of the WPS 表格 (ET) object model over the fake
// Excel's document (src/preview/fake-excel): built from the same .xlsx the
// CLI reads (documentFromExcelJs), so the WPS adapter, the Excel adapter and
// the CLI can be compared on one workbook. Only what et-model.ts declares
// exists; everything else throws (strict.ts).
import type { FakeDocument, FakeSheet } from "../../preview/fake-excel/document";
import { parseBox } from "../../preview/fake-excel/document";
import type { EtApiEvent, EtApplication, EtPluginStorage, EtRange, EtSheets, EtTaskPane, EtWorkbook, EtWorksheet } from "../et-model";
import { XL_SHEET_HIDDEN, XL_SHEET_VERY_HIDDEN, XL_SHEET_VISIBLE } from "../et-model";
import type { EtFakeContext } from "./fake-range";
import { FakeEtRange } from "./fake-range";
import { CallCounter, strict, UnknownMemberError } from "./strict";
import { FakeTaskPanes } from "./fake-task-pane";

const VISIBLE_TO_ET = { Visible: XL_SHEET_VISIBLE, Hidden: XL_SHEET_HIDDEN, VeryHidden: XL_SHEET_VERY_HIDDEN } as const;

/** What a test arranges besides the cells: the states ET reports. */
export interface FakeEtState {
  readOnly: boolean;
  structureProtected: boolean;
  /** false: a cell is being edited (Application.Ready). */
  ready: boolean;
  readonly storage: Map<string, string>;
  /** The panes CreateTaskPane made, in order. */
  readonly taskPanes: FakeTaskPanes;
}

class FakeEtWorksheet implements EtWorksheet {
  constructor(
    private readonly ctx: EtFakeContext & { readonly state: FakeEtState },
    readonly sheet: FakeSheet,
  ) {}
  get Name(): string {
    return this.sheet.name;
  }
  set Name(name: string) {
    if (this.ctx.doc.sheet(name)) throw new Error(`ET: a sheet named "${name}" exists`);
    this.sheet.name = name;
  }
  get Visible(): number {
    return VISIBLE_TO_ET[this.sheet.visibility];
  }
  set Visible(visible: number) {
    if (this.ctx.state.structureProtected) throw new Error("ET: workbook structure is protected");
    this.sheet.visibility = visible === XL_SHEET_VERY_HIDDEN ? "VeryHidden" : visible === XL_SHEET_HIDDEN ? "Hidden" : "Visible";
  }
  get ProtectContents(): boolean {
    return this.sheet.isProtected;
  }
  get UsedRange(): EtRange {
    // ET's UsedRange counts formatted cells too; an empty sheet's is A1.
    const box = this.sheet.usedBox(false) ?? { top: 0, left: 0, bottom: 0, right: 0 };
    return strict("Range", new FakeEtRange(this.ctx, this.sheet, box), this.ctx.counter);
  }
  Range(address: string): EtRange {
    return strict("Range", new FakeEtRange(this.ctx, this.sheet, parseBox(address)), this.ctx.counter);
  }
  Activate(): void {
    this.ctx.doc.activeSheet = this.sheet.name;
  }
  Delete(): void {
    if (this.ctx.state.structureProtected) throw new Error("ET: workbook structure is protected");
    this.ctx.doc.removeSheet(this.sheet);
  }
}

export interface FakeEt {
  readonly application: EtApplication;
  readonly counter: CallCounter;
  readonly state: FakeEtState;
  readonly doc: FakeDocument;
}

/** The ET Application over `doc`, as WPS would hold the same workbook. */
export function fakeEt(doc: FakeDocument, counter = new CallCounter()): FakeEt {
  const state: FakeEtState = { readOnly: false, structureProtected: false, ready: true, storage: new Map(), taskPanes: new FakeTaskPanes() };
  const ctx = { doc, counter, state };
  const sheetProxy = (sheet: FakeSheet): EtWorksheet => strict("Worksheet", new FakeEtWorksheet(ctx, sheet), counter);
  const sheets: EtSheets = {
    get Count() {
      return doc.sheets.length;
    },
    Item(index) {
      const sheet = typeof index === "number" ? doc.sheets[index - 1] : doc.sheet(index);
      if (!sheet) throw new Error(`ET: no sheet ${String(index)}`);
      return sheetProxy(sheet);
    },
    Add() {
      if (state.structureProtected) throw new Error("ET: workbook structure is protected");
      let n = doc.sheets.length + 1;
      while (doc.sheet(`Sheet${n}`)) n++;
      const added = doc.addSheet(`Sheet${n}`);
      return sheetProxy(added);
    },
  };
  const workbook: EtWorkbook = {
    Sheets: strict("Sheets", sheets, counter),
    Name: "workbook.xlsx",
    FullName: "/fake/workbook.xlsx",
    get ReadOnly() {
      return state.readOnly;
    },
    get ProtectStructure() {
      return state.structureProtected;
    },
  };
  const storage: EtPluginStorage = {
    setItem: (key, value) => void state.storage.set(key, value),
    getItem: (key) => state.storage.get(key) ?? null,
  };
  // The only event the adapter listens to; the document calls it after the selection moves (a click in the preview).
  const apiEvent: EtApiEvent = {
    AddApiEventListener(event, callback) {
      if (event !== "SheetSelectionChange") throw new UnknownMemberError(`ET: the fake has no event ${String(event)}`);
      doc.selectionHandlers.add(() => callback(undefined, undefined));
    },
  };
  const active = (): FakeSheet => {
    const sheet = doc.active();
    if (!sheet) throw new Error("ET: no active sheet");
    return sheet;
  };
  const application: EtApplication = {
    ActiveWorkbook: strict("Workbook", workbook, counter),
    get ActiveSheet() {
      return sheetProxy(active());
    },
    get ActiveCell() {
      const sheet = active();
      const address = doc.selection?.sheet === sheet.name ? doc.selection.address : "A1";
      const box = parseBox(address);
      return strict("Range", new FakeEtRange(ctx, sheet, { top: box.top, left: box.left, bottom: box.top, right: box.left }), counter);
    },
    get Ready() {
      return state.ready;
    },
    DisplayAlerts: true,
    ScreenUpdating: true,
    PluginStorage: strict("PluginStorage", storage, counter),
    ApiEvent: strict("ApiEvent", apiEvent, counter),
    CreateTaskPane(url: string, title?: string): EtTaskPane {
      return strict("TaskPane", state.taskPanes.create(url, title), counter);
    },
    GetTaskPane(id: number): EtTaskPane | null {
      const pane = state.taskPanes.find(id);
      return pane ? strict("TaskPane", pane, counter) : null;
    },
  };
  return { application: strict("Application", application, counter), counter, state, doc };
}
