import type { Severity } from "../../core";

/**
 * Fill colours per severity: Excel's own 差 / 适中 / 好 cell-style tints,
 * light enough that the value stays readable and the page prints.
 */
export const MARK_FILL: Readonly<Record<Severity, string>> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  info: "#DDEBF7",
};

/** Starts every note Kaohe adds, so a reader knows where it came from. */
export const NOTE_PREFIX = "考核评分：";

/**
 * At most this many cells are marked per run; the rest stay in the pane's
 * list. Every mark is a per-cell operation (a note cannot cover a range),
 * and thousands of them in one batch hang desktop Excel and fail on the web
 * (../shared/OFFICE-NOTES.md), while splitting them over more syncs would
 * make the round trips grow with the findings.
 */
export const MAX_MARKED_CELLS = 500;

/** Excel gives colours back as it likes them ("#ffc7ce", "#FFC7CE"): compare without case. */
export function sameColor(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && a.toUpperCase() === b.toUpperCase();
}
