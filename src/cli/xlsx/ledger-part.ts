import type { LedgerEntry } from "../../core";
import { columnLetters, LEDGER_SHEET, ledgerRows } from "../../core";
import type { XlsxPackage } from "./xlsx-package";
import { appXmlWithSheet } from "./app-titles";
import { addOverride, addRelationship, freeRelId, readRelationships, relsPathOf, resolveTarget, sheetParts, workbookPart } from "./package-parts";
import { attr, escapeXml, namespacesOf, NS, prefixFor } from "./xml-text";

/**
 * Kaohe's ledger (DESIGN.md §3 Ownership) as a very hidden worksheet of its
 * own: written whole each run with inline strings, so sharedStrings.xml and
 * styles.xml are never touched. Its presence is also how Kaohe recognises a
 * file as its own earlier output.
 */
export function ledgerSheetXml(entries: readonly LedgerEntry[], mainNamespace: string = NS.main): string {
  const rows = ledgerRows(entries);
  const body = rows
    .map((row, r) => {
      const cells = row.map((value, c) => {
        const text = String(value ?? "");
        const space = text !== text.trim() ? ' xml:space="preserve"' : "";
        return `<c r="${columnLetters(c)}${r + 1}" t="inlineStr"><is><t${space}>${escapeXml(text)}</t></is></c>`;
      });
      return `<row r="${r + 1}">${cells.join("")}</row>`;
    })
    .join("");
  const width = Math.max(...rows.map((r) => r.length));
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="${mainNamespace}">` +
    `<dimension ref="A1:${columnLetters(width - 1)}${rows.length}"/><sheetData>${body}</sheetData></worksheet>`
  );
}

/** xl/worksheets/sheetN.xml with N past every existing one: the only part names exceljs (the reader) sees as sheets. */
function freePartName(pkg: XlsxPackage): string {
  const numbers = pkg.names().flatMap((n) => /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(n)?.[1] ?? []).map(Number);
  return `xl/worksheets/sheet${Math.max(0, ...numbers) + 1}.xml`;
}

/** Writes the ledger into its sheet, adding the sheet (very hidden, last) when the workbook has none. */
export function writeLedger(pkg: XlsxPackage, entries: readonly LedgerEntry[]): void {
  const book = workbookPart(pkg);
  const bookXml = pkg.text(book) ?? "";
  const ns = namespacesOf(bookXml);
  const existing = sheetParts(pkg).find((s) => s.name === LEDGER_SHEET);
  if (existing && existing.part) {
    pkg.setText(existing.part, ledgerSheetXml(entries, ns.main));
    return;
  }
  listInAppProperties(pkg, sheetParts(pkg).map((s) => s.name));
  const part = freePartName(pkg);
  const relsPath = relsPathOf(book);
  const rels = pkg.text(relsPath) ?? "";
  const relId = freeRelId(rels, "rIdKaohe");
  const target = part.startsWith("xl/") && book.startsWith("xl/") ? part.slice(3) : `/${part}`;
  pkg.setText(relsPath, addRelationship(pkg.text(relsPath), relId, ns.worksheetType, target));
  pkg.setText(part, ledgerSheetXml(entries, ns.main));
  pkg.setText("[Content_Types].xml", addOverride(pkg.text("[Content_Types].xml") ?? "", part, NS.worksheetContent));
  const sheetIds = [...bookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)].map(([tag]) => Number(attr(tag, "sheetId") ?? 0));
  const sheetId = Math.max(0, ...sheetIds) + 1;
  const close = /<\/((?:\w+:)?)sheets>/.exec(bookXml);
  if (!close) throw new Error(`${book} has no <sheets>`);
  const p = close[1] ?? "";
  const r = prefixFor(bookXml, ns.relationships);
  const idAttr = r ? `${r}:id="${relId}"` : `xmlns:kr="${ns.relationships}" kr:id="${relId}"`;
  const sheet = `<${p}sheet name="${escapeXml(LEDGER_SHEET)}" sheetId="${sheetId}" state="veryHidden" ${idAttr}/>`;
  pkg.setText(book, bookXml.slice(0, close.index) + sheet + bookXml.slice(close.index));
}

/** docProps/app.xml names the new sheet as Excel would on save (app-titles.ts), or stays as it was. */
function listInAppProperties(pkg: XlsxPackage, worksheets: readonly string[]): void {
  const rel = readRelationships(pkg, "_rels/.rels").find((r) => !r.external && r.type.endsWith("/extended-properties"));
  const part = rel ? resolveTarget("", rel.target) : undefined;
  const xml = part ? pkg.text(part) : undefined;
  if (!part || xml === undefined) return;
  const updated = appXmlWithSheet(xml, worksheets, LEDGER_SHEET);
  if (updated !== undefined) pkg.setText(part, updated);
}
