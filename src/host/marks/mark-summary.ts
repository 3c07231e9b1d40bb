import type { MarkKind } from "../port";

/** What an action did to the marks, for its message. */
export interface MarkSummary {
  /** How cells were marked on this host: note, comment, or fill only. */
  readonly kind: MarkKind;
  /** Cells carrying a mark after the run. */
  readonly marked: number;
  /** Cells whose earlier mark was taken away. */
  readonly cleared: number;
  /** Cells with a finding left unmarked (protected sheet, or over MAX_MARKED_CELLS). */
  readonly unmarked: number;
  /** Marked cells shaded only: they hold a note this host cannot see, so its comment was refused (AppliedWrites). */
  readonly shadedOnly?: number;
}
