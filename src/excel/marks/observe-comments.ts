import { splitSheetAddress } from "../parse-address";
import { cellKey } from "../../host/port";

/**
 * Where the workbook's comments are, for hosts that mark with comments
 * (ExcelApi 1.10 without 1.18's notes). A comment has no address, only
 * getLocation(), and there is no getItemByCellOrNullObject — getItemByCell
 * throws ItemNotFound and would fail the whole batch — so the comments are
 * listed in one sync and located in the next.
 */
export interface CommentsProbe {
  /** After the listing sync: how many comments the workbook holds (none: nothing to locate). */
  readonly listed: number;
  /** Queues getLocation() for every listed comment; call after the listing sync. */
  locate(): void;
  /** After the locating sync: the comment on a cell, if any. */
  at(sheet: string, cell: string): Excel.Comment | undefined;
  /** After the locating sync: each commented cell (cellKey) with its comment's text. */
  contents(): Map<string, string>;
}

/** Queue this before the first sync of the action: the listing rides on it. */
export function probeComments(context: Excel.RequestContext): CommentsProbe {
  const comments = context.workbook.comments;
  comments.load("items/content");
  let found: { comment: Excel.Comment; range: Excel.Range }[] = [];
  let byCell: Map<string, Excel.Comment> | undefined;
  const located = (): Map<string, Excel.Comment> => {
    if (!byCell) {
      byCell = new Map();
      for (const { comment, range } of found) {
        const where = splitSheetAddress(range.address);
        if (where) byCell.set(cellKey({ sheet: where.sheet, cell: where.cell }), comment);
      }
    }
    return byCell;
  };
  return {
    get listed() {
      return comments.items.length;
    },
    locate() {
      found = comments.items.map((comment) => {
        const range = comment.getLocation();
        range.load("address");
        return { comment, range };
      });
    },
    at(sheet, cell) {
      return located().get(cellKey({ sheet, cell }));
    },
    contents() {
      return new Map([...located()].map(([key, comment]) => [key, comment.content]));
    },
  };
}

/**
 * The probe where the host marks with comments — and where it marks with
 * notes too: a cell holds a note or a threaded comment, never both, so a note
 * added where a user's comment is fails the whole batch. Seen by observe, the
 * user's comment counts as a note that is not Kaohe's: the cell is shaded only.
 */
export function startComments(context: Excel.RequestContext, kind: string): CommentsProbe | undefined {
  return kind === "comment" || kind === "note" ? probeComments(context) : undefined;
}
