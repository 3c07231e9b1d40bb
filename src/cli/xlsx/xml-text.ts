/**
 * The little XML the package patcher needs, done on the text itself so that
 * everything it does not touch stays byte for byte as the author wrote it
 * (a parse-and-serialise round trip would reorder attributes, drop
 * namespaces and rewrite entities).
 */
export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e === "amp") return "&";
    if (e === "lt") return "<";
    if (e === "gt") return ">";
    if (e === "quot") return '"';
    if (e === "apos") return "'";
    return String.fromCodePoint(e.startsWith("#x") ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

const ATTRIBUTE = new Map<string, RegExp>();

/** The value of one attribute in a start tag's text, unescaped; undefined when absent. */
export function attr(tag: string, name: string): string | undefined {
  // Called for every cell of a sheet: one compiled pattern per attribute name.
  let re = ATTRIBUTE.get(name);
  if (!re) {
    re = new RegExp(`\\s${name.replace(/[:.]/g, "\\$&")}\\s*=\\s*("([^"]*)"|'([^']*)')`);
    ATTRIBUTE.set(name, re);
  }
  const match = re.exec(tag);
  if (!match) return undefined;
  return unescapeXml(match[2] ?? match[3] ?? "");
}

/** The start tag with one attribute set (replaced in place, or appended). */
export function setAttr(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name.replace(/[:.]/g, "\\$&")}\\s*=\\s*)("[^"]*"|'[^']*')`);
  if (re.test(tag)) return tag.replace(re, `$1"${escapeXml(value)}"`);
  const close = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, close)} ${name}="${escapeXml(value)}"${tag.slice(close)}`;
}

/** The start tag without one attribute. */
export function dropAttr(tag: string, name: string): string {
  return tag.replace(new RegExp(`\\s${name.replace(/[:.]/g, "\\$&")}\\s*=\\s*("[^"]*"|'[^']*')`), "");
}

/** The namespace prefix bound to a URI on the root element ("" for the default namespace), if any. */
export function prefixFor(xml: string, uri: string): string | undefined {
  const match = new RegExp(`xmlns(?::([\\w.-]+))?\\s*=\\s*["']${uri.replace(/[.]/g, "\\.")}["']`).exec(xml);
  return match ? (match[1] ?? "") : undefined;
}

export const NS = {
  relationships: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  worksheetType: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  worksheetContent: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
} as const;

/**
 * Strict Open XML (ISO/IEC 29500 Strict, Excel's "Strict Open XML
 * Spreadsheet") names the same elements under other namespaces; a part Kaohe
 * adds to such a workbook uses the workbook's own, or Excel would not find it.
 */
export const STRICT_NS = {
  relationships: "http://purl.oclc.org/ooxml/officeDocument/relationships",
  worksheetType: "http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet",
  main: "http://purl.oclc.org/ooxml/spreadsheetml/main",
} as const;

/** The namespaces of a workbook part's flavour: Strict when its root is in the Strict main namespace. */
export function namespacesOf(workbookXml: string): { readonly relationships: string; readonly worksheetType: string; readonly main: string } {
  return prefixFor(workbookXml, STRICT_NS.main) !== undefined ? STRICT_NS : NS;
}
