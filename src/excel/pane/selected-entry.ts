import { toA1 } from "../../core";
import type { StoredChoice } from "../../core";
import { NO_STORED_CHOICE } from "../../core";
import { hostChoices } from "../../host/score-options";
import { explainError } from "../explain-error";
import { observeCells } from "../marks/observe-cells";
import { startComments } from "../marks/observe-comments";
import { checkExcelSupport } from "../requirements";
import type { Failure } from "../run-actions";
import type { EntryTarget, NotAnItem } from "./locate-entry";
import { locateEntry } from "./locate-entry";
import { readSelection } from "./read-selection";

export type SelectedEntry =
  | { readonly ok: true; readonly kind: "item"; readonly target: EntryTarget; readonly address: string; readonly protected: boolean }
  | { readonly ok: true; readonly kind: "none"; readonly why: NotAnItem; readonly sheet: string; readonly address: string };

/** Where the reason note of a row lives when the table has no 扣分说明 column. */
function noteCell(target: EntryTarget): string | undefined {
  return target.cells.reason === undefined ? (target.cells.deduction ?? target.cells.bonus ?? target.cells.score) : undefined;
}

/**
 * The item row under the selection, for the 录入 form: the unit, the rubric
 * item, its entry cells and what they hold — the reason note included.
 * `stored` is the workbook's rubric choice as the pane last read it (the
 * selection's read brings only the active sheet).
 * One round trip for the selection and its sheet (and, on hosts that mark
 * with comments, the comments' listing), one more for the note.
 */
export async function readSelectedEntry(stored: StoredChoice = NO_STORED_CHOICE): Promise<SelectedEntry | Failure> {
  const support = checkExcelSupport();
  if (!support.ok) return { ok: false, message: support.message ?? "" };
  try {
    return await Excel.run({ delayForCellEdit: true }, async (context): Promise<SelectedEntry> => {
      const comments = startComments(context, support.marks);
      const read = await readSelection(context, support.selectedRanges);
      const located = locateEntry(read.sheet, read.row, read.col, hostChoices({ sheets: [read.sheet] }, stored));
      const sheet = read.sheet.name;
      const address = `${sheet}!${toA1(read.row, read.col)}`;
      if (located.kind === "none") return { ok: true, kind: "none", why: located.why, sheet, address };
      const cell = noteCell(located.target);
      let target = located.target;
      if (cell !== undefined && support.marks !== "fill") {
        const observed = observeCells(context, [{ sheet, cell }], support, comments);
        await context.sync();
        const note = [...observed().cells.values()][0]?.note ?? "";
        target = { ...target, current: { ...target.current, reason: note } };
      }
      return { ok: true, kind: "item", target, address, protected: read.protected };
    });
  } catch (error) {
    return { ok: false, message: explainError(error) };
  }
}

