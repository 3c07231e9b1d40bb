import { explainError } from "../explain-error";
import { observeCells } from "../marks/observe-cells";
import { startComments } from "../marks/observe-comments";
import { checkExcelSupport, runOptions } from "../requirements";
import type { Failure } from "../run-actions";
import type { EntryWrite } from "./plan-entry";
import { noteWithReason } from "./plan-entry";

export type EntryWritten =
  | { readonly ok: true; readonly written: number; readonly note: "written" | "unsupported" | "none" }
  | (Failure & { readonly protected?: boolean });

/**
 * Writes what the 录入 form planned (planEntry): the entry cells, and the
 * reason into its column or a note. The user's own note lines stay; an
 * older reason is replaced. Three round trips: protection (and the comments'
 * listing on comment hosts), the note as it is, then every write at once.
 * One undo step where the host has ExcelApi 1.20.
 */
export async function writeEntry(plan: EntryWrite): Promise<EntryWritten> {
  const support = checkExcelSupport();
  if (!support.ok) return { ok: false, message: support.message ?? "" };
  try {
    return await Excel.run(runOptions(support), async (context): Promise<EntryWritten> => {
      const sheet = context.workbook.worksheets.getItem(plan.sheet);
      const comments = plan.note && support.marks === "comment" ? startComments(context, support.marks) : undefined;
      sheet.protection.load("protected");
      await context.sync();
      if (sheet.protection.protected) {
        return { ok: false, protected: true, message: `工作表“${plan.sheet}”受保护，未写入 / The sheet is protected; nothing was written` };
      }
      const note = plan.note && support.marks !== "fill" ? plan.note : undefined;
      const observed = note ? observeCells(context, [{ sheet: plan.sheet, cell: note.cell }], support, comments) : undefined;
      await context.sync();
      for (const { cell, value } of plan.cells) sheet.getRange(cell).values = [[value]];
      if (note) {
        const existing = [...(observed?.().notes.values() ?? [])][0] ?? null;
        const text = noteWithReason(existing?.content ?? null, note.reason);
        if (existing && text === null) existing.delete();
        else if (existing && text !== null) existing.content = text;
        else if (text !== null && support.marks === "note") sheet.notes.add(sheet.getRange(note.cell), text);
        else if (text !== null) context.workbook.comments.add(sheet.getRange(note.cell), text);
      }
      await context.sync();
      return { ok: true, written: plan.cells.length, note: plan.note === undefined ? "none" : note ? "written" : "unsupported" };
    });
  } catch (error) {
    return { ok: false, message: explainError(error) };
  }
}
