import { columnLetters, parseA1 } from "../../core";
import { attr, dropAttr, setAttr } from "./xml-text";

/**
 * Writes numbers into a worksheet part by editing only the <c> elements of
 * the cells written (and, where a cell or row did not exist, inserting one
 * in order). Everything else in the part — merges, conditional formats,
 * protection, page breaks, extLst, other cells — keeps its bytes.
 *
 * ECMA-376 Part 1 §18.3.1: rows in ascending r, cells in ascending column
 * within a row; r may be omitted and then follows the previous one; spans
 * is an optimisation hint that must cover the row's cells; <dimension> is the
 * used range.
 */
export interface SheetPatch {
  readonly xml: string;
  /** Cells that held a (non-shared) formula, now a value: calcChain must drop them. */
  readonly droppedFormulas: readonly string[];
}

export class FormulaCellRefused extends Error {}

interface Span {
  readonly start: number;
  readonly end: number;
  readonly index: number;
  readonly text: string;
}

/** The <tag> children of a region (no nesting of the same tag), with 1-based index (r, or implicit). */
function children(body: string, offset: number, tag: string, indexOf: (openTag: string) => number | undefined): Span[] {
  const re = new RegExp(`<${tag}\\b[^>]*?(?:/>|>[\\s\\S]*?</${tag}>)`, "g");
  const found: Span[] = [];
  let previous = 0;
  for (const match of body.matchAll(re)) {
    const open = /^<[^>]*>/.exec(match[0])?.[0] ?? "";
    const index = indexOf(open) ?? previous + 1;
    previous = index;
    found.push({ start: offset + (match.index ?? 0), end: offset + (match.index ?? 0) + match[0].length, index, text: match[0] });
  }
  return found;
}

function numberXml(value: number): { t: string; v: string } {
  // Excel has no Infinity: an overflowing total is what Excel itself shows for one, #NUM!.
  if (!Number.isFinite(value)) return { t: "e", v: "#NUM!" };
  return { t: "", v: String(value) };
}

function cellXml(prefix: string, address: string, style: string | undefined, value: number): string {
  const { t, v } = numberXml(value);
  return `<${prefix}c r="${address}"${style === undefined ? "" : ` s="${style}"`}${t ? ` t="${t}"` : ""}><${prefix}v>${v}</${prefix}v></${prefix}c>`;
}

/** The written cell in place of the old one: its style kept, its value, type and formula replaced. */
function replaceCell(prefix: string, old: string, address: string, value: number, dropped: string[]): string {
  const open = /^<[^>]*>/.exec(old)?.[0] ?? "";
  const formula = new RegExp(`<${prefix}f\\b[^>]*>`).exec(old)?.[0];
  if (formula !== undefined) {
    const ref = attr(formula, "ref");
    if (ref !== undefined && ref.includes(":")) throw new FormulaCellRefused(`${address} anchors the formula range ${ref}`);
    if (attr(formula, "t") === "shared" && ref !== undefined) throw new FormulaCellRefused(`${address} anchors a shared formula`);
    dropped.push(address);
  }
  return cellXml(prefix, address, attr(open, "s"), value);
}

function colIndex(open: string): number | undefined {
  const r = attr(open, "r");
  const pos = r === undefined ? null : parseA1(r);
  return pos ? pos.col + 1 : undefined;
}

function rowIndex(open: string): number | undefined {
  const r = attr(open, "r");
  return r === undefined || !/^\d+$/.test(r) ? undefined : Number(r);
}

/** The style a new cell takes: the row's when it has a custom format, else its column's (<cols>). */
function newCellStyle(sheetXml: string, rowOpen: string | undefined, col: number): string | undefined {
  if (rowOpen && attr(rowOpen, "customFormat") === "1") return attr(rowOpen, "s");
  for (const [tag] of sheetXml.matchAll(/<(?:\w+:)?col\b[^>]*>/g)) {
    const min = Number(attr(tag, "min"));
    const max = Number(attr(tag, "max"));
    if (col >= min && col <= max) return attr(tag, "style");
  }
  return undefined;
}

function widenSpans(rowOpen: string, cols: readonly number[]): string {
  const spans = attr(rowOpen, "spans");
  if (spans === undefined) return rowOpen;
  const [a, b] = spans.split(":").map(Number);
  if (a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b)) return dropAttr(rowOpen, "spans");
  const lo = Math.min(a, ...cols);
  const hi = Math.max(b, ...cols);
  return lo === a && hi === b ? rowOpen : setAttr(rowOpen, "spans", `${lo}:${hi}`);
}

