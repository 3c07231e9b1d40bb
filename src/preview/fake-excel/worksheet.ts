// Excel.Workbook → worksheets → Worksheet (with its protection), as far as Kaohe goes.
import type { LoadSpec, QueueContext } from "./client-object";
import { ClientObject, requireApi } from "./client-object";
import type { FakeSheet, Visibility } from "./document";
import { MAX_COLUMNS, MAX_ROWS, parseBox, WHOLE_SHEET } from "./document";
import { FakeSelectionEvent } from "./events";
import { FakeOfficeError } from "./errors";
import { FakeChartCollection } from "./charts";
import { FakeCommentCollection } from "./comments";
import { FakeNoteCollection } from "./notes";
import { FakePageLayout } from "./page-layout";
import { FakeRange, FakeRangeAreas } from "./range";
import { libraryHas, undoUnsupported } from "./strict";

/** Worksheet.getRange takes an address on its own sheet: no sheet name in it. */
function parseLocalBox(address: string): ReturnType<typeof parseBox> {
  if (address.includes("!")) throw new FakeOfficeError("InvalidArgument", `bad address "${address}"`);
  return parseBox(address);
}

const ITEM_PROPERTIES: readonly string[] = ["name", "visibility", "position"];
const VISIBILITIES: readonly Visibility[] = ["Visible", "Hidden", "VeryHidden"];


export class FakeWorksheetProtection extends ClientObject<FakeSheet> {
  protected readonly loadable = ["protected"] as const;

  constructor(context: QueueContext, resolver: () => FakeSheet | null) {
    super(context, "WorksheetProtection", resolver);
  }

  protected readProperty(sheet: FakeSheet): unknown {
    return sheet.isProtected;
  }

  get protected(): boolean {
    return this.property("protected");
  }
}

export class FakeWorksheet extends ClientObject<FakeSheet> {
  protected readonly loadable = ["name", "visibility", "position"] as const;
  readonly protection: FakeWorksheetProtection;

  constructor(context: QueueContext, resolver: () => FakeSheet | null) {
    super(context, "Worksheet", resolver);
    this.protection = new FakeWorksheetProtection(context, this.childOf("protection", (s) => s));
  }

  protected readProperty(sheet: FakeSheet, name: string): unknown {
    if (name === "name") return sheet.name;
    if (name === "visibility") return sheet.visibility;
    return this.context.doc.sheets.indexOf(sheet);
  }

  get name(): string {
    return this.property("name");
  }
  set name(value: string) {
    this.context.enqueue(() => {
      const sheet = this.requireTarget("name");
      this.context.doc.failIfStructureProtected(`renaming sheet "${sheet.name}"`);
      const other = this.context.doc.sheet(value);
      if (other && other !== sheet) throw new FakeOfficeError("ItemAlreadyExists", `a sheet named "${value}" exists`);
      sheet.name = value;
    });
  }
  get visibility(): Visibility {
    return this.property("visibility");
  }
  set visibility(value: Visibility) {
    this.context.enqueue(() => {
      const sheet = this.requireTarget("visibility");
      if (!VISIBILITIES.includes(value)) throw new FakeOfficeError("InvalidArgument", `visibility "${String(value)}"`);
      this.context.doc.failIfStructureProtected(`changing the visibility of sheet "${sheet.name}"`);
      undoUnsupported(this.context, "Worksheet.visibility");
      const before = sheet.visibility;
      sheet.visibility = value;
      if (!this.context.doc.sheets.some((s) => s.visibility === "Visible")) {
        sheet.visibility = before;
        throw new FakeOfficeError("InvalidOperation", "a workbook must keep one visible sheet");
      }
      this.context.doc.writes.push({ sync: this.context.syncCount, kind: "visibility", sheet: sheet.name });
    });
  }

  /**
   * Worksheet.notes: ExcelApi 1.18. An office.js older than that (the npm
   * 1.1.110) has no such property on its proxy: undefined, whatever the host.
   */
  get notes(): FakeNoteCollection {
    if (!libraryHas(this.context.doc, 18)) return undefined as unknown as FakeNoteCollection;
    requireApi(this.context.doc, 18, "Worksheet.notes");
    return new FakeNoteCollection(this.context, () => this.requireTarget("notes"));
  }

