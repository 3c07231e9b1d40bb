import type { FakeCell } from "../fake-excel";

/** "0.00" → 2: the number formats Kaohe writes (汇总), enough to show what Excel would. */
function decimals(format: string | undefined): number | undefined {
  if (format === undefined) return undefined;
  const match = /^0(?:\.(0+))?$/.exec(format.trim());
  return match ? (match[1]?.length ?? 0) : undefined;
}

/** A cell's text as Excel would show it: its value (formulas are not evaluated: their text shows instead). */
export function displayText(cell: FakeCell | undefined): string {
  if (!cell) return "";
  if (cell.formula !== undefined && cell.value === "") return cell.formula;
  const { value } = cell;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") {
    const places = decimals(cell.numberFormat);
    return places === undefined ? String(Number(value.toPrecision(15))) : value.toFixed(places);
  }
  return value;
}
