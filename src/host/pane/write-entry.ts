import type { HostFailure, HostPort, NoteWrite } from "../port";
import type { EntryWrite } from "./plan-entry";
import { noteWithReason } from "./plan-entry";

export type EntryWritten = { readonly ok: true; readonly written: number; readonly note: "written" | "unsupported" | "none" } | HostFailure;

/** The refusal when the entry's sheet is protected: nothing is written. */
function refused(sheet: string): HostFailure {
  return { ok: false, protected: true, message: `工作表“${sheet}”受保护，未写入 / The sheet is protected; nothing was written` };
}

/**
 * Writes what the 录入 form planned (planEntry): the entry cells, and the
 * reason into its column or a note. The user's own note lines stay; an
 * older reason is replaced. One "write" session (one undo step where the
 * host can): the sheet's protection (a read without cells), the note as it
 * is, then every write at once — Excel: two syncs, the note observed with
 * the protection (three when the workbook holds threaded comments: they are
 * listed, then located).
 */
export async function writeEntry(host: HostPort, plan: EntryWrite): Promise<EntryWritten> {
  const noteAt = plan.note && host.capabilities.marks !== "fill" ? plan.note : undefined;
  return host.session("write", async (session): Promise<EntryWritten> => {
    const noteCell = noteAt ? [{ sheet: plan.sheet, cell: noteAt.cell }] : [];
    const read = await session.read({ sheets: [plan.sheet], merges: false, cells: false, ...(noteAt ? { observe: noteCell } : {}) });
    if (read.protectedSheets.has(plan.sheet)) return refused(plan.sheet);
    const notes: NoteWrite[] = [];
    if (noteAt) {
      const observed = read.observed ?? (await session.observe(noteCell));
      const existing = [...observed.values()][0]?.note ?? null;
      const text = noteWithReason(existing, noteAt.reason);
      const ref = { sheet: plan.sheet, cell: noteAt.cell };
      if (existing !== null && text === null) notes.push({ ...ref, op: "delete", text: "" });
      else if (existing !== null && text !== null) notes.push({ ...ref, op: "update", text });
      else if (text !== null) notes.push({ ...ref, op: "add", text });
    }
    const applied = await session.apply({ cells: plan.cells.map((c) => ({ sheet: plan.sheet, ...c })), hiddenTables: [], fills: [], notes });
    // A comment refused where the cell keeps a note this Excel cannot see: the reason is not written, as on a host without notes.
    const refusedNote = applied !== undefined && applied.notesNotAdded > 0;
    return { ok: true, written: plan.cells.length, note: plan.note === undefined ? "none" : noteAt && !refusedNote ? "written" : "unsupported" };
  });
}
