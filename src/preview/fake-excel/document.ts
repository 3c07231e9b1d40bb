// The workbook as Excel holds it, behind the fake's proxies: what a test
// arranges before a run and inspects after it. Only the proxies' queued
// operations change it, and only at context.sync().
import type { CellRange } from "../../core";
import { parseA1, toA1 } from "../../core";
import { FakeOfficeError } from "./errors";
import type { SelectionHandler } from "./events";

/** What Range.values holds for one cell: never null; "" for an empty cell. */
export type ExcelValue = string | number | boolean;

export interface FakeCell {
  value: ExcelValue;
  /** With its "=", as Range.formulas gives it. */
  formula?: string;
  numberFormat?: string;
  bold?: boolean;
  /** Formatted (borders, fill…) though maybe empty: counts toward the used range. */
  styled?: boolean;
  /** A solid fill; absent is "no fill" (which Excel reads back as "#FFFFFF"). */
  fill?: FakeFill;
  /** Other formats set through the API, by name (border:EdgeTop, fontSize, wrapText…). */
  format?: Readonly<Record<string, string | number | boolean>>;
}

export interface FakeFill {
  readonly color: string;
  readonly tint: number;
}

/** Whether a cell counts toward the used range for its formats alone. */
export function isFormatted(cell: FakeCell): boolean {
  return cell.styled === true || cell.bold === true || cell.numberFormat !== undefined || cell.fill !== undefined || cell.format !== undefined;
}

/** A cell with nothing in it and no format: as good as absent. */
export function isBlank(cell: FakeCell): boolean {
  return cell.value === "" && cell.formula === undefined && !isFormatted(cell);
}

export interface FakeNoteData {
  content: string;
  readonly authorName: string;
}

export interface FakeCommentData {
  readonly id: string;
  readonly sheet: FakeSheet;
  readonly row: number;
  readonly col: number;
  content: string;
}

export interface FakeChartData {
  name: string;
  readonly type: string;
  readonly source: CellRange;
  readonly seriesBy: string;
  title: string;
  legendVisible: boolean;
  showValue: boolean;
  seriesName: string;
  xValues: CellRange | null;
  reversePlotOrder: boolean;
  position: { readonly from: string; readonly to: string } | null;
}

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;
export const WHOLE_SHEET: CellRange = { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 };

export class FakeSheet {
  visibility: Visibility = "Visible";
  isProtected = false;
  merges: CellRange[] = [];
  /** Sparse: row → column → cell. */
  readonly rows = new Map<number, Map<number, FakeCell>>();
  /** By A1 address: Worksheet.notes (ExcelApi 1.18). */
  readonly notes = new Map<string, FakeNoteData>();
  charts: FakeChartData[] = [];
  /** Points, by column index. */
  readonly columnWidths = new Map<number, number>();
  /** What Worksheet.pageLayout was given, by property. */
  readonly pageLayout: Record<string, unknown> = {};

  constructor(public name: string) {}

  cell(row: number, col: number): FakeCell | undefined {
    return this.rows.get(row)?.get(col);
  }

  /** The cell to change, created when missing. */
  edit(row: number, col: number): FakeCell {
    let cells = this.rows.get(row);
    if (!cells) this.rows.set(row, (cells = new Map()));
    let cell = cells.get(col);
    if (!cell) cells.set(col, (cell = { value: "" }));
    return cell;
  }

  /** Every stored cell inside `box`. */
  *cellsIn(box: CellRange): Generator<{ row: number; col: number; cell: FakeCell }> {
    for (const [row, cells] of this.rows) {
      if (row < box.top || row > box.bottom) continue;
      for (const [col, cell] of cells) if (col >= box.left && col <= box.right) yield { row, col, cell };
    }
  }

  /** Worksheet.getUsedRange: cells with a value (or, unless valuesOnly, a format or a merge). */
  usedBox(valuesOnly: boolean): CellRange | null {
    let box: CellRange | null = null;
    const grow = (r: CellRange): void => {
      box = box
        ? { top: Math.min(box.top, r.top), left: Math.min(box.left, r.left), bottom: Math.max(box.bottom, r.bottom), right: Math.max(box.right, r.right) }
        : r;
    };
    for (const { row, col, cell } of this.cellsIn(WHOLE_SHEET)) {
      const used = cell.value !== "" || cell.formula !== undefined || (!valuesOnly && isFormatted(cell));
      if (used) grow({ top: row, left: col, bottom: row, right: col });
    }
    if (!valuesOnly) this.merges.forEach(grow);
    return box;
  }

