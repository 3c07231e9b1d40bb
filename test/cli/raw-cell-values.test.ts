// Cells exceljs misreads as numbers: read from the sheet's XML instead.
import { misreadCells } from "../../src/cli/xlsx/raw-cell-values";

test("an ISO date (t=\"d\") is its date text; a <v> that is no number is its text; real numbers and typed cells are left alone", () => {
  const xml =
    '<sheetData><row r="1"><c r="A1"/><c r="B1" t="d"><v>2026-01-02T00:00:00</v></c><c r="C1" t="d"><v>2026-01-02T08:30:00</v></c>' +
    '<c r="D1"><v>1,5</v></c><c r="E1" t="n"><v>abc</v></c><c r="F1"><v>1.5</v></c><c r="G1"><v>1E-3</v></c><c r="H1" t="s"><v>3</v></c>' +
    '<c r="I1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="J1" t="str"><f>A1</f><v>x</v></c><x:c r="K1" t="d"><x:v>2025-12-31</x:v></x:c></row></sheetData>';
  expect(Object.fromEntries(misreadCells(xml))).toEqual({ B1: "2026-01-02", C1: "2026-01-02T08:30:00", D1: "1,5", E1: "abc", K1: "2025-12-31" });
});

test("a self-closed cell never takes the next cell's value", () => {
  expect(Object.fromEntries(misreadCells('<row><c r="A1" t="d"/><c r="B1"><v>2</v></c><c r="C1" t="d" s="1"/><c r="D1" t="s"><v>abc</v></c></row>'))).toEqual({});
});
