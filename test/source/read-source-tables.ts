// Test-side reader: turns every table of the five official documents in
// test/source-documents/ into rows of verbatim cells, for the scripts that
// build .xlsx fixtures in the official layouts. Not product code.
//
// The generic part (splitters.ts) knows the export's two tab layouts; each
// documents/*.ts file only says where its tables, captions and notes are, how
// many columns they have, and what is peculiar to that document.
import * as fs from "fs";
import * as path from "path";
import { checklist2013 } from "./documents/checklist-2013";
import { panzhihua2016 } from "./documents/panzhihua-2016";
import { sanhe2018 } from "./documents/sanhe-2018";
import { yueyang2019 } from "./documents/yueyang-2019";
import { zhangzi2023 } from "./documents/zhangzi-2023";
import type { DocumentSpec, RawRow, SourceRow, SourceTable, TableBody, TableSpec } from "./source-types";
import { readNotes, readTabCellRows, readTabRows, readTitle } from "./splitters";

export type { RowKind, SourceRow, SourceTable, Span } from "./source-types";

export const SOURCE_DOCUMENTS_DIR = path.join(__dirname, "..", "source-documents");

const DOCUMENTS: readonly DocumentSpec[] = [yueyang2019, sanhe2018, panzhihua2016, checklist2013, zhangzi2023];

function readBody(lines: readonly string[], spec: TableSpec): TableBody {
  const layout = spec.layout;
  switch (layout.kind) {
    case "tab-cells":
      return { rows: readTabCellRows(lines, spec.body, layout.columns, layout.merged) };
    case "tab-rows":
      return { rows: readTabRows(lines, spec.body, layout.columns, layout.repair) };
    case "custom":
      return layout.read(lines, spec.body);
  }
}

/**
 * Header cells compare without whitespace and unit marks: repeats print
 * "分\n值", "分\n\n值" and "分值"; 任务分配表's later groups print
 * "市级采用任务" where the first printed "市级采用任务（分）".
 */
function headerKey(cells: readonly string[]): string {
  return cells.map((c) => c.replace(/\s+/g, "").replace(/[（(]分[)）]/g, "")).join("|");
}

/**
 * A printed header's first row gives the columns; any later row that reads the
 * same (a page-break repeat, or a group's own header in 任务分配表) is a header.
 */
function toSourceRows(raw: readonly RawRow[], columns: readonly string[], printedHeader: boolean): SourceRow[] {
  const key = headerKey(columns);
  return raw.map((r): SourceRow => {
    const kind = r.title ? "title" : printedHeader && headerKey(r.cells) === key ? "header" : "data";
    const row: SourceRow = { cells: r.cells, kind, line: r.line };
    if (r.spans) row.spans = r.spans;
    return row;
  });
}

function readTable(file: string, lines: readonly string[], spec: TableSpec): SourceTable {
  const body = readBody(lines, spec);
  const firstRow = body.rows.find((r) => !r.title);
  const columns = body.inventedColumns ?? firstRow?.cells;
  if (columns === undefined) throw new Error(`${spec.id}: no header row`);
  const rows = toSourceRows(body.rows, columns, body.inventedColumns === undefined);
  for (const row of rows) {
    if (row.cells.length !== columns.length) {
      throw new Error(`${spec.id} line ${row.line}: ${row.cells.length} cells, ${columns.length} columns`);
    }
  }
  return { id: spec.id, document: file, title: readTitle(lines, spec.title), columns: [...columns], rows, notes: readNotes(lines, spec.notes) };
}

function readDocument(doc: DocumentSpec): SourceTable[] {
  const text = fs.readFileSync(path.join(SOURCE_DOCUMENTS_DIR, doc.file), "utf8");
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  return doc.tables.map((spec) => readTable(doc.file, lines, spec));
}

let cache: SourceTable[] | undefined;

// The documents are read once; callers get their own copies, so a fixture
// builder that edits rows cannot change what another one reads.
function allTables(): SourceTable[] {
  cache ??= DOCUMENTS.flatMap(readDocument);
  return cache;
}

/** All tables of all five documents, in document order. */
export function readSourceTables(): SourceTable[] {
  return structuredClone(allTables());
}

/** One table by id; throws naming the known ids when the id is unknown. */
export function readSourceTable(id: string): SourceTable {
  const table = allTables().find((t) => t.id === id);
  if (table === undefined) {
    const known = DOCUMENTS.flatMap((d) => d.tables.map((t) => t.id));
    throw new Error(`unknown source table "${id}"; known ids: ${known.join(", ")}`);
  }
  return structuredClone(table);
}
