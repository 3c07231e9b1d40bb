import type { CellRange } from "../core";
import { parseA1 } from "../core";

/**
 * Splits an area list at the commas between areas. A sheet name may itself
 * hold a comma ("'岳阳县,2024'!A1:B4"); Excel then quotes it, doubling any
 * quote inside (''), so a comma inside quotes belongs to the name.
 */
function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted; // '' toggles twice: still inside the name
    if (ch === "," && !quoted) {
      parts.push(current);
      current = "";
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts;
}

/**
 * Excel addresses carry their sheet ("'岳阳县'!A1:B4, '岳阳县'!D1:D4");
 * the core wants 0-based rectangles.
 */
export function parseAreaList(address: string): CellRange[] {
  if (address.trim() === "") return [];
  return splitAreas(address).flatMap((part) => {
    // The cell reference never holds "!", a sheet name may: take what follows the last one.
    const ref = part.slice(part.lastIndexOf("!") + 1).trim();
    const [a, b = a] = ref.split(":");
    const from = a ? parseA1(a) : null;
    const to = b ? parseA1(b) : null;
    return from && to ? [{ top: from.row, left: from.col, bottom: to.row, right: to.col }] : [];
  });
}

/** "'华容县'!G41" → { sheet: "华容县", cell: "G41" }: a one-cell address as Range.address gives it. */
export function splitSheetAddress(address: string): { sheet: string; cell: string } | undefined {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return undefined;
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const cell = address.slice(bang + 1).replace(/\$/g, "");
  return sheet === "" || cell === "" ? undefined : { sheet, cell };
}