function patchRow(prefix: string, sheetXml: string, rowText: string, rowNumber: number, writes: ReadonlyMap<number, number>, dropped: string[]): string {
  const selfClosing = /^<[^>]*\/>$/.test(rowText);
  let open = /^<[^>]*>/.exec(rowText)?.[0] ?? "";
  if (selfClosing) open = `${open.slice(0, -2)}>`;
  const close = `</${prefix}row>`;
  let body = selfClosing ? "" : rowText.slice(open.length, rowText.length - close.length);
  const cells = children(body, 0, `${prefix}c`, colIndex);
  const pending = new Map(writes);
  // Edit from the end so earlier offsets stay valid.
  for (const cell of [...cells].reverse()) {
    const value = pending.get(cell.index);
    if (value === undefined) continue;
    pending.delete(cell.index);
    body = body.slice(0, cell.start) + replaceCell(prefix, cell.text, `${columnLetters(cell.index - 1)}${rowNumber}`, value, dropped) + body.slice(cell.end);
  }
  if (pending.size > 0) {
    // New cells need explicit r; so do the cells after them, which may have relied on position.
    // Offsets again: the replacements above changed the body's length.
    const current = children(body, 0, `${prefix}c`, colIndex);
    let rebuilt = current.map((c) => ({
      index: c.index,
      text: attr(c.text, "r") === undefined ? c.text.replace(new RegExp(`^<${prefix}c\\b`), `<${prefix}c r="${columnLetters(c.index - 1)}${rowNumber}"`) : c.text,
    }));
    for (const [col, value] of pending) rebuilt.push({ index: col, text: cellXml(prefix, `${columnLetters(col - 1)}${rowNumber}`, newCellStyle(sheetXml, open, col), value) });
    rebuilt = rebuilt.sort((a, b) => a.index - b.index);
    const cellsStart = current[0]?.start ?? 0;
    const cellsEnd = current[current.length - 1]?.end ?? 0;
    body = body.slice(0, cellsStart) + rebuilt.map((c) => c.text).join("") + body.slice(current.length > 0 ? cellsEnd : 0);
    open = widenSpans(open, [...pending.keys()]);
  }
  return `${open}${body}${close}`;
}

function widenDimension(xml: string, addresses: readonly string[]): string {
  const match = /<(?:\w+:)?dimension\b[^>]*>/.exec(xml);
  if (!match) return xml;
  const ref = attr(match[0], "ref") ?? "A1";
  const [a = "A1", b = a] = ref.split(":");
  const from = parseA1(a);
  const to = parseA1(b);
  if (!from || !to) return xml;
  const points = [from, to, ...addresses.flatMap((a) => parseA1(a) ?? [])];
  const top = Math.min(...points.map((p) => p.row));
  const left = Math.min(...points.map((p) => p.col));
  const bottom = Math.max(...points.map((p) => p.row));
  const right = Math.max(...points.map((p) => p.col));
  const next = `${columnLetters(left)}${top + 1}${top === bottom && left === right ? "" : `:${columnLetters(right)}${bottom + 1}`}`;
  return next === ref ? xml : xml.slice(0, match.index) + setAttr(match[0], "ref", next) + xml.slice(match.index + match[0].length);
}

/** The sheet part with the given cells (A1 → number) written. */
export function patchSheetXml(xml: string, writes: ReadonlyMap<string, number>): SheetPatch {
  if (writes.size === 0) return { xml, droppedFormulas: [] };
  const dataTag = /<((?:\w+:)?)sheetData\b[^>]*?(\/?)>/.exec(xml);
  if (!dataTag) throw new Error("worksheet part has no <sheetData>");
  const prefix = dataTag[1] ?? "";
  const dataStart = (dataTag.index ?? 0) + dataTag[0].length;
  const selfClosing = dataTag[2] === "/";
  const closeTag = `</${prefix}sheetData>`;
  const dataEnd = selfClosing ? dataStart : xml.indexOf(closeTag, dataStart);
  if (dataEnd < 0) throw new Error("worksheet part has no </sheetData>");
  const byRow = new Map<number, Map<number, number>>();
  for (const [address, value] of writes) {
    const p = parseA1(address);
    if (!p) throw new Error(`not a cell address: ${address}`);
    const row = byRow.get(p.row + 1) ?? new Map<number, number>();
    row.set(p.col + 1, value);
    byRow.set(p.row + 1, row);
  }
  const dropped: string[] = [];
  let body = xml.slice(dataStart, dataEnd);
  const rows = children(body, 0, `${prefix}row`, rowIndex);
  for (const row of [...rows].reverse()) {
    const rowWrites = byRow.get(row.index);
    if (!rowWrites) continue;
    byRow.delete(row.index);
    body = body.slice(0, row.start) + patchRow(prefix, xml, row.text, row.index, rowWrites, dropped) + body.slice(row.end);
  }
  if (byRow.size > 0) {
    const current = children(body, 0, `${prefix}row`, rowIndex);
    let rebuilt = current.map((r) => ({
      index: r.index,
      text: attr(r.text.slice(0, r.text.indexOf(">")), "r") === undefined ? r.text.replace(new RegExp(`^<${prefix}row\\b`), `<${prefix}row r="${r.index}"`) : r.text,
    }));
    for (const [index, rowWrites] of byRow) rebuilt.push({ index, text: patchRow(prefix, xml, `<${prefix}row r="${index}"/>`, index, rowWrites, dropped) });
    rebuilt = rebuilt.sort((a, b) => a.index - b.index);
    const first = current[0]?.start ?? 0;
    const last = current[current.length - 1]?.end ?? 0;
    body = body.slice(0, first) + rebuilt.map((r) => r.text).join("") + body.slice(current.length > 0 ? last : 0);
  }
  const head = selfClosing ? `${xml.slice(0, dataTag.index)}<${prefix}sheetData>` : xml.slice(0, dataStart);
  const tail = selfClosing ? `${closeTag}${xml.slice(dataStart)}` : xml.slice(dataEnd);
  return { xml: widenDimension(`${head}${body}${tail}`, [...writes.keys()]), droppedFormulas: dropped };
}
