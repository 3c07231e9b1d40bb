import type { XlsxPackage } from "./xlsx-package";
import { readRelationships, relsPathOf, resolveTarget, workbookPart } from "./package-parts";
import { attr, setAttr } from "./xml-text";

/**
 * A cell that held a formula and now holds a value must leave the calc
 * chain (xl/calcChain.xml), or Excel reports the file as damaged and
 * repairs it. Each <c> names its sheet by i (the sheetId), and an omitted i
 * means "the previous entry's", so entries after a removed one get theirs
 * written out. An emptied chain is removed with its relationship and
 * content type: Excel rebuilds it on the next calculation.
 */
export function dropFromCalcChain(pkg: XlsxPackage, removed: ReadonlyMap<string, ReadonlySet<string>>): void {
  if (removed.size === 0) return;
  const book = workbookPart(pkg);
  const relsPath = relsPathOf(book);
  const rel = readRelationships(pkg, relsPath).find((r) => r.type.endsWith("/calcChain"));
  if (!rel) return;
  const part = resolveTarget(book, rel.target);
  const xml = pkg.text(part);
  if (xml === undefined) return;
  let current = "";
  let lastKept = "";
  let kept = 0;
  const next = xml.replace(/<(?:\w+:)?c\b[^>]*\/>/g, (tag) => {
    current = attr(tag, "i") ?? current;
    if (removed.get(current)?.has(attr(tag, "r") ?? "")) return "";
    kept++;
    const out = attr(tag, "i") === undefined && current !== lastKept ? setAttr(tag, "i", current) : tag;
    lastKept = current;
    return out;
  });
  if (kept > 0) {
    pkg.setText(part, next);
    return;
  }
  pkg.delete(part);
  const rels = pkg.text(relsPath) ?? "";
  pkg.setText(relsPath, rels.replace(/<(?:\w+:)?Relationship\b[^>]*>/g, (tag) => (attr(tag, "Id") === rel.id ? "" : tag)));
  const types = pkg.text("[Content_Types].xml") ?? "";
  pkg.setText("[Content_Types].xml", types.replace(/<(?:\w+:)?Override\b[^>]*>/g, (tag) => (attr(tag, "PartName") === `/${part}` ? "" : tag)));
}
