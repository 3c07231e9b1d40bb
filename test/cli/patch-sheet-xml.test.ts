// The patching writer's cell edits (ECMA-376 Part 1 §18.3.1): only the
// written <c> elements change; rows and cells stay in order, spans and
// <dimension> cover the new cells, a formula turned value leaves calcChain.
import { dropFromCalcChain } from "../../src/cli/xlsx/calc-chain";
import { FormulaCellRefused, patchSheetXml } from "../../src/cli/xlsx/patch-sheet-xml";
import { XlsxPackage } from "../../src/cli/xlsx/xlsx-package";
import { zipSync, strToU8 } from "fflate";

const HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`;
const sheet = (body: string, extra = "", dimension = "A1:C3"): string =>
  `${HEAD}<dimension ref="${dimension}"/>${extra}<sheetData>${body}</sheetData><mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells></worksheet>`;

function patch(xml: string, writes: Record<string, number>): string {
  return patchSheetXml(xml, new Map(Object.entries(writes))).xml;
}

test("an existing cell: its style kept, its type and value replaced; every other byte as it was", () => {
  const before = sheet(`<row r="1" spans="1:3"><c r="A1" s="2" t="s"><v>0</v></c><c r="B1" s="3"/><c r="C1" s="3" t="s"><v>4</v></c></row>`);
  const after = patch(before, { B1: 1.5, C1: 96.5 });
  expect(after).toBe(before.replace(`<c r="B1" s="3"/>`, `<c r="B1" s="3"><v>1.5</v></c>`).replace(`<c r="C1" s="3" t="s"><v>4</v></c>`, `<c r="C1" s="3"><v>96.5</v></c>`));
});

test("a new cell goes between its neighbours, and the row's spans grow to cover it", () => {
  const after = patch(sheet(`<row r="2" spans="1:2"><c r="A2"><v>1</v></c><c r="B2"><v>2</v></c></row><row r="3"><c r="A3"/><c r="E3"/></row>`, "", "A1:E3"), { D2: 7, C3: 8 });
  expect(after).toContain(`<row r="2" spans="1:4"><c r="A2"><v>1</v></c><c r="B2"><v>2</v></c><c r="D2"><v>7</v></c></row>`);
  expect(after).toContain(`<row r="3"><c r="A3"/><c r="C3"><v>8</v></c><c r="E3"/></row>`);
});

test("a new row goes in row order, and <dimension> grows to cover it", () => {
  const after = patch(sheet(`<row r="1"><c r="A1"/></row><row r="5"><c r="A5"/></row>`), { B3: 1, F9: 2 });
  expect(after).toContain(`<row r="1"><c r="A1"/></row><row r="3"><c r="B3"><v>1</v></c></row><row r="5"><c r="A5"/></row><row r="9"><c r="F9"><v>2</v></c></row>`);
  expect(after).toContain(`<dimension ref="A1:F9"/>`);
});

test("an empty <sheetData/> gets its first row", () => {
  const after = patch(`${HEAD}<dimension ref="A1"/><sheetData/></worksheet>`, { B2: 3 });
  expect(after).toBe(`${HEAD}<dimension ref="A1:B2"/><sheetData><row r="2"><c r="B2"><v>3</v></c></row></sheetData></worksheet>`);
});

test("a new cell takes its column's style (<cols>), or its row's when the row has a custom format", () => {
  const cols = `<cols><col min="2" max="3" width="9" style="5" customWidth="1"/></cols>`;
  expect(patch(sheet(`<row r="1"><c r="A1"/></row>`, cols), { C1: 1 })).toContain(`<c r="C1" s="5"><v>1</v></c>`);
  expect(patch(sheet(`<row r="1" s="7" customFormat="1"><c r="A1"/></row>`, cols), { C1: 1 })).toContain(`<c r="C1" s="7"><v>1</v></c>`);
});

test("rows and cells without r (allowed by the schema) are counted by position, and made explicit where a cell is inserted", () => {
  const after = patch(sheet(`<row><c><v>1</v></c><c><v>2</v></c></row><row><c/></row>`), { B2: 5, A1: 9 });
  expect(after).toContain(`<row><c r="A1"><v>9</v></c><c><v>2</v></c></row><row><c r="A2"/><c r="B2"><v>5</v></c></row>`);
  const inserted = patch(sheet(`<row><c/></row><row><c/></row>`), { A4: 1 });
  expect(inserted).toContain(`<row r="1"><c/></row><row r="2"><c/></row><row r="4"><c r="A4"><v>1</v></c></row>`);
});

test("a worksheet written with a namespace prefix (x:) keeps it", () => {
  const xml = `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1"/></x:row></x:sheetData></x:worksheet>`;
  expect(patch(xml, { A1: 2, B1: 3 })).toBe(`<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>2</x:v></x:c><x:c r="B1"><x:v>3</x:v></x:c></x:row></x:sheetData></x:worksheet>`);
});

