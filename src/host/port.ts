/**
 * The host port: everything the pane and the ribbon commands need from a
 * spreadsheet application, as plain data. The Excel adapter (src/excel/),
 * the WPS 表格 adapter (src/wps/) and the browser preview implement it; the
 * actions (src/host/actions/) are written once over it. No Office.js or WPS
 * type appears here: an adapter only moves data across.
 *
 * Round trips: an action is one `session` whose steps each cost the adapter
 * a bounded number of host round trips, whatever the workbook's size —
 * read (Excel: 2 syncs: list the sheets, read them, plus one per chunk of
 * cells under the 5 MB cap), observe (1; none for no cell), apply (1).
 * An adapter must not make a step's cost grow with cells or findings.
 */
import type { CellValue, WorkbookGrid } from "../core";

/** A cell on a sheet, A1 without the sheet ("C7"). */
export interface CellRef {
  readonly sheet: string;
  readonly cell: string;
}

/** How a finding's cell is marked besides its fill colour, on this host. */
export type MarkKind = "note" | "comment" | "fill";

/** What the host can do; the planners choose by it, the adapter never guesses. */
export interface HostCapabilities {
  /** Merged areas are read; without them the core fills blank indicator cells down. */
  readonly merges: boolean;
  readonly marks: MarkKind;
  /** The host tells "no fill" from solid white (Excel: tintAndShade, ExcelApi 1.9). */
  readonly fillTint: boolean;
  /** 汇总's print setup (landscape, fit to width) can be written. */
  readonly pageLayout: boolean;
  /** 汇总's ranking chart can be drawn. */
  readonly charts: boolean;
}

/** What `read` brings: the whole workbook as grids, Kaohe's very hidden sheets included. */
export interface HostWorkbook {
  /**
   * Every sheet, in tab order, values and formulas and (with
   * capabilities.merges) merged areas — Kaohe's own sheets (`_kaohe`,
   * `_kaohe_marks`, the stored rubric choice, 汇总) as well, so the planners
   * read ledger, marks record and settings as grid data on every host.
   */
  readonly grid: WorkbookGrid;
  /** Sheets whose protection forbids Kaohe's writes. */
  readonly protectedSheets: ReadonlySet<string>;
  /** Workbook structure protection: no sheet can be added, deleted or hidden. */
  readonly structureProtected: boolean;
  /** Sheets that are hidden or very hidden (Kaohe's own are very hidden). */
  readonly hiddenSheets: ReadonlySet<string>;
  /** What `ReadOptions.observe` asked, when the adapter observed it with the read; absent: call `observe`. */
  readonly observed?: ReadonlyMap<string, ObservedCell>;
}

/** A cell's fill as found. color null: no fill at all (not the same as white). */
export interface CellFill {
  readonly color: string | null;
  /** The host's tint where it reports one (Excel tintAndShade), else null. */
  readonly tint: number | null;
}

/** What `observe` tells of one cell: its fill and the text of its note or comment (null: none). */
export interface ObservedCell {
  readonly fill: CellFill;
  readonly note: string | null;
}

/** One value for one cell Kaohe owns (a score, a restored value, a 录入 entry). */
export interface CellValueWrite extends CellRef {
  readonly value: number | string;
}

export interface FillWrite extends CellRef {
  /** A colour to set ("#RRGGBB"), or the fill to put back as it was. */
  readonly fill: { readonly set: string } | { readonly restore: CellFill };
}

export interface NoteWrite extends CellRef {
  /** "add" only where observe found no note; "update"/"delete" only a note observe found. */
  readonly op: "add" | "update" | "delete";
  readonly text: string;
}

/**
 * One of Kaohe's very hidden bookkeeping sheets, rewritten whole from its
 * rows (header first; every cell stored as text). rows.length <= 1 means
 * the sheet holds nothing: the adapter clears it (or never adds it); it
 * may remove it only where the host allows deleting such a sheet.
 */
export interface HiddenTableWrite {
  readonly name: string;
  readonly rows: readonly (readonly CellValue[])[];
}

/** The look of one rectangle of the 汇总 sheet, as data (0-based rows and columns). */
export interface SheetBlockStyle {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly cols: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontSize?: number;
  readonly fontColor?: string;
  readonly fill?: string;
  /** "acrossSelection": centred over the columns without merging them (nothing to unmerge next run). */
  readonly align?: "left" | "center" | "right" | "acrossSelection";
  readonly verticalCenter?: boolean;
  readonly wrap?: boolean;
  /** Thin borders round and inside the rectangle. */
  readonly borders?: boolean;
  /** One number format per column of the rectangle ("0.00", "0", "General"). */
  readonly columnFormats?: readonly string[];
}

/** A bar chart of one block's ranking: rank 1 on top, values labelled. */
export interface SheetChart {
  readonly name: string;
  readonly title: string;
  readonly seriesName: string;
  /** The ranked values: rows firstRow .. firstRow+count-1 of valueCol; categories from categoryCol. */
  readonly firstRow: number;
  readonly count: number;
  readonly valueCol: number;
  readonly categoryCol: number;
  /** Where it sits, cell box (0-based, inclusive). */
  readonly box: { readonly top: number; readonly left: number; readonly bottom: number; readonly right: number };
}

