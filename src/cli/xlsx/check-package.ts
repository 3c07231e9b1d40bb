import { unzipSync } from "fflate";
import { PackageError, readRelationships, relsPathOf, resolveTarget, sheetParts, workbookPart } from "./package-parts";
import { XlsxPackage } from "./xlsx-package";
import { checkSheetCells } from "./check-cells";

/**
 * What exceljs does not say: a sheet whose part is missing is dropped
 * without a word, and a truncated part fails deep inside it ("Cannot set
 * properties of undefined (setting 'sheetNo')"). Checked here first, so the
 * user learns which part is damaged.
 */
function rootClosed(xml: string): boolean {
  const root = /<([\w.:-]+)[^>]*?(\/?)>/.exec(xml.replace(/<\?[\s\S]*?\?>/g, "").replace(/<!--[\s\S]*?-->/g, ""));
  if (!root) return false;
  if (root[2] === "/") return true;
  return xml.trimEnd().endsWith(`</${root[1] ?? ""}>`);
}

/** The entry that does not inflate, found one by one (only on the failure path). */
function brokenEntry(bytes: Uint8Array): string | undefined {
  const names: string[] = [];
  unzipSync(bytes, {
    filter: (f) => {
      names.push(f.name);
      return false;
    },
  });
  for (const name of names) {
    try {
      unzipSync(bytes, { filter: (f) => f.name === name });
    } catch {
      return name;
    }
  }
  return undefined;
}

/**
 * What the zip's own directory shows before anything is inflated:
 * - a part stored twice (OPC part names compare without case): readers
 *   disagree on which copy counts — Excel calls the file damaged, exceljs
 *   and the patcher could each read another — so the file is refused;
 * - parts that would inflate past MAX_INFLATED (a zip bomb, or a file no
 *   scoresheet is): refused before the memory is taken, instead of the
 *   process dying out of memory.
 */
export const MAX_INFLATED = 1024 * 1024 * 1024;

function listingProblem(bytes: Uint8Array): PackageError | undefined {
  const seen = new Set<string>();
  let problem: PackageError | undefined;
  let total = 0;
  unzipSync(bytes, {
    filter: (f) => {
      const key = f.name.toLowerCase();
      if (seen.has(key)) problem ??= new PackageError(f.name, "duplicate");
      seen.add(key);
      total += f.originalSize;
      if (total > MAX_INFLATED) problem ??= new PackageError(f.name, "too-large", undefined, { cell: "", index: Math.round(total / 1024 / 1024), count: MAX_INFLATED / 1024 / 1024 });
      return false;
    },
  });
  return problem;
}

/** Reads the zip; a damaged, doubled or oversized entry becomes a PackageError naming it, a non-zip rethrows as it was. */
export function readPackage(bytes: Uint8Array): XlsxPackage {
  let problem: PackageError | undefined;
  try {
    problem = listingProblem(bytes);
  } catch {
    // Not a zip fflate can list: XlsxPackage.read below says what is wrong.
  }
  if (problem !== undefined) throw problem;
  try {
    return XlsxPackage.read(bytes);
  } catch (error) {
    let broken: string | undefined;
    try {
      broken = brokenEntry(bytes);
    } catch {
      throw error;
    }
    if (broken !== undefined) throw new PackageError(broken, "damaged");
    throw error;
  }
}

function countStrings(xml: string): number {
  return (xml.match(/<(?:\w+:)?si\b/g) ?? []).length;
}

/** A part saved as UTF-16 (a byte-order mark, or a NUL in its first bytes): read as UTF-8 it would look damaged, so it is named for what it is. */
function checkEncoding(pkg: XlsxPackage, part: string, sheet?: string): void {
  const head = pkg.bytes(part)?.subarray(0, 4);
  if (head && head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff) || head.includes(0))) throw new PackageError(part, "utf-16", sheet);
}

/** Every part a workbook needs is there and whole: the workbook, its relationships, each worksheet, shared strings, styles. */
export function checkPackage(pkg: XlsxPackage): void {
  // OPC forbids a DTD in a package's XML (ECMA-376 Part 2, §8.1.4), and a reader that expands its entities can be made to take any amount of
  // memory: refused in every part Kaohe or exceljs parses (the workbook's own, the relationships, the document properties) — customXml, which
  // only travels along byte for byte, is left alone.
  for (const name of pkg.names()) {
    if (/^(xl\/|_rels\/|docProps\/|\[Content_Types\]).*\.(xml|rels)$/i.test(name) && /<!DOCTYPE/i.test(pkg.text(name) ?? "")) throw new PackageError(name, "doctype");
  }
  const book = workbookPart(pkg);
  const needed: { part: string; sheet?: string }[] = [{ part: "[Content_Types].xml" }, { part: book }, { part: relsPathOf(book) }];
  for (const rel of readRelationships(pkg, relsPathOf(book))) {
    if (rel.external || !/\/(sharedStrings|styles)$/.test(rel.type)) continue;
    needed.push({ part: resolveTarget(book, rel.target) });
  }
  let sharedStrings: string | undefined;
  for (const rel of readRelationships(pkg, relsPathOf(book))) if (rel.type.endsWith("/sharedStrings")) sharedStrings = resolveTarget(book, rel.target);
  for (const { part } of needed) {
    checkEncoding(pkg, part);
    const xml = pkg.text(part);
    if (xml === undefined) throw new PackageError(part, "missing");
    if (!rootClosed(xml)) throw new PackageError(part, "damaged");
  }
  const names = new Set<string>();
  for (const sheet of sheetParts(pkg)) {
    // Excel compares sheet names without case; two of one name make it call the file damaged, and a write could land in the wrong one.
    if (names.has(sheet.name.toLowerCase())) throw new PackageError(book, "duplicate-sheet", sheet.name);
    names.add(sheet.name.toLowerCase());
    if (!sheet.part) throw new PackageError(relsPathOf(book), "missing-relationship", sheet.name, { cell: sheet.relId, index: 0, count: 0 });
    const xml = sheet.part ? pkg.text(sheet.part) : undefined;
    if (xml === undefined) throw new PackageError(sheet.part || sheet.relId, "missing", sheet.name);
    checkEncoding(pkg, sheet.part, sheet.name);
    if (!rootClosed(xml)) throw new PackageError(sheet.part, "damaged", sheet.name);
    // exceljs reads only parts named xl/worksheets/sheetN.xml and drops any other sheet without a word.
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(sheet.part)) throw new PackageError(sheet.part, "unreadable-name", sheet.name);
    checkSheetCells(xml, sheet.part, sheet.name, sharedStrings ? countStrings(pkg.text(sharedStrings) ?? "") : 0);
  }
}
