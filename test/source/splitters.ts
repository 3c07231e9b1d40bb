// Generic readers for the two tab layouts the Word exports use, plus the
// caption and notes around a table. Nothing here knows a document's contents.
import type { LineRange, MergedLayout, RawRow, RowRepair, Span } from "./source-types";

/** The text of 1-based line `n`; throws rather than silently reading past the file. */
export function lineAt(lines: readonly string[], n: number): string {
  const text = lines[n - 1];
  if (text === undefined) throw new Error(`line ${n} is past the end of the document (${lines.length} lines)`);
  return text;
}

export function isBlank(text: string): boolean {
  return text.trim() === "";
}

/** Verbatim lines a..b joined with "\n", trailing whitespace and blank lines trimmed. */
export function joinLines(lines: readonly string[], from: number, to: number): string {
  const parts: string[] = [];
  for (let n = from; n <= to; n++) parts.push(lineAt(lines, n));
  return parts.join("\n").trimEnd();
}

/** The caption: its non-blank lines, each trimmed, joined with "\n". */
export function readTitle(lines: readonly string[], range: LineRange): string {
  const parts: string[] = [];
  for (let n = range.from; n <= range.to; n++) {
    const text = lineAt(lines, n).trim();
    if (text !== "") parts.push(text);
  }
  return parts.join("\n");
}

// A numbered note starts "注：1、", "2、" or "3." — the numbering is what separates notes.
const NOTE_START = /^(注[：:])?\s*\d+\s*[、.．]/;

/**
 * Notes under a table: each numbered line opens a note; other non-blank lines
 * continue the current one (an unnumbered first line is a note of its own).
 */
export function readNotes(lines: readonly string[], range: LineRange | undefined): string[] {
  if (range === undefined) return [];
  const notes: string[] = [];
  for (let n = range.from; n <= range.to; n++) {
    const text = lineAt(lines, n).trimEnd();
    if (isBlank(text)) continue;
    const last = notes.length - 1;
    if (NOTE_START.test(text) || last < 0) notes.push(text);
    else notes[last] = `${notes[last] ?? ""}\n${text}`;
  }
  return notes;
}

/** One cell of the tab-cell layout and whether blank lines came right before it. */
interface TabCell {
  text: string;
  line: number;
  afterBlank: boolean;
}

/**
 * Splits the tab-cell layout into cells: a line starting with TAB opens a cell;
 * any other line (blank ones included) continues the open cell. A cell's trailing
 * blank lines are what may separate rows, so they are recorded on the next cell.
 */
export function splitTabCells(lines: readonly string[], range: LineRange): TabCell[] {
  const cells: TabCell[] = [];
  let open: { lines: string[]; line: number; afterBlank: boolean } | undefined;
  let lastWasBlank = false;
  for (let n = range.from; n <= range.to; n++) {
    const text = lineAt(lines, n);
    if (text.startsWith("\t")) {
      if (open) cells.push({ text: open.lines.join("\n").trimEnd(), line: open.line, afterBlank: open.afterBlank });
      open = { lines: [text.slice(1)], line: n, afterBlank: lastWasBlank };
    } else if (open) {
      open.lines.push(text);
    } else if (!isBlank(text)) {
      throw new Error(`line ${n}: text before the table's first cell: ${text}`);
    }
    lastWasBlank = isBlank(text);
  }
  if (open) cells.push({ text: open.lines.join("\n").trimEnd(), line: open.line, afterBlank: open.afterBlank });
  return cells;
}

/** Widens a short row to `columns` cells by inserting "" after the spanning cell. */
function widen(cells: string[], span: Span): string[] {
  const fill = Array.from({ length: span.count - 1 }, () => "");
  return [...cells.slice(0, span.start + 1), ...fill, ...cells.slice(span.start + 1)];
}

/**
 * Groups tab-layout cells into rows. Blank lines alone cannot separate rows,
 * because they also occur between cells of one row ("组织领导\n\n（5）" then
 * "\t工作保障"), so a row ends only at a blank line *and* when it is complete:
 * it has `columns` cells, or the cell count of one of the known merged layouts.
 */
export function readTabCellRows(
  lines: readonly string[],
  range: LineRange,
  columns: number,
  merged: readonly MergedLayout[] = [],
): RawRow[] {
  const rows: RawRow[] = [];
  let row: TabCell[] = [];
  const flush = (): void => {
    const first = row[0];
    if (first === undefined) return;
    rows.push(completeRow(row.map((c) => c.text), first.line, columns, merged));
    row = [];
  };
  for (const cell of splitTabCells(lines, range)) {
    const complete = row.length === columns || merged.some((m) => m.cells === row.length);
    if (row.length > 0 && cell.afterBlank && complete) flush();
    if (row.length === columns) throw new Error(`line ${cell.line}: row has more than ${columns} cells`);
    row.push(cell);
  }
  flush();
  return rows;
}

function completeRow(cells: string[], line: number, columns: number, merged: readonly MergedLayout[]): RawRow {
  if (cells.length === columns) return { cells, line };
  const layout = merged.find((m) => m.cells === cells.length);
  if (layout === undefined) throw new Error(`line ${line}: row has ${cells.length} cells, expected ${columns}`);
  return { cells: widen(cells, layout.span), line, spans: [layout.span] };
}

/** A sub-title line inside a table (e.g. "一、各县区政府"): one cell spanning the full width. */
export function titleRow(text: string, line: number, columns: number): RawRow {
  const cells = [text, ...Array.from({ length: columns - 1 }, () => "")];
  return { cells, line, title: true, spans: [{ start: 0, count: columns }] };
}

/**
 * Reads the tab-row layout: each non-blank line is a row whose cells are
 * separated by TAB (trailing empty cells count); a line without TAB is a
 * sub-title row. `repair` realigns rows whose cells the export shifted.
 */
export function readTabRows(lines: readonly string[], range: LineRange, columns: number, repair?: RowRepair): RawRow[] {
  const rows: RawRow[] = [];
  for (let n = range.from; n <= range.to; n++) {
    const text = lineAt(lines, n);
    if (isBlank(text)) continue;
    if (!text.includes("\t")) {
      rows.push(titleRow(text.trimEnd(), n, columns));
      continue;
    }
    const cells = text.split("\t").map((c) => c.trimEnd());
    const repaired = repair?.(cells);
    if (repaired) rows.push({ cells: repaired.cells, line: n, spans: repaired.spans });
    else if (cells.length === columns) rows.push({ cells, line: n });
    else throw new Error(`line ${n}: row has ${cells.length} cells, expected ${columns}`);
  }
  return rows;
}
