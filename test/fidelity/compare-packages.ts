// What changed between an input package and Kaohe's output of it, part by
// part and, inside worksheets, cell by cell — parsed, not guessed from size.
import { readFileSync } from "node:fs";
import { LEDGER_SHEET } from "../../src/core";
import { readRelationships, sheetParts, workbookPart } from "../../src/cli/xlsx/package-parts";
import { XlsxPackage } from "../../src/cli/xlsx/xlsx-package";
import { attr, unescapeXml } from "../../src/cli/xlsx/xml-text";
import { readRawEntries } from "../../src/cli/xlsx/zip-raw";

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

/** docProps/app.xml's part list: titles in order, and whether HeadingPairs' counts and both vector sizes agree with them. */
export function appTitles(xml: string): { titles: string[]; consistent: boolean } {
  const vector = (parent: string): { size: number; body: string } => {
    const m = new RegExp(`<${parent}><vt:vector size="(\\d+)"[^>]*>([\\s\\S]*?)</vt:vector>`).exec(xml);
    return { size: Number(m?.[1]), body: m?.[2] ?? "" };
  };
  const pairs = vector("HeadingPairs");
  const titles = vector("TitlesOfParts");
  const counts = [...pairs.body.matchAll(/<vt:i4>(\d+)<\/vt:i4>/g)].map(([, c]) => Number(c));
  const names = [...titles.body.matchAll(/<vt:lpstr>([^<]*)<\/vt:lpstr>/g)].map(([, t]) => unescapeXml(t ?? ""));
  const sum = counts.reduce((a, b) => a + b, 0);
  return { titles: names, consistent: pairs.size === counts.length * 2 && titles.size === names.length && sum === names.length };
}

/**
 * The fidelity check: every entry not written is byte-identical (and stored
 * the same), a written sheet differs only in the cells the ledger names,
 * each holding the number written in its old style.
 */
export function expectOnlyKaoheChanges(inputPath: string, outputPath: string, minimumLedger = 1): void {
  const input = XlsxPackage.read(readFileSync(inputPath));
  const output = XlsxPackage.read(readFileSync(outputPath));
  // Untouched entries are not even recompressed: the same stored bytes and CRC.
  const rawIn = readRawEntries(readFileSync(inputPath));
  const rawOut = readRawEntries(readFileSync(outputPath));
  const recompressed = [...(rawIn?.values() ?? [])].filter((e) => {
    const o = rawOut?.get(e.name);
    return o !== undefined && Buffer.compare(Buffer.from(o.data), Buffer.from(e.data)) !== 0 && diffPackages(input, output).changed.every((c) => c !== e.name);
  });
  expect(recompressed.map((e) => e.name)).toEqual([]);
  const ledger = ledgerOf(output);
  expect(ledger.length).toBeGreaterThanOrEqual(minimumLedger);
  const diff = diffPackages(input, output);
  expect(diff.missing).toEqual([]);
  const ledgerPart = sheetParts(output).find((s) => s.name === "_kaohe")?.part;
  expect(diff.added).toEqual([ledgerPart]);
  // The workbook, its relationships and the content types differ only by the ledger's own entries.
  expect(withoutLedger(output)).toEqual(withoutLedger(input));
  const sheets = new Map(sheetParts(input).map((s) => [s.part, s.name]));
  const written = new Set(ledger.map((l) => `${l.sheet}!${l.cell}`));
  // app.xml lists the ledger sheet after the worksheets, as Excel would on save, its counts in agreement; nothing else there changes.
  if (diff.changed.includes("docProps/app.xml")) {
    const before = appTitles(input.text("docProps/app.xml") ?? "");
    const after = appTitles(output.text("docProps/app.xml") ?? "");
    const sheetNames = sheetParts(input).map((s) => s.name);
    const at = before.titles.findIndex((t, i) => i >= sheetNames.length - 1 && t === sheetNames[sheetNames.length - 1]) + 1;
    expect(after).toEqual({ titles: [...before.titles.slice(0, at), LEDGER_SHEET, ...before.titles.slice(at)], consistent: true });
  }
  for (const part of diff.changed.filter((n) => !["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "docProps/app.xml"].includes(n))) {
    const name = sheets.get(part);
    expect(`${part} is a scored sheet: ${String(name !== undefined)}`).toBe(`${part} is a scored sheet: true`);
    const before = input.text(part) ?? "";
    const after = output.text(part) ?? "";
    expect(sheetFrame(after)).toBe(sheetFrame(before));
    const a = cellsOf(before);
    const b = cellsOf(after);
    const foreign = [...new Set([...a.keys(), ...b.keys()])].filter((cell) => !written.has(`${name}!${cell}`) && a.get(cell) !== b.get(cell));
    expect(foreign).toEqual([]);
    for (const entry of ledger.filter((l) => l.sheet === name)) {
      const cell = b.get(entry.cell) ?? "";
      expect(cell).toContain(`<v>${entry.written}</v>`);
      expect(attr(cell, "s")).toBe(attr(a.get(entry.cell) ?? "<c/>", "s"));
    }
  }
}

