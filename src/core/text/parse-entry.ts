import Decimal from "decimal.js";
import type { CellValue } from "../grid/sheet-grid";
import type { DisplayType } from "../grid/number-format";
import { displayTypeOf, shownAs } from "../grid/number-format";
import { normalizeLabel } from "./normalize-text";

/**
 * What an assessor typed in an entry cell (扣分, 加分, or a typed 得分).
 * Numbers may arrive as text ("1.5分", "１．５") because the sheets were
 * pasted from Word; the words in NOT_APPLICABLE mark an item outside a
 * unit's duties (DESIGN.md §3).
 */
/** An entry typed as a date, time, percent or boolean: what Excel shows, and what the cell stores. */
export interface Displayed {
  readonly type: DisplayType | "boolean";
  readonly shown: string;
  readonly stored: string;
}

export type Entry =
  | { readonly kind: "blank" }
  /** `displayed`: a percent (5% stores 0.05) — counted as stored, and reported. */
  | { readonly kind: "number"; readonly value: Decimal; readonly fromText: boolean; readonly displayed?: Displayed }
  | { readonly kind: "not-applicable"; readonly text: string }
  /** 一票否决 written in the item's cell. */
  | { readonly kind: "veto"; readonly text: string }
  /** `displayed`: a date, time or boolean — never points; reported as what Excel shows. */
  | { readonly kind: "invalid"; readonly text: string; readonly displayed?: Displayed };

const NOT_APPLICABLE = new Set(["不涉及", "不适用", "无此项", "/", "／", "N/A", "NA", "n/a"]);
const NUMBER_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)分?$/;

/**
 * A number as Excel shows it: 15 significant digits, the precision Excel
 * keeps. A formula entry =0.1*3*5 caches 1.5000000000000002; read exactly,
 * it would make a total of 94.9999999999999998 and split a tie at 95.
 */
export function decimalAsShown(value: number): Decimal {
  return new Decimal(value.toPrecision(15));
}

const BLANK: Entry = { kind: "blank" };

/**
 * Typed numbers repeat across a workbook (0, 0.5, 1, 2…): each distinct one
 * is read once. Entries and Decimals are immutable, so units share them.
 */
const NUMBERS = new Map<number, Entry>();
const NUMBERS_LIMIT = 5000;

function numberEntry(value: number): Entry {
  let found = NUMBERS.get(value);
  if (found === undefined) {
    found = { kind: "number", value: decimalAsShown(value), fromText: false };
    if (NUMBERS.size >= NUMBERS_LIMIT) NUMBERS.clear();
    NUMBERS.set(value, found);
  }
  return found;
}

/**
 * `format` is the cell's number format (SheetGrid.numberFormats): under a
 * date or time format a number is a date, never points (Excel shows
 * 2024/1/1 for 45292); under a percent format it is the fraction it stores,
 * which may not be what the assessor meant (5 typed into a 0% cell is 0.05).
 */
export function parseEntry(value: CellValue, format?: string): Entry {
  if (value === null) return BLANK;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return { kind: "invalid", text: String(value) };
    const type = format === undefined ? undefined : displayTypeOf(format);
    if (type === undefined) return numberEntry(value);
    const number = decimalAsShown(value);
    const displayed = { type, shown: shownAs(number, format ?? "", type), stored: number.toFixed() };
    return type === "percent" ? { kind: "number", value: number, fromText: false, displayed } : { kind: "invalid", text: displayed.shown, displayed };
  }
  if (typeof value === "boolean") {
    const text = value ? "TRUE" : "FALSE";
    return { kind: "invalid", text, displayed: { type: "boolean", shown: text, stored: text } };
  }
  const text = normalizeLabel(value);
  if (text === "") return BLANK;
  if (NOT_APPLICABLE.has(text)) return { kind: "not-applicable", text };
  if (text === "一票否决" || text === "否决") return { kind: "veto", text };
  if (NUMBER_TEXT.test(text)) return { kind: "number", value: new Decimal(text.replace(/分$/, "")), fromText: true };
  return { kind: "invalid", text: value };
}
