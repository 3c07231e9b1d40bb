import type { CellValue } from "../grid/sheet-grid";

/** A cell's value as text, the way a reader of the printed sheet sees it. */
export function cellText(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}
