// Shapes shared by the generic splitters and the per-document descriptions.
// Re-exported from read-source-tables.ts, which is the module tests import.

/** A run of cells merged horizontally: text sits in `start`, the next count-1 cells are "". */
export interface Span {
  start: number;
  count: number;
}

export type RowKind = "header" | "data" | "note" | "title";

export interface SourceRow {
  /** Verbatim cell texts: inner spaces and line breaks ("\n") kept, trailing whitespace trimmed. */
  cells: string[];
  kind: RowKind;
  /** 1-based line in the .txt where the row starts. */
  line: number;
  /** Present only when the export merged cells horizontally in this row. */
  spans?: Span[];
}

export interface SourceTable {
  id: string;
  /** File name under test/source-documents/. */
  document: string;
  /** The caption printed above the table (non-blank lines, joined with "\n"). */
  title: string;
  columns: string[];
  /**
   * Every row in printed order, the first header row included (so a fixture
   * builder can write `rows` alone and get the official layout), repeated
   * page-break headers as kind "header".
   */
  rows: SourceRow[];
  /** One string per note printed under the table, verbatim ("注：1、…", "2、…"). */
  notes: string[];
}

/** Inclusive 1-based line range. */
export interface LineRange {
  from: number;
  to: number;
}

/** A row as a layout reader produces it, before header rows are recognised. */
export interface RawRow {
  cells: string[];
  line: number;
  title?: true;
  spans?: Span[];
}

/** What a layout reader returns; `columns` is given only when the document prints no header. */
export interface TableBody {
  rows: RawRow[];
  inventedColumns?: string[];
}

/** How one table's body is laid out in the export. */
export type Layout =
  /** Each line starting with TAB opens a cell; rows are recovered from the column count. */
  | { kind: "tab-cells"; columns: number; merged?: MergedLayout[] }
  /** Each line is a row, cells separated by TAB; a line without TAB is a sub-title row. */
  | { kind: "tab-rows"; columns: number; repair?: RowRepair }
  /** A layout only one document has; read by that document's own function. */
  | { kind: "custom"; read: (lines: readonly string[], body: LineRange) => TableBody };

/** A short row the export produced by merging cells: `cells` cells, one of them spanning. */
export interface MergedLayout {
  cells: number;
  span: Span;
}

/** Fixes a full-width row whose cells the export shifted; returns undefined when it does not apply. */
export type RowRepair = (cells: string[]) => { cells: string[]; spans: Span[] } | undefined;

export interface TableSpec {
  id: string;
  title: LineRange;
  body: LineRange;
  notes?: LineRange;
  layout: Layout;
}

export interface DocumentSpec {
  file: string;
  tables: TableSpec[];
}