  failIfProtected(action: string): void {
    if (this.isProtected) throw new FakeOfficeError("AccessDenied", `${action} on protected sheet "${this.name}"`);
  }
}

/** One queued change as it reached the document: what the chunking tests count. */
export interface WriteRecord {
  readonly sync: number;
  readonly kind: "values" | "numberFormat" | "clear" | "bold" | "fill" | "format" | "note" | "comment" | "chart" | "pageLayout" | "addSheet" | "deleteSheet" | "visibility";
  readonly sheet: string;
  readonly box?: CellRange;
}

export interface SheetSnapshot {
  readonly name: string;
  readonly visibility: Visibility;
  readonly merges: readonly string[];
  readonly cells: readonly (readonly [string, FakeCell])[];
  readonly notes: readonly (readonly [string, string])[];
  readonly comments: readonly (readonly [string, string])[];
  readonly charts: readonly FakeChartData[];
}

/** Excel on the web caps a request and a response at 5 MB (strict.ts cites it). */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

export class FakeDocument {
  readonly sheets: FakeSheet[] = [];
  /** ExcelApi 1.x minor version the fake host supports (what isSetSupported answers). */
  apiVersion = 20;
  /**
   * ExcelApi 1.x minor version whose proxies the loaded office.js has. The
   * host and the library can differ: the npm @microsoft/office-js 1.1.110
   * (NPM_OFFICE_JS_API) has no Worksheet.notes and no mergeUndoGroup while
   * current Microsoft 365 answers isSetSupported("ExcelApi", "1.20") with true.
   */
  libraryApi = 20;
  /** Request and response cap of one sync, in bytes of JSON (Excel on the web: 5 MB). */
  payloadLimitBytes = PAYLOAD_LIMIT_BYTES;
  /** Review → Protect Workbook (structure): no sheet may be added, deleted, renamed, hidden or shown. */
  structureProtected = false;
  /**
   * Each time the user's undo stack was cleared, and by what: an API without
   * undo support called outside an undo group (Excel's undo docs), or a
   * merged-area read (office-js#5918, Windows).
   */
  readonly undoClears: string[] = [];
  /** Workbook.comments (ExcelApi 1.10), every sheet's. */
  comments: FakeCommentData[] = [];
  private nextCommentId = 1;
  activeSheet: string | undefined;
  /** `address` is the first (or only) area; `moreAreas` the rest of a Ctrl+click selection. */
  selection: { sheet: string; address: string; moreAreas?: readonly string[] } | undefined;
  readonly writes: WriteRecord[] = [];
  /** The next sync fails with this (e.g. InvalidOperationInCellEditMode). */
  failNextSync: FakeOfficeError | undefined;
  /** Milliseconds each sync takes, as a round trip to a remote host would (the preview's slow mode). */
  syncDelayMs = 0;
  /** Workbook.onSelectionChanged handlers, registered at sync. */
  readonly selectionHandlers = new Set<SelectionHandler>();
  private readonly changeListeners = new Set<() => void>();

