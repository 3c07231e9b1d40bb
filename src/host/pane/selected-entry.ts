import type { StoredChoice } from "../../core";
import { NO_STORED_CHOICE, toA1 } from "../../core";
import type { HostFailure, HostPort } from "../port";
import { isHostFailure } from "../port";
import { hostChoices } from "../score-options";
import type { EntryTarget, NotAnItem } from "./locate-entry";
import { locateEntry } from "./locate-entry";

export type SelectedEntry =
  | { readonly ok: true; readonly kind: "item"; readonly target: EntryTarget; readonly address: string; readonly protected: boolean }
  | { readonly ok: true; readonly kind: "none"; readonly why: NotAnItem; readonly sheet: string; readonly address: string };

/** Where the reason note of a row lives when the table has no 扣分说明 column. */
export function noteCell(target: EntryTarget): string | undefined {
  return target.cells.reason === undefined ? (target.cells.deduction ?? target.cells.bonus ?? target.cells.score) : undefined;
}

/**
 * The item row under the selection, for the 录入 form: the unit, the rubric
 * item, its entry cells and what they hold — the reason note included.
 * `stored` is the workbook's rubric choice as the pane last read it (the
 * selection's read brings only the active sheet).
 * One round trip for the selection and its sheet (readSelection), and only
 * where the reason lives in a note, one "look" session observing that cell.
 */
export async function readSelectedEntry(host: HostPort, stored: StoredChoice = NO_STORED_CHOICE): Promise<SelectedEntry | HostFailure> {
  const read = await host.readSelection();
  if (isHostFailure(read)) return read;
  const located = locateEntry(read.sheet, read.row, read.col, hostChoices({ sheets: [read.sheet] }, stored));
  const sheet = read.sheet.name;
  const address = `${sheet}!${toA1(read.row, read.col)}`;
  if (located.kind === "none") return { ok: true, kind: "none", why: located.why, sheet, address };
  const cell = noteCell(located.target);
  let target = located.target;
  if (cell !== undefined && host.capabilities.marks !== "fill") {
    const observed = await host.session("look", (session) => session.observe([{ sheet, cell }]));
    if (isHostFailure(observed)) return observed;
    const note = [...observed.values()][0]?.note ?? "";
    target = { ...target, current: { ...target.current, reason: note } };
  }
  return { ok: true, kind: "item", target, address, protected: read.protected };
}
