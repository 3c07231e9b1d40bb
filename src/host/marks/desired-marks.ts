import type { ReportFinding, Severity } from "../../core";
import { parseA1 } from "../../core";
import { MARK_FILL, MAX_MARKED_CELLS, NOTE_PREFIX } from "./mark-style";

/** What one cell should carry after this run: its fill and its note's text. */
export interface DesiredMark {
  readonly sheet: string;
  readonly cell: string;
  readonly severity: Severity;
  readonly fill: string;
  readonly text: string;
}

export interface DesiredMarks {
  readonly marks: readonly DesiredMark[];
  /** Cells with a finding that get no mark: over MAX_MARKED_CELLS, or on a protected sheet. */
  readonly unmarked: number;
}

const WEIGHT: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

interface Gathered {
  sheet: string;
  cell: string;
  severity: Severity;
  messages: string[];
  order: number;
}

/**
 * One mark per cell, however many findings concern it: the gravest
 * severity's colour and every message in one note. Errors are marked first
 * when the cap bites.
 */
export function desiredMarks(findings: readonly ReportFinding[], protectedSheets: ReadonlySet<string>): DesiredMarks {
  const cells = new Map<string, Gathered>();
  const locked = new Set<string>();
  for (const f of findings) {
    if (f.cell === "" || !parseA1(f.cell)) continue;
    const key = `${f.sheet}!${f.cell}`;
    if (protectedSheets.has(f.sheet)) {
      locked.add(key);
      continue;
    }
    const found = cells.get(key);
    if (!found) {
      cells.set(key, { sheet: f.sheet, cell: f.cell, severity: f.severity, messages: [f.message], order: cells.size });
      continue;
    }
    if (WEIGHT[f.severity] < WEIGHT[found.severity]) found.severity = f.severity;
    if (!found.messages.includes(f.message)) found.messages.push(f.message);
  }
  const ranked = [...cells.values()].sort((a, b) => WEIGHT[a.severity] - WEIGHT[b.severity] || a.order - b.order);
  const unmarked = locked.size + Math.max(0, ranked.length - MAX_MARKED_CELLS);
  const marks = ranked.slice(0, MAX_MARKED_CELLS).map((g) => ({
    sheet: g.sheet,
    cell: g.cell,
    severity: g.severity,
    fill: MARK_FILL[g.severity],
    text: NOTE_PREFIX + g.messages.join("\n"),
  }));
  return { marks, unmarked };
}
