import type { XlsxPackage } from "./xlsx-package";
import { attr, escapeXml, namespacesOf, prefixFor } from "./xml-text";

/**
 * Finding parts in a package the way Excel does: _rels/.rels names the
 * workbook part, its .rels file names each sheet's part by relationship id.
 */
export interface SheetPart {
  readonly name: string;
  readonly sheetId: string;
  readonly relId: string;
  /** The part's name in the zip, e.g. xl/worksheets/sheet1.xml. */
  readonly part: string;
}

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

export class PackageError extends Error {
  constructor(
    readonly part: string,
    readonly problem: "missing" | "damaged" | "unreadable-name" | "shared-string-out-of-range" | "duplicate" | "beyond-sheet-limits" | "invalid-cell" | "too-large" | "doctype" | "utf-16" | "missing-relationship" | "duplicate-sheet",
    readonly sheet?: string,
    /** For a shared-string index out of range: the cell, its index and how many strings there are; for a cell beyond the sheet's limits, the cell (or, for a whole row, "" and the row's number as index); for an invalid cell, the cell and what is wrong in `text`; for a package too large, its inflated size and the limit in MB as index and count. */
    readonly detail?: { readonly cell: string; readonly index: number; readonly count: number; readonly text?: string },
  ) {
    super(`${problem} part ${part}`);
  }
}

export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against the part that holds it. */
export function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = fromPart.split("/").slice(0, -1);
  for (const step of target.split("/")) {
    if (step === "..") parts.pop();
    else if (step !== "." && step !== "") parts.push(step);
  }
  return parts.join("/");
}

export function readRelationships(pkg: XlsxPackage, relsPath: string): Relationship[] {
  const xml = pkg.text(relsPath);
  if (xml === undefined) return [];
  return [...xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)].map(([tag]) => ({
    id: attr(tag, "Id") ?? "",
    type: attr(tag, "Type") ?? "",
    target: attr(tag, "Target") ?? "",
    external: attr(tag, "TargetMode") === "External",
  }));
}

export function workbookPart(pkg: XlsxPackage): string {
  const office = readRelationships(pkg, "_rels/.rels").find((r) => r.type.endsWith("/officeDocument"));
  return office ? resolveTarget("", office.target) : "xl/workbook.xml";
}

export function sheetParts(pkg: XlsxPackage): SheetPart[] {
  const book = workbookPart(pkg);
  const xml = pkg.text(book);
  if (xml === undefined) throw new PackageError(book, "missing");
  const rels = new Map(readRelationships(pkg, relsPathOf(book)).map((r) => [r.id, r]));
  const rPrefix = prefixFor(xml, namespacesOf(xml).relationships) ?? "r";
  const sheets: SheetPart[] = [];
  for (const [tag] of xml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const relId = attr(tag, `${rPrefix}:id`) ?? "";
    const rel = rels.get(relId);
    const name = attr(tag, "name") ?? "";
    // Chart sheets and dialog sheets are no worksheets: nothing to score or write there.
    if (rel && !rel.type.endsWith("/worksheet")) continue;
    sheets.push({ name, sheetId: attr(tag, "sheetId") ?? "", relId, part: rel ? resolveTarget(book, rel.target) : "" });
  }
  return sheets;
}

/** A relationship id not yet used in the rels file. */
export function freeRelId(relsXml: string, base: string): string {
  let n = 1;
  while (relsXml.includes(`Id="${base}${n}"`)) n++;
  return `${base}${n}`;
}

export function addRelationship(relsXml: string | undefined, id: string, type: string, target: string): string {
  const xml = relsXml ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  const close = xml.lastIndexOf("</Relationships>");
  return `${xml.slice(0, close)}<Relationship Id="${escapeXml(id)}" Type="${type}" Target="${escapeXml(target)}"/>${xml.slice(close)}`;
}

/** [Content_Types].xml with an Override for a new part (unchanged when the part already has one). */
export function addOverride(typesXml: string, part: string, contentType: string): string {
  if (typesXml.includes(`PartName="/${part}"`)) return typesXml;
  const close = typesXml.lastIndexOf("</Types>");
  return `${typesXml.slice(0, close)}<Override PartName="/${escapeXml(part)}" ContentType="${contentType}"/>${typesXml.slice(close)}`;
}
