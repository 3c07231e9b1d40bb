// The rules by which real Excel refuses what an add-in asks, gathered so each
// cites where it comes from. The proxies call these; test/excel/fake-strict.test.ts
// shows each one failing as the host does.
//
//  - Payload: "Excel on the web has a payload size limit for requests and
//    responses of 5MB" — Resource limits and performance optimization for
//    Office Add-ins (learn.microsoft.com/office/dev/add-ins/concepts/
//    resource-limits-and-performance-optimization#excel-add-ins). Exceeding it
//    raises RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded.
//  - Merged areas: Range.getMergedAreasOrNullObject — "If the merged areas
//    count in this range is more than 512, then this method will fail to
//    return the result" (Excel.Range reference, ExcelApi 1.13).
//  - Very hidden sheets cannot be deleted (office-js#365: "by design"; the
//    worksheets article's note on Worksheet.delete). See document.ts.
//  - Undo: "If an API within the group doesn't offer undo support, the
//    UndoNotSupported error is thrown"; outside a group such an API clears
//    the user's undo stack (Undo capabilities article, ExcelApi 1.20; its
//    table lists Worksheet.delete and Worksheet.visibility). Reading merged
//    areas clears the undo stack on Windows (office-js#5918).
//  - Workbook structure protection (WorkbookProtection, ExcelApi 1.7; "Protect
//    a workbook" in Excel's help): no sheet is added, deleted, renamed, hidden
//    or unhidden. See document.ts.
//  - One note or one threaded comment per cell, never both ("The difference
//    between threaded comments and notes", Excel help: a cell with a comment
//    offers no New Note, and the reverse). See notes.ts and comments.ts.
//  - Workbook.getSelectedRange: "If multiple ranges are selected, this method
//    will throw an error" (Excel.Workbook reference). See worksheet.ts.
//  - The loaded office.js can be older than the host: the npm
//    @microsoft/office-js 1.1.110 (2022) has no Worksheet.notes (1.18) and no
//    RunOptions.mergeUndoGroup (1.20), while isSetSupported answers for the
//    host (issue 12). A missing proxy property reads as undefined; an unknown
//    Excel.run option is dropped without a word.
import type { QueueContext } from "./client-object";
import type { FakeDocument } from "./document";
import { FakeOfficeError } from "./errors";

/** The newest ExcelApi set the npm office.js 1.1.110 has proxies for (before notes, 1.18). */
export const NPM_OFFICE_JS_API = 17;

export const MAX_MERGED_AREAS = 512;

/** Whether the loaded office.js has the proxies of ExcelApi 1.`minor`. */
export function libraryHas(doc: FakeDocument, minor: number): boolean {
  return doc.libraryApi >= minor;
}

/**
 * An API Excel cannot undo, at sync: refused inside a mergeUndoGroup run,
 * otherwise it clears the user's undo stack (recorded in doc.undoClears).
 */
export function undoUnsupported(context: QueueContext, api: string): void {
  if (context.undoGroup) throw new FakeOfficeError("UndoNotSupported", `${api} does not support undo and cannot run inside an undo group`);
  context.doc.undoClears.push(api);
}

/** JSON size of what a request sends or a response returns. */
export function jsonBytes(value: unknown): number {
  // UTF-8, as the payload travels: a CJK character is 3 bytes, not 1.
  const text = JSON.stringify(value) ?? "";
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x800) bytes += code >= 0xd800 && code <= 0xdfff ? 1 : 2;
    else if (code >= 0x80) bytes += 1;
  }
  return bytes;
}

export function checkRequest(doc: FakeDocument, bytes: number): void {
  if (bytes > doc.payloadLimitBytes) throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", `${bytes} bytes in one request (limit ${doc.payloadLimitBytes})`);
}

export function checkResponse(doc: FakeDocument, bytes: number): void {
  if (bytes > doc.payloadLimitBytes) throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", `${bytes} bytes in one response (limit ${doc.payloadLimitBytes})`);
}
