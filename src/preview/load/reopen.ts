import { parseA1 } from "../../core";
import type { FakeDocument } from "../fake-excel";
import { FakeDocument as Document, parseBox } from "../fake-excel";

/**
 * The workbook as if saved and opened again: a new document holding only
 * what the file would keep — every sheet (Kaohe's very hidden ones too),
 * cells, merges, notes, comments and charts — and none of the page's state.
 * The preview's 保存并重新打开 uses it to show that what Kaohe stores
 * (the rubric choice, the ledger, the marks record) lives in the workbook.
 */
export function reopenDocument(doc: FakeDocument): FakeDocument {
  const copy = new Document();
  let comment = 0;
  for (const s of doc.snapshot()) {
    const sheet = copy.addSheet(s.name);
    sheet.visibility = s.visibility;
    sheet.merges = s.merges.map(parseBox);
    for (const [a1, cell] of s.cells) {
      const pos = parseA1(a1);
      if (pos) Object.assign(sheet.edit(pos.row, pos.col), cell);
    }
    for (const [a1, content] of s.notes) sheet.notes.set(a1, { content, authorName: "Kaohe" });
    for (const [a1, content] of s.comments) {
      const pos = parseA1(a1);
      if (pos) copy.comments.push({ id: `reopened-${(comment += 1)}`, sheet, row: pos.row, col: pos.col, content });
    }
    sheet.charts = s.charts.map((c) => ({ ...c }));
    const original = doc.sheet(s.name);
    original?.columnWidths.forEach((width, col) => sheet.columnWidths.set(col, width));
    sheet.isProtected = original?.isProtected ?? false;
  }
  return copy;
}