  get charts(): FakeChartCollection {
    return new FakeChartCollection(this.context, this.childOf("charts", (s) => s));
  }

  /** Worksheet.pageLayout: ExcelApi 1.9. */
  get pageLayout(): FakePageLayout {
    requireApi(this.context.doc, 9, "Worksheet.pageLayout");
    return new FakePageLayout(this.context, this.childOf("pageLayout", (s) => s));
  }

  delete(): void {
    this.context.enqueue(() => {
      const sheet = this.requireTarget("delete");
      undoUnsupported(this.context, "Worksheet.delete");
      this.context.doc.removeSheet(sheet);
      this.context.doc.writes.push({ sync: this.context.syncCount, kind: "deleteSheet", sheet: sheet.name });
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    requireApi(this.context.doc, 4, "Worksheet.getUsedRangeOrNullObject");
    return new FakeRange(
      this.context,
      this.childOf("getUsedRangeOrNullObject", (sheet) => {
        const box = sheet.usedBox(valuesOnly);
        return box ? { sheet, box } : null;
      }),
    );
  }

  /** Never null: a blank sheet's used range is A1 (Worksheet.getUsedRange docs). */
  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.context,
      this.childOf("getUsedRange", (sheet) => ({ sheet, box: sheet.usedBox(valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 } })),
    );
  }

  getRangeByIndexes(row: number, col: number, rowCount: number, columnCount: number): FakeRange {
    requireApi(this.context.doc, 7, "Worksheet.getRangeByIndexes");
    return new FakeRange(
      this.context,
      this.childOf("getRangeByIndexes", (sheet) => {
        const box = { top: row, left: col, bottom: row + rowCount - 1, right: col + columnCount - 1 };
        const valid = [row, col, rowCount, columnCount].every(Number.isInteger) && row >= 0 && col >= 0 && rowCount > 0 && columnCount > 0;
        if (!valid || box.bottom >= MAX_ROWS || box.right >= MAX_COLUMNS) throw new FakeOfficeError("InvalidArgument", `getRangeByIndexes(${row}, ${col}, ${rowCount}, ${columnCount})`);
        return { sheet, box };
      }),
    );
  }

  /** No address: the whole sheet. */
  getRange(address?: string): FakeRange {
    return new FakeRange(
      this.context,
      this.childOf("getRange", (sheet) => ({ sheet, box: address === undefined || address === "" ? WHOLE_SHEET : parseLocalBox(address) })),
    );
  }

  activate(): void {
    this.context.enqueue(() => {
      const sheet = this.requireTarget("activate");
      if (sheet.visibility !== "Visible") throw new FakeOfficeError("InvalidOperation", `cannot activate hidden sheet "${sheet.name}"`);
      this.context.doc.activeSheet = sheet.name;
    });
  }
}

export class FakeWorksheetCollection extends ClientObject<readonly FakeSheet[]> {
  protected readonly loadable = ["items"] as const;

  constructor(context: QueueContext) {
    super(context, "WorksheetCollection", () => context.doc.sheets);
  }

  private readonly itemProperties = new Set<string>();

  /** "items/name,items/visibility": each item arrives as a worksheet with those properties loaded. */
  protected readProperty(sheets: readonly FakeSheet[]): unknown {
    return sheets.map((sheet) => {
      const item = new FakeWorksheet(this.context, () => sheet);
      const all: Record<string, unknown> = { name: sheet.name, visibility: sheet.visibility, position: this.context.doc.sheets.indexOf(sheet) };
      item.preload(Object.fromEntries([...this.itemProperties].map((p) => [p, all[p]])));
      return item;
    });
  }

  override load(spec?: LoadSpec): this {
    for (const name of this.loadNames(spec)) {
      const prop = name.split("/")[1];
      const props = prop === undefined ? ITEM_PROPERTIES : [prop];
      if (props.some((p) => !ITEM_PROPERTIES.includes(p))) throw new FakeOfficeError("InvalidArgument", `Worksheet has no loadable property "${String(prop)}"`);
      props.forEach((p) => this.itemProperties.add(p));
    }
    return super.load("items");
  }

