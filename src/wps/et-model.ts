/**
 * The part of the WPS 表格 (ET) object model Kaohe uses, with the member
 * names of `wps-jsapi`'s lib.et.d.ts (EtApplication, EtWorkbook, EtSheets,
 * EtWorksheet, EtRange, EtInterior, EtComment). wps-jsapi declares the COM
 * members as the IDL has them — a method's result as a trailing `RHS`
 * parameter and `void` return, UsedRange and Selection as `number` — so
 * those declarations cannot type real calls; these narrow interfaces say
 * what the documented JS API returns instead. Every access is a host call:
 * the API is synchronous and COM-like.
 */

/** Worksheet.Visible: XlSheetVisibility (lib.et.d.ts EtXlSheetVisibility). */
export const XL_SHEET_VISIBLE = -1;
export const XL_SHEET_HIDDEN = 0;
export const XL_SHEET_VERY_HIDDEN = 2;
/** Interior.Pattern / ColorIndex for "no fill" (xlPatternNone = xlColorIndexNone = -4142). */
export const XL_NONE = -4142;

/** Range.Value2 of a multi-cell range: rows of cells (undefined or "" for an empty cell). */
export type EtValue = string | number | boolean | null | undefined;
export type EtGrid = EtValue[][];

export interface EtComment {
  /** Text(): the comment's text; Text(text): replaces it. */
  Text(text?: string): string;
  Delete(): void;
}

export interface EtInterior {
  /** BGR as a long (VBA RGB order: red in the low byte). */
  Color: number;
  /** XL_NONE: no fill (then Color reads as white, 16777215). */
  Pattern: number;
}

export interface EtFont {
  Bold: boolean;
  Italic: boolean;
  Size: number;
  Color: number;
}

export interface EtCount {
  readonly Count: number;
}

export interface EtRange {
  /** 1-based. */
  readonly Row: number;
  readonly Column: number;
  readonly Rows: EtCount;
  readonly Columns: EtCount;
  /** A single cell gives its value, a larger range an array of rows. */
  Value2: EtValue | EtGrid;
  Formula: EtValue | EtGrid;
  /** One code when every cell shares it, null when they differ (as VBA's Null); set with one code, or "@" for text. */
  NumberFormat: string | string[][] | null;
  /** true: every cell merged; false: none; null: some. */
  readonly MergeCells: boolean | null;
  readonly MergeArea: EtRange;
  /** Address(false, false): "B3:D9" without "$". */
  Address(rowAbsolute?: boolean, columnAbsolute?: boolean): string;
  readonly Interior: EtInterior;
  readonly Font: EtFont;
  /** null where the cell has no comment (VBA Nothing). */
  readonly Comment: EtComment | null;
  AddComment(text: string): EtComment;
  ClearComments(): void;
  Clear(): void;
  Select(): void;
  ColumnWidth: number;
  HorizontalAlignment: number;
  WrapText: boolean;
}

export interface EtWorksheet {
  Name: string;
  Visible: number;
  readonly ProtectContents: boolean;
  readonly UsedRange: EtRange;
  Range(address: string): EtRange;
  Activate(): void;
  Delete(): void;
}

export interface EtSheets {
  readonly Count: number;
  /** 1-based index or name. */
  Item(index: number | string): EtWorksheet;
  /** Adds a worksheet after `after` (or before the active sheet). */
  Add(before?: EtWorksheet, after?: EtWorksheet): EtWorksheet;
}

export interface EtWorkbook {
  readonly Sheets: EtSheets;
  readonly Name: string;
  readonly FullName: string;
  readonly ReadOnly: boolean;
  readonly ProtectStructure: boolean;
}

/** wps.PluginStorage: per add-in, shared by its pages (index.d.ts). */
export interface EtPluginStorage {
  setItem(key: string, value: string): void;
  getItem(key: string): string | null;
}

/** wps.CustomTaskpane (index.d.ts): a task pane showing a page of the add-in. */
export interface EtTaskPane {
  /** What GetTaskPane takes to find this pane again (from another page of the add-in, or a later click). */
  readonly ID: number;
  /** A new pane is hidden until this is set true. */
  Visible: boolean;
}

/** wps.ApiEvent (index.d.ts): the application's events. ET's SheetSelectionChange passes the sheet and the new selection. */
export interface EtApiEvent {
  AddApiEventListener(event: "SheetSelectionChange", callback: (sheet: unknown, range: unknown) => void): void;
}

export interface EtApplication {
  /** null with no workbook open. */
  readonly ActiveWorkbook: EtWorkbook | null;
  readonly ActiveSheet: EtWorksheet;
  readonly ActiveCell: EtRange;
  /** false while a cell is being edited (VBA Application.Ready); see wps-errors.ts. */
  readonly Ready: boolean;
  DisplayAlerts: boolean;
  ScreenUpdating: boolean;
  readonly PluginStorage: EtPluginStorage;
  readonly ApiEvent: EtApiEvent;
  /** wps.CreateTaskPane: a new, hidden pane showing `url` (an absolute address of one of the add-in's pages). */
  CreateTaskPane(url: string, title?: string): EtTaskPane;
  /** wps.GetTaskPane: the pane CreateTaskPane made with this ID, in this WPS session. */
  GetTaskPane(id: number): EtTaskPane | null;
}

/** "#RRGGBB" ↔ the BGR long ET's Color holds. */
export function colorToBgr(hex: string): number {
  const rgb = Number.parseInt(hex.replace("#", ""), 16);
  return ((rgb & 0xff) << 16) | (rgb & 0xff00) | ((rgb >> 16) & 0xff);
}

export function bgrToColor(bgr: number): string {
  const rgb = ((bgr & 0xff) << 16) | (bgr & 0xff00) | ((bgr >> 16) & 0xff);
  return `#${rgb.toString(16).padStart(6, "0").toUpperCase()}`;
}