/** The 汇总 sheet, laid out by src/host; the adapter only draws it. */
export interface SummarySheetWrite {
  readonly name: string;
  /** "replace": Kaohe's sheet is cleared (its charts too) and rewritten; "add": a new sheet. */
  readonly mode: "add" | "replace";
  /** Every cell from A1, `width` wide: one range write. */
  readonly rows: readonly (readonly (string | number)[])[];
  readonly width: number;
  /** Column widths in points, from column A. */
  readonly columnWidths: readonly number[];
  readonly styles: readonly SheetBlockStyle[];
  /** Drawn only where capabilities.charts. */
  readonly charts: readonly SheetChart[];
  /** Landscape A4, one page wide, this print area (0-based, inclusive); only where capabilities.pageLayout. */
  readonly printArea: { readonly lastRow: number; readonly lastColumn: number };
  /** Make it the active sheet once written. */
  readonly activate: boolean;
}

/** Everything an action writes, applied together in one step (Excel: one sync). */
export interface HostWrites {
  readonly cells: readonly CellValueWrite[];
  readonly hiddenTables: readonly HiddenTableWrite[];
  readonly fills: readonly FillWrite[];
  readonly notes: readonly NoteWrite[];
  readonly summary?: SummarySheetWrite;
}

/** The selected cell, and the whole sheet it is on, as the core reads sheets. */
export interface HostSelection {
  readonly sheet: WorkbookGrid["sheets"][number];
  readonly protected: boolean;
  /** Top-left cell of the selection, 0-based. */
  readonly row: number;
  readonly col: number;
  /** The selection spans several areas (only the first's top-left is used). */
  readonly multiArea?: boolean;
}

/** A user-facing failure: `message` is Chinese first ("中文 / English"), already explained. */
export interface HostFailure {
  readonly ok: false;
  readonly message: string;
  /** The sheet (or the workbook's structure) is protected: nothing was written. */
  readonly protected?: boolean;
}

export interface ReadOptions {
  readonly sheets?: readonly string[];
  readonly merges?: boolean;
  /** false: the caller needs the sheets' protection only, not their cells (the 录入 form's check); an adapter may skip reading cells. */
  readonly cells?: boolean;
  /**
   * Cells to observe with the read, in its round trip where the host allows
   * (the 录入 form's note cell: Excel, two syncs instead of three). The
   * result is HostWorkbook.observed; an adapter may leave it out, and the
   * caller then calls `observe`, which counts as this step.
   */
  readonly observe?: readonly CellRef[];
}

/**
 * One action's conversation with the host. Steps run in order, each at most
 * once unless stated; writes take effect at `apply`.
 */
export interface HostSession {
  /**
   * The workbook as grids. `sheets` limits the read to those sheets (the
   * 录入 form's one sheet); otherwise every sheet, Kaohe's included.
   * `merges: false` skips merged areas where the caller only needs values
   * (清除标记, 撤销); by default they are read where capabilities.merges.
   */
  read(options?: ReadOptions): Promise<HostWorkbook>;
  /** Fills and notes of the cells to mark or unmark, all in one step. Cells on missing sheets are left out. */
  observe(cells: readonly CellRef[]): Promise<ReadonlyMap<string, ObservedCell>>;
  /** Writes everything at once. Note ops refer to what `observe` found. */
  apply(writes: HostWrites): Promise<AppliedWrites | void>;
}

/** What `apply` could not do as asked, where a host has something to say. */
export interface AppliedWrites {
  /**
   * Note adds the host refused: Excel 1.10–1.17 marks with threaded comments
   * and cannot see a cell's classic note, and a cell holds one or the
   * other. Those cells are shaded only; the user's note is untouched.
   */
  readonly notesNotAdded: number;
}

/** "write": an action that may change the workbook (one undo step where the host can); "look": read only. */
export type SessionKind = "write" | "look";

/** Progress the actions report while they run; the pane shows it, the ribbon ignores it. */
export type ProgressStep = "reading" | "scoring" | "observing" | "writing";

export interface HostPort {
  readonly capabilities: HostCapabilities;
  /**
   * Runs `body` as one host transaction (Excel: one Excel.run). Any host
   * error becomes a HostFailure with an explained Chinese message: the
   * promise does not reject.
   */
  session<T>(kind: SessionKind, body: (session: HostSession) => Promise<T>): Promise<T | HostFailure>;
  /** Activates the sheet and selects the cell; false when it no longer exists. Never rejects. */
  select(ref: CellRef): Promise<boolean>;
  /** The selection and its sheet (one round trip). */
  readSelection(): Promise<HostSelection | HostFailure>;
  /** Calls onChange whenever the selection changes; false where the host has no such event. */
  watchSelection(onChange: () => void): Promise<boolean>;
  /** A small per-document setting outside the grid (the last ribbon command's outcome). Best effort. */
  saveSetting(name: string, value: string): Promise<void>;
  readSetting(name: string): Promise<string | undefined>;
}

/** Narrowing helper for `session`'s result. */
export function isHostFailure(value: unknown): value is HostFailure {
  return typeof value === "object" && value !== null && (value as { ok?: unknown }).ok === false && typeof (value as { message?: unknown }).message === "string";
}

/** The key observe's map uses for a cell. */
export function cellKey(ref: CellRef): string {
  return `${ref.sheet}!${ref.cell}`;
}
