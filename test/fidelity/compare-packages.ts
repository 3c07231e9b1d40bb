// What changed between an input package and Kaohe's output of it, part by
// part and, inside worksheets, cell by cell — parsed, not guessed from size.
import { LEDGER_SHEET } from "../../src/core";
import { readRelationships, sheetParts, workbookPart } from "../../src/cli/xlsx/package-parts";
import type { XlsxPackage } from "../../src/cli/xlsx/xlsx-package";
import { attr, unescapeXml } from "../../src/cli/xlsx/xml-text";

/** A1 → the cell's XML, for every <c> in the sheet. */
export function cellsOf(sheetXml: string): Map<string, string> {
  const cells = new Map<string, string>();
  for (const [cell] of sheetXml.matchAll(/<c\b[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g)) {
    const r = attr(/^<[^>]*>/.exec(cell)?.[0] ?? "", "r");
    if (r === undefined) throw new Error(`a cell without r: ${cell}`);
    cells.set(r, cell);
  }
  return cells;
}

/** The sheet part without its cells and its used range: what must stay byte for byte. */
export function sheetFrame(sheetXml: string): string {
  return sheetXml.replace(/<sheetData\b[^>]*\/>|<sheetData\b[^>]*>[\s\S]*?<\/sheetData>/, "<sheetData/>").replace(/<dimension\b[^>]*>/, "<dimension/>");
}

export interface LedgerRow {
  readonly sheet: string;
  readonly cell: string;
  readonly written: string;
}

/** The ledger Kaohe wrote (inline strings, header first). */
export function ledgerOf(pkg: XlsxPackage): LedgerRow[] {
  const part = sheetParts(pkg).find((s) => s.name === LEDGER_SHEET)?.part;
  const xml = part ? pkg.text(part) : undefined;
  if (xml === undefined) return [];
  const rows = [...xml.matchAll(/<row\b[^>]*>([\s\S]*?)<\/row>/g)].map(([, body]) => [...(body ?? "").matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map(([, t]) => unescapeXml(t ?? "")));
  return rows.slice(1).map(([sheet = "", cell = "", written = ""]) => ({ sheet, cell, written }));
}

export interface PackageDiff {
  /** Entries of the input whose bytes differ in the output (or are gone). */
  readonly changed: string[];
  readonly added: string[];
  readonly missing: string[];
}

export function diffPackages(input: XlsxPackage, output: XlsxPackage): PackageDiff {
  const changed: string[] = [];
  const missing: string[] = [];
  for (const name of input.names()) {
    const a = input.bytes(name);
    const b = output.bytes(name);
    if (b === undefined) missing.push(name);
    else if (a === undefined || Buffer.compare(Buffer.from(a), Buffer.from(b)) !== 0) changed.push(name);
  }
  const added = output.names().filter((n) => !input.has(n));
  return { changed, added, missing };
}

/** The workbook part, its rels and the content types with Kaohe's ledger entries taken out. */
export function withoutLedger(pkg: XlsxPackage): { book: string; rels: string; types: string } {
  const book = workbookPart(pkg);
  const relsPath = book.replace(/[^/]+$/, (f) => `_rels/${f}.rels`);
  const ledger = sheetParts(pkg).find((s) => s.name === LEDGER_SHEET);
  const ledgerRel = readRelationships(pkg, relsPath).find((r) => r.id === ledger?.relId);
  return {
    book: (pkg.text(book) ?? "").replace(/<sheet\b[^>]*name="_kaohe"[^>]*\/>/, ""),
    rels: (pkg.text(relsPath) ?? "").replace(new RegExp(`<Relationship Id="${ledgerRel?.id ?? "-"}"[^>]*/>`), ""),
    types: (pkg.text("[Content_Types].xml") ?? "").replace(new RegExp(`<Override PartName="/${ledger?.part ?? "-"}"[^>]*/>`), ""),
  };
}
