import type { XlsxPackage } from "./xlsx-package";
import { escapeXml } from "./xml-text";

/**
 * A CDATA section is text to any XML reader, and some generators (not
 * Excel) wrap cell text and shared strings in one; exceljs drops it, so a
 * header 扣分 or an entry 1.5 written that way would vanish without a word.
 * exceljs is therefore given a copy of the package with every CDATA section
 * in the workbook's XML turned into escaped text; the user's own package,
 * which the patcher writes from, is left as it was.
 */
const CDATA = /<!\[CDATA\[([\s\S]*?)\]\]>/g;

/** The package's bytes with CDATA expanded, or undefined when no XML part holds any. */
export function withCdataExpanded(pkg: XlsxPackage): Uint8Array | undefined {
  const names = pkg.names().filter((name) => /^xl\/.*\.xml$/i.test(name) && (pkg.text(name) ?? "").includes("<![CDATA["));
  if (names.length === 0) return undefined;
  const copy = pkg.clone();
  for (const name of names) copy.setText(name, (copy.text(name) ?? "").replace(CDATA, (_, text: string) => escapeXml(text)));
  return copy.write();
}
