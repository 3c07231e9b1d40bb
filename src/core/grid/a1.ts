/** A1 addresses for 0-based row/column indexes, as findings and writes use them. */

/** Column letters of the first columns, made once: every cell address of every unit starts with one. */
const LETTERS: string[] = [];
const LETTERS_CACHED = 256;

export function columnLetters(col: number): string {
  if (col >= 0 && col < LETTERS_CACHED && Number.isInteger(col)) return (LETTERS[col] ??= lettersOf(col));
  return lettersOf(col);
}

function lettersOf(col: number): string {
  let letters = "";
  let n = col + 1;
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * Addresses made once each: every unit's sheet names the same cells (its
 * entry and output cells), and a result keeps them — one shared string
 * per address instead of one per unit. Bounded.
 */
const ADDRESSES = new Map<number, string>();
const ADDRESSES_LIMIT = 100_000;
const ADDRESS_COLUMNS = 1024;

export function toA1(row: number, col: number): string {
  if (!Number.isInteger(row) || !Number.isInteger(col) || row < 0 || col < 0 || col >= ADDRESS_COLUMNS || row >= 2 ** 20) return `${columnLetters(col)}${row + 1}`;
  const key = row * ADDRESS_COLUMNS + col;
  let found = ADDRESSES.get(key);
  if (found === undefined) {
    found = `${columnLetters(col)}${row + 1}`;
    if (ADDRESSES.size >= ADDRESSES_LIMIT) ADDRESSES.clear();
    ADDRESSES.set(key, found);
  }
  return found;
}

export interface CellPosition {
  readonly row: number;
  readonly col: number;
}

/** Parses "B12" (or "$B$12") into 0-based indexes; null when it is not an address. */
export function parseA1(address: string): CellPosition | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!match) return null;
  const [, letters = "", digits = ""] = match;
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(digits);
  if (row < 1) return null;
  return { row: row - 1, col: col - 1 };
}
