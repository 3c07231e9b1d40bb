import type { Displayed } from "../text/parse-entry";
import type { Finding } from "./finding";
import { finding } from "./finding";

/**
 * An entry typed as a date, time, percent or boolean reads as a plain number
 * (or TRUE) to every API, while the assessor sees 2024/1/1, 5% or TRUE: the
 * finding says what Excel shows and what Kaohe read (DESIGN.md §3: never
 * silently wrong). Dates, times and booleans are never counted as points;
 * a percent is counted as the fraction it stores, and still flagged, because
 * no scored column holds a rate.
 */
export function entryDisplayFinding(displayed: Displayed, column: string, sheet: string, cell: string): Finding {
  return finding("ENTRY_DISPLAY_TYPE", sheet, cell, { column, type: displayed.type, shown: displayed.shown, stored: displayed.stored });
}
