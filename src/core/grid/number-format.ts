import Decimal from "decimal.js";
import { toA1 } from "./a1";
import type { SheetGrid } from "./sheet-grid";

/**
 * What a cell's number format makes Excel show instead of the plain number
 * it stores: a date (45292 shows 2024/1/1), a time (0.5 shows 12:00) or a
 * percent (0.05 shows 5%). Every host hands the core the same format code
 * (Excel's Range.numberFormat, ET's Range.NumberFormat, the .xlsx styles),
 * so the core reads it the same way for all of them.
 */
export type DisplayType = "date" | "time" | "percent";

/** The sections of a format code (positive;negative;zero;text) are split on ";" outside quotes. */
function firstSection(format: string): string {
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === "\\") i++;
    else if (ch === ";" && !quoted) return format.slice(0, i);
  }
  return format;
}

/** The format's own tokens: quoted text, escaped characters, padding (_x, *x) and [colour]/[$-804] brackets removed; elapsed time ([h], [mm]) kept. */
function tokens(section: string): string {
  return section
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/[_*]./g, "")
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, "")
    .replace(/AM\/PM|A\/P|上午\/下午/gi, "");
}

const cache = new Map<string, DisplayType | undefined>();

/** The display type of a format code; undefined for General, plain numbers, text and fractions. */
export function displayTypeOf(format: string): DisplayType | undefined {
  if (cache.has(format)) return cache.get(format);
  const code = tokens(firstSection(format)).toLowerCase();
  let type: DisplayType | undefined;
  if (code === "" || code.includes("general") || code === "@") type = undefined;
  else if (code.includes("%")) type = "percent";
  else if (/[yd]/.test(code) || (code.includes("m") && !/[hs]/.test(code))) type = "date";
  else if (/[hs]/.test(code)) type = "time";
  cache.set(format, type);
  return type;
}

/** A cell's number format as the host gave it; undefined for General (or where the host gave none). */
export function numberFormatAt(sheet: SheetGrid, row: number, col: number): string | undefined {
  return sheet.numberFormats === undefined ? undefined : sheet.numberFormats[toA1(row, col)];
}

/** Excel's last valid date serial (9999-12-31); past it, or below 0, Excel shows ####. */
const MAX_SERIAL = 2958465;
const DAY_MS = 86_400_000;

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function timeOf(fraction: number, seconds: boolean): string {
  const total = Math.round(fraction * 86_400);
  const h = Math.floor(total / 3600) % 24;
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return seconds ? `${h}:${pad2(m)}:${pad2(s)}` : `${h}:${pad2(m)}`;
}

/**
 * A date serial as a zh-CN Excel shows its short date (2024/1/1, with h:mm
 * where the format has a time), whatever the code's own pattern: the code
 * of the commonest date (built-in id 14) differs by host and locale — the
 * file says mm-dd-yy, a zh-CN Excel reports yyyy/m/d — so one spelling
 * keeps every host's message the same.
 */
function shownDate(serial: number, code: string, withDate: boolean): string {
  if (serial < 0 || serial > MAX_SERIAL) return "########";
  const withTime = /[hs]/.test(code);
  const seconds = code.includes("s");
  let day = Math.floor(serial);
  // Excel's 1900 system counts a 29 February 1900 that never was (serial 60).
  if (day === 60) return `1900/2/29${withTime ? ` ${timeOf(serial - day, seconds)}` : ""}`;
  if (day < 60) day += 1;
  const date = new Date(Date.UTC(1899, 11, 30) + day * DAY_MS);
  const ymd = `${date.getUTCFullYear()}/${date.getUTCMonth() + 1}/${date.getUTCDate()}`;
  if (!withDate) return timeOf(serial - Math.floor(serial), seconds);
  return withTime ? `${ymd} ${timeOf(serial - Math.floor(serial), seconds)}` : ymd;
}

/** 0.05 under "0.0%" is 5.0%: the value × 100 with the format's decimals, rounded as Excel rounds (half away from zero). */
function shownPercent(value: Decimal, code: string): string {
  const decimals = /\.([0#?]+)/.exec(code)?.[1]?.length ?? 0;
  return `${value.times(100).toFixed(decimals, Decimal.ROUND_HALF_UP)}%`;
}

/** What Excel shows for `value` (as read, 15 significant digits) under a format of the given type. */
export function shownAs(value: Decimal, format: string, type: DisplayType): string {
  const code = tokens(firstSection(format)).toLowerCase();
  if (type === "percent") return shownPercent(value, code);
  return shownDate(value.toNumber(), code, type === "date");
}