  get items(): FakeWorksheet[] {
    return this.property("items");
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const sheet = this.context.doc.sheet(name);
      if (!sheet) throw new FakeOfficeError("ItemNotFound", `no sheet named "${name}"`);
      return sheet;
    });
  }

  /** The sheet the user sees: the one last activated, else the first visible one. */
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const sheet = this.context.doc.active();
      if (!sheet) throw new FakeOfficeError("ItemNotFound", "the workbook has no visible sheet");
      return sheet;
    });
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    requireApi(this.context.doc, 4, "WorksheetCollection.getItemOrNullObject");
    return new FakeWorksheet(this.context, () => this.context.doc.sheet(name) ?? null);
  }

  /** Added at the end, visible, not activated (Excel docs). */
  add(name: string): FakeWorksheet {
    let added: FakeSheet | undefined;
    this.context.enqueue(() => {
      added = this.context.doc.addSheet(name);
      this.context.doc.writes.push({ sync: this.context.syncCount, kind: "addSheet", sheet: name });
    });
    return new FakeWorksheet(this.context, () => {
      if (!added) throw new FakeOfficeError("InvalidObjectPath", `sheet "${name}" used before its add() ran`);
      return added;
    });
  }
}

/** Workbook.protection (ExcelApi 1.7): the structure's protection. */
export class FakeWorkbookProtection extends ClientObject<{ readonly protected: boolean }> {
  protected readonly loadable = ["protected"] as const;

  constructor(context: QueueContext) {
    super(context, "WorkbookProtection", () => ({ protected: context.doc.structureProtected }));
  }

  protected readProperty(target: { readonly protected: boolean }): unknown {
    return target.protected;
  }

  get protected(): boolean {
    return this.property("protected");
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;

  constructor(private readonly context: QueueContext) {
    this.worksheets = new FakeWorksheetCollection(context);
  }

  get protection(): FakeWorkbookProtection {
    requireApi(this.context.doc, 7, "Workbook.protection");
    return new FakeWorkbookProtection(this.context);
  }

  /** Workbook.getSelectedRanges (ExcelApi 1.9): every area of the selection. */
  getSelectedRanges(): FakeRangeAreas {
    requireApi(this.context.doc, 9, "Workbook.getSelectedRanges");
    return new FakeRangeAreas(this.context, () => {
      const doc = this.context.doc;
      const chosen = doc.selection === undefined ? undefined : doc.sheet(doc.selection.sheet);
      if (chosen && doc.selection) return { sheet: chosen, areas: [doc.selection.address, ...(doc.selection.moreAreas ?? [])].map(parseBox) };
      const sheet = doc.active();
      if (!sheet) throw new FakeOfficeError("ItemNotFound", "the workbook has no visible sheet");
      return { sheet, areas: [{ top: 0, left: 0, bottom: 0, right: 0 }] };
    });
  }

  /** Workbook.comments: ExcelApi 1.10. */
  get comments(): FakeCommentCollection {
    requireApi(this.context.doc, 10, "Workbook.comments");
    return new FakeCommentCollection(this.context);
  }

  /** Workbook.onSelectionChanged: ExcelApi 1.2. */
  get onSelectionChanged(): FakeSelectionEvent {
    return new FakeSelectionEvent(this.context);
  }

  /** The selected cells; Excel always has a selection: A1 of the active sheet at first. */
  getSelectedRange(): FakeRange {
    return new FakeRange(this.context, () => {
      const doc = this.context.doc;
      const chosen = doc.selection === undefined ? undefined : doc.sheet(doc.selection.sheet);
      // "If multiple ranges are selected, this method will throw an error" (Workbook.getSelectedRange).
      if (doc.selection?.moreAreas?.length) throw new FakeOfficeError("InvalidSelection", "The current selection is invalid for this operation (several areas are selected)");
      if (chosen && doc.selection) return { sheet: chosen, box: parseBox(doc.selection.address) };
      const sheet = doc.active();
      if (!sheet) throw new FakeOfficeError("ItemNotFound", "the workbook has no visible sheet");
      return { sheet, box: { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }
}
