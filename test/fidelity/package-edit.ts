// Hand edits on an .xlsx package for the fidelity corpus: parts added with
// their relationships and content types, elements put into a worksheet at
// the place ECMA-376 orders them. Written as text, as Excel writes them,
// because no library at hand creates these features.
import { addOverride, addRelationship, freeRelId, relsPathOf } from "../../src/cli/xlsx/package-parts";
import type { XlsxPackage } from "../../src/cli/xlsx/xlsx-package";

export const XML_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;

/** CT_Worksheet's child order (ECMA-376 Part 1 §18.3.1.99). */
const SHEET_ORDER = [
  "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr", "sheetProtection", "protectedRanges",
  "scenarios", "autoFilter", "sortState", "dataConsolidate", "customSheetViews", "mergeCells", "phoneticPr", "conditionalFormatting",
  "dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks",
  "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF", "picture",
  "oleObjects", "controls", "webPublishItems", "tableParts", "extLst",
];

/** CT_Workbook's child order (§18.2.27). */
const BOOK_ORDER = [
  "fileVersion", "fileSharing", "workbookPr", "workbookProtection", "bookViews", "sheets", "functionGroups", "externalReferences",
  "definedNames", "calcPr", "oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing",
  "fileRecoveryPr", "webPublishObjects", "extLst",
];

function insertChild(xml: string, element: string, name: string, order: readonly string[], root: string): string {
  const later = order.slice(order.indexOf(name) + 1);
  let at = xml.lastIndexOf(`</${root}>`);
  for (const next of later) {
    const found = new RegExp(`<${next}[\\s/>]`).exec(xml);
    if (found && found.index < at) at = found.index;
  }
  return xml.slice(0, at) + element + xml.slice(at);
}

export function addToSheet(pkg: XlsxPackage, part: string, name: string, element: string): void {
  pkg.setText(part, insertChild(pkg.text(part) ?? "", element, name, SHEET_ORDER, "worksheet"));
}

export function addToWorkbook(pkg: XlsxPackage, name: string, element: string): void {
  pkg.setText("xl/workbook.xml", insertChild(pkg.text("xl/workbook.xml") ?? "", element, name, BOOK_ORDER, "workbook"));
}

/** A relationship from `from` (a part) to `target`; returns its id. */
export function relate(pkg: XlsxPackage, from: string, type: string, target: string, external = false): string {
  const relsPath = from === "" ? "_rels/.rels" : relsPathOf(from);
  const rels = pkg.text(relsPath);
  const id = freeRelId(rels ?? "", "rIdF");
  let xml = addRelationship(rels, id, type, target);
  if (external) xml = xml.replace(`Id="${id}" Type="${type}" Target="${target}"/>`, `Id="${id}" Type="${type}" Target="${target}" TargetMode="External"/>`);
  pkg.setText(relsPath, xml);
  return id;
}

export function addPart(pkg: XlsxPackage, part: string, text: string | Uint8Array, contentType?: string): void {
  if (typeof text === "string") pkg.setText(part, text);
  else pkg.setBytes(part, text);
  if (contentType) pkg.setText("[Content_Types].xml", addOverride(pkg.text("[Content_Types].xml") ?? "", part, contentType));
}

export function addDefault(pkg: XlsxPackage, extension: string, contentType: string): void {
  const types = pkg.text("[Content_Types].xml") ?? "";
  if (types.includes(`Extension="${extension}"`)) return;
  pkg.setText("[Content_Types].xml", types.replace("</Types>", `<Default Extension="${extension}" ContentType="${contentType}"/></Types>`));
}

/** A 1×1 PNG, the picture for header/footer and in-cell images. */
export const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);