  /** Called after every sync that ran operations: what the preview redraws on. */
  onChange(listener: () => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  notifyChanged(): void {
    for (const listener of this.changeListeners) listener();
  }

  /**
   * The selection moves, by the user (a click in the preview) or by
   * Range.select(): the sheet becomes active and every selection handler is
   * called afterwards, as the host does.
   */
  select(sheet: string, address: string): void {
    const target = this.sheet(sheet);
    if (!target) throw new FakeOfficeError("ItemNotFound", `no sheet named "${sheet}"`);
    this.activeSheet = target.name;
    this.selection = { sheet: target.name, address: sheetAddress(target.name, parseBox(address)) };
    const handlers = [...this.selectionHandlers];
    if (handlers.length > 0) setTimeout(() => handlers.forEach((h) => void h({ type: "WorkbookSelectionChanged" })), 0);
    this.notifyChanged();
  }

  /** The active sheet: the one last activated, else the first visible one. */
  active(): FakeSheet | undefined {
    const named = this.activeSheet === undefined ? undefined : this.sheet(this.activeSheet);
    return named ?? this.sheets.find((s) => s.visibility === "Visible");
  }

  /** Sheet names are case-insensitive in Excel. */
  sheet(name: string): FakeSheet | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key);
  }

  /** A Ctrl+click selection of several areas on one sheet: the first is the active cell's. */
  selectAreas(sheet: string, areas: readonly string[]): void {
    const [first = "A1", ...rest] = areas;
    this.select(sheet, first);
    if (this.selection) this.selection = { ...this.selection, moreAreas: rest.map((a) => sheetAddress(this.selection?.sheet ?? sheet, parseBox(a))) };
  }

  /** Adding, deleting, renaming, hiding or showing a sheet under structure protection. */
  failIfStructureProtected(action: string): void {
    if (this.structureProtected) throw new FakeOfficeError("AccessDenied", `${action}: the workbook's structure is protected`);
  }

  addSheet(name: string): FakeSheet {
    this.failIfStructureProtected(`adding sheet "${name}"`);
    if (this.sheet(name)) throw new FakeOfficeError("ItemAlreadyExists", `a sheet named "${name}" exists`);
    if (name.length === 0 || name.length > 31 || /[[\]:*?/\\]/.test(name)) throw new FakeOfficeError("InvalidArgument", `bad sheet name "${name}"`);
    const sheet = new FakeSheet(name);
    this.sheets.push(sheet);
    return sheet;
  }

  /**
   * Worksheet.delete(): its comments go with it. A very hidden sheet cannot
   * be deleted — by design, "to prevent the user from accidentally deleting
   * it"; make it hidden or visible first (office-js#365, and the note on
   * Worksheet.delete in "Work with worksheets"). The host answers GeneralException.
   */
  removeSheet(sheet: FakeSheet): void {
    this.failIfStructureProtected(`deleting sheet "${sheet.name}"`);
    if (sheet.visibility === "VeryHidden") throw new FakeOfficeError("GeneralException", `There was an internal error while processing the request (deleting very hidden sheet "${sheet.name}")`);
    const visible = this.sheets.filter((s) => s.visibility === "Visible");
    if (visible.length === 1 && visible[0] === sheet) throw new FakeOfficeError("InvalidOperation", "a workbook must keep one visible sheet");
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.comments = this.comments.filter((c) => c.sheet !== sheet);
  }

  addComment(sheet: FakeSheet, row: number, col: number, content: string): FakeCommentData {
    const comment = { id: `comment-${this.nextCommentId++}`, sheet, row, col, content };
    this.comments.push(comment);
    return comment;
  }

  /**
   * A plain copy of everything a user could see or Kaohe could own, for
   * before/after comparisons. A cell with nothing in it and no format is
   * left out, as Excel cannot tell it from one never touched.
   */
  snapshot(): SheetSnapshot[] {
    const byAddress = <T>(a: readonly [string, T], b: readonly [string, T]) => a[0].localeCompare(b[0]);
    return this.sheets.map((s) => ({
      name: s.name,
      visibility: s.visibility,
      merges: [...s.merges].map((m) => rangeA1(m)).sort(),
      cells: [...s.cellsIn(WHOLE_SHEET)].filter(({ cell }) => !isBlank(cell)).map(({ row, col, cell }) => [toA1(row, col), { ...cell }] as const).sort(byAddress),
      notes: [...s.notes].map(([a1, note]) => [a1, note.content] as const).sort(byAddress),
      comments: this.comments.filter((c) => c.sheet === s).map((c) => [toA1(c.row, c.col), c.content] as const).sort(byAddress),
      charts: s.charts.map((c) => ({ ...c })),
    }));
  }
}

/** "B3" or "B3:D9" (with or without $ and a sheet) as a box. */
export function parseBox(address: string): CellRange {
  const bare = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const [a, b = a] = bare.split(":");
  const from = a ? parseA1(a) : null;
  const to = b ? parseA1(b) : null;
  if (!from || !to) throw new FakeOfficeError("InvalidArgument", `bad address "${address}"`);
  return { top: Math.min(from.row, to.row), left: Math.min(from.col, to.col), bottom: Math.max(from.row, to.row), right: Math.max(from.col, to.col) };
}

export function rangeA1(box: CellRange): string {
  const from = toA1(box.top, box.left);
  return box.top === box.bottom && box.left === box.right ? from : `${from}:${toA1(box.bottom, box.right)}`;
}

/** Excel quotes a sheet name in an address unless it is a plain ASCII identifier; quotes inside are doubled. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function sheetAddress(sheet: string, box: CellRange): string {
  return `${quoteSheetName(sheet)}!${rangeA1(box)}`;
}
