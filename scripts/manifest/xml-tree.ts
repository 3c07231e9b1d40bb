// A small, typed element tree over fast-xml-parser's ordered output, with
// namespaces resolved and line numbers kept, so the checks can name places.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { findStrictnessError } from "./xml-strict";

export interface XmlElement {
  /** Name as written, e.g. "bt:Image". */
  readonly name: string;
  /** Name without its prefix, e.g. "Image". */
  readonly local: string;
  /** Namespace URI, or undefined when the prefix is not declared. */
  readonly ns: string | undefined;
  readonly attrs: ReadonlyMap<string, string>;
  readonly children: readonly XmlElement[];
  /** Direct text content, trimmed. */
  readonly text: string;
  readonly line: number;
  /** Where it sits, for messages: ".../Control[Kaohe.Recalculate]/Label". */
  readonly path: string;
}

export type ParseOutcome =
  | { readonly ok: true; readonly root: XmlElement }
  | { readonly ok: false; readonly line: number; readonly message: string };

type RawNode = Record<string, unknown>;
type Scope = ReadonlyMap<string, string>;

const XML_NS = "http://www.w3.org/XML/1998/namespace";
const META = XMLParser.getMetaDataSymbol();

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  captureMetaData: true,
});

function isRecord(value: unknown): value is RawNode {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function prefixOf(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? "" : name.slice(0, colon);
}

export function localName(name: string): string {
  return name.slice(name.indexOf(":") + 1);
}

/** index → 1-based line, by binary search over the offsets of the line starts. */
function lineIndex(source: string): (index: number) => number {
  const starts = [0];
  for (let i = 0; i < source.length; i += 1) if (source.charCodeAt(i) === 10) starts.push(i + 1);
  return (index) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

function readAttrs(node: RawNode): Map<string, string> {
  const raw = node[":@"];
  const attrs = new Map<string, string>();
  if (isRecord(raw)) for (const [k, v] of Object.entries(raw)) attrs.set(k, String(v));
  return attrs;
}

function nestedScope(outer: Scope, attrs: ReadonlyMap<string, string>): Scope {
  const scope = new Map(outer);
  for (const [k, v] of attrs) {
    if (k === "xmlns") scope.set("", v);
    else if (k.startsWith("xmlns:")) scope.set(k.slice(6), v);
  }
  return scope;
}

function tagOf(node: RawNode): string | undefined {
  return Object.keys(node).find((k) => k !== ":@" && k !== "#text" && !k.startsWith("?"));
}

function build(node: RawNode, tag: string, outer: Scope, parentPath: string, lineOf: (index: number) => number): XmlElement {
  const attrs = readAttrs(node);
  const scope = nestedScope(outer, attrs);
  const id = attrs.get("id");
  const path = `${parentPath}/${localName(tag)}${id === undefined ? "" : `[${id}]`}`;
  const rawChildren = node[tag];
  const children: XmlElement[] = [];
  const text: string[] = [];
  for (const child of Array.isArray(rawChildren) ? rawChildren : []) {
    if (!isRecord(child)) continue;
    const childTag = tagOf(child);
    if (childTag !== undefined) children.push(build(child, childTag, scope, path, lineOf));
    else if (child["#text"] !== undefined) text.push(String(child["#text"]));
  }
  const meta: unknown = (node as Record<symbol, unknown>)[META as symbol];
  const start = isRecord(meta) && typeof meta.startIndex === "number" ? meta.startIndex : 0;
  return {
    name: tag,
    local: localName(tag),
    ns: scope.get(prefixOf(tag)),
    attrs,
    children,
    text: text.join("").trim(),
    line: lineOf(start),
    path,
  };
}

export function parseXml(source: string): ParseOutcome {
  const valid = XMLValidator.validate(source);
  if (valid !== true) return { ok: false, line: valid.err.line, message: valid.err.msg };
  const strict = findStrictnessError(source);
  if (strict !== undefined) return { ok: false, ...strict };
  const nodes: unknown = parser.parse(source);
  const roots: RawNode[] = Array.isArray(nodes) ? nodes.filter(isRecord).filter((n) => tagOf(n) !== undefined) : [];
  // XMLValidator accepts several top-level elements; a document has one root.
  const first = roots[0];
  const tag = first === undefined ? undefined : tagOf(first);
  if (first === undefined || tag === undefined || roots.length !== 1) {
    return { ok: false, line: 1, message: `expected exactly one root element, found ${roots.length}` };
  }
  return { ok: true, root: build(first, tag, new Map([["xml", XML_NS]]), "", lineIndex(source)) };
}

// Navigation helpers: match by local name, since prefixes are the author's choice.
export function child(el: XmlElement | undefined, local: string): XmlElement | undefined {
  return el?.children.find((c) => c.local === local);
}

export function childrenNamed(el: XmlElement | undefined, local: string): XmlElement[] {
  return el === undefined ? [] : el.children.filter((c) => c.local === local);
}

export function descendants(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement): void => {
    for (const c of e.children) {
      out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

/** Attribute by local name, so `xsi:type` is `attr(el, "type")`. */
export function attr(el: XmlElement | undefined, local: string): string | undefined {
  if (el === undefined) return undefined;
  for (const [k, v] of el.attrs) if (localName(k) === local && !k.startsWith("xmlns")) return v;
  return undefined;
}

/** The last segments of a path: enough to find the element, short enough to read. */
export function shortPath(el: XmlElement, depth = 2): string {
  return el.path.split("/").slice(-depth).join("/");
}