test("a total Excel cannot hold (Infinity) is written as Excel's own #NUM!, never <v>Infinity</v>", () => {
  expect(patch(sheet(`<row r="1"><c r="A1" s="1"/></row>`), { A1: Infinity })).toContain(`<c r="A1" s="1" t="e"><v>#NUM!</v></c>`);
});

test("a cell that held a formula: the formula goes and the cell is reported for calcChain; a shared formula's anchor is refused", () => {
  const result = patchSheetXml(sheet(`<row r="1"><c r="A1" s="1"><f>B1*2</f><v>4</v></c></row>`), new Map([["A1", 3]]));
  expect(result.xml).toContain(`<c r="A1" s="1"><v>3</v></c>`);
  expect(result.droppedFormulas).toEqual(["A1"]);
  expect(() => patchSheetXml(sheet(`<row r="1"><c r="A1"><f t="shared" ref="A1:A9" si="0">B1*2</f><v>4</v></c></row>`), new Map([["A1", 3]]))).toThrow(FormulaCellRefused);
});

function packageWithCalcChain(chain: string): XlsxPackage {
  return XlsxPackage.read(
    zipSync({
      "[Content_Types].xml": strToU8(`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>`),
      "_rels/.rels": strToU8(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
      "xl/workbook.xml": strToU8(`<workbook/>`),
      "xl/_rels/workbook.xml.rels": strToU8(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>`),
      "xl/calcChain.xml": strToU8(chain),
    }),
  );
}

test("calcChain: the dropped cell leaves; an entry that inherited its sheet (i) from it gets i written out", () => {
  const pkg = packageWithCalcChain(`<calcChain xmlns="m"><c r="A1" i="2"/><c r="A2"/><c r="B1" i="1"/></calcChain>`);
  dropFromCalcChain(pkg, new Map([["2", new Set(["A1"])]]));
  expect(pkg.text("xl/calcChain.xml")).toBe(`<calcChain xmlns="m"><c r="A2" i="2"/><c r="B1" i="1"/></calcChain>`);
});

test("calcChain emptied: the part, its relationship and its content type are removed (Excel rebuilds it)", () => {
  const pkg = packageWithCalcChain(`<calcChain xmlns="m"><c r="A1" i="2"/></calcChain>`);
  dropFromCalcChain(pkg, new Map([["2", new Set(["A1"])]]));
  expect(pkg.has("xl/calcChain.xml")).toBe(false);
  expect(pkg.text("xl/_rels/workbook.xml.rels")).not.toContain("calcChain");
  expect(pkg.text("[Content_Types].xml")).not.toContain("calcChain");
});

test("existing and new cells written together, in existing and new rows: every offset still right", () => {
  const before = sheet(`<row r="1"><c r="A1" s="1" t="s"><v>12</v></c><c r="C1"/></row><row r="4"><c r="A4"/></row>`, "", "A1:C4");
  const after = patch(before, { A1: 1.25, B1: 2, D1: 3, A2: 4, A4: 5 });
  expect(after).toContain(`<sheetData><row r="1"><c r="A1" s="1"><v>1.25</v></c><c r="B1"><v>2</v></c><c r="C1"/><c r="D1"><v>3</v></c></row><row r="2"><c r="A2"><v>4</v></c></row><row r="4"><c r="A4"><v>5</v></c></row></sheetData><mergeCells`);
  expect(after).toContain(`<dimension ref="A1:D4"/>`);
});
