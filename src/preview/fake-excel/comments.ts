// Workbook.comments (ExcelApi 1.10): threaded comments, found by id or by
// cell; a comment has no address of its own, only getLocation().
import { toA1 } from "../../core";
import { cellOf, singleCell } from "./cell-address";
import type { LoadSpec, QueueContext } from "./client-object";
import { ClientObject } from "./client-object";
import type { FakeCommentData } from "./document";
import { FakeOfficeError } from "./errors";
import { FakeRange } from "./range";

export class FakeComment extends ClientObject<FakeCommentData> {
  protected readonly loadable = ["content", "id"] as const;

  constructor(context: QueueContext, resolver: () => FakeCommentData | null) {
    super(context, "Comment", resolver);
  }

  protected readProperty(c: FakeCommentData, name: string): unknown {
    return name === "content" ? c.content : c.id;
  }

  get id(): string {
    return this.property("id");
  }
  get content(): string {
    return this.property("content");
  }
  set content(value: string) {
    this.context.enqueue(() => {
      const c = this.live("content");
      c.sheet.failIfProtected("editing a comment");
      c.content = value;
      this.context.doc.writes.push({ sync: this.context.syncCount, kind: "comment", sheet: c.sheet.name });
    });
  }

  private live(action: string): FakeCommentData {
    const c = this.requireTarget(action);
    if (!this.context.doc.comments.includes(c)) throw new FakeOfficeError("ItemNotFound", `comment ${c.id} is gone`);
    return c;
  }

  delete(): void {
    this.context.enqueue(() => {
      const c = this.live("delete");
      c.sheet.failIfProtected("deleting a comment");
      this.context.doc.comments = this.context.doc.comments.filter((x) => x !== c);
      this.context.doc.writes.push({ sync: this.context.syncCount, kind: "comment", sheet: c.sheet.name });
    });
  }

  getLocation(): FakeRange {
    return new FakeRange(
      this.context,
      this.childOf("getLocation", (c) => ({ sheet: c.sheet, box: { top: c.row, left: c.col, bottom: c.row, right: c.col } })),
    );
  }
}

export class FakeCommentCollection extends ClientObject<readonly FakeCommentData[]> {
  protected readonly loadable = ["items"] as const;
  private readonly itemProperties = new Set<string>();

  /** Workbook.comments needs ExcelApi 1.10: FakeWorkbook checks before making one. */
  constructor(context: QueueContext) {
    super(context, "CommentCollection", () => context.doc.comments);
  }

  protected readProperty(comments: readonly FakeCommentData[]): unknown {
    return comments.map((c) => {
      const item = new FakeComment(this.context, () => c);
      item.preload(Object.fromEntries([...this.itemProperties].map((p) => [p, p === "content" ? c.content : c.id])));
      return item;
    });
  }

  /** "items/content": each item arrives with those properties loaded. */
  override load(spec?: LoadSpec): this {
    for (const name of this.loadNames(spec)) {
      const prop = name.split("/")[1];
      for (const p of prop === undefined ? ["content", "id"] : [prop]) {
        if (p !== "content" && p !== "id") throw new FakeOfficeError("InvalidArgument", `Comment has no loadable property "${p}"`);
        this.itemProperties.add(p);
      }
    }
    return super.load("items");
  }

  get items(): FakeComment[] {
    return this.property("items");
  }

  /** getItemByCell throws ItemNotFound for a cell without a comment (there is no OrNullObject form). */
  getItemByCell(cellAddress: FakeRange): FakeComment {
    return new FakeComment(this.context, () => {
      const cell = singleCell(cellAddress.resolvedTarget(), "comments.getItemByCell");
      const found = this.context.doc.comments.find((c) => c.sheet === cell.sheet && c.row === cell.row && c.col === cell.col);
      if (!found) throw new FakeOfficeError("ItemNotFound", "no comment on that cell");
      return found;
    });
  }

  /** A cell holds one thread: adding a second is refused. */
  add(cellAddress: FakeRange | string, content: string): FakeComment {
    let added: FakeCommentData | undefined;
    this.context.enqueue(() => {
      const doc = this.context.doc;
      const cell =
        typeof cellAddress === "string"
          ? (() => {
              // A string must carry the sheet (CommentCollection.add docs).
              const bang = cellAddress.lastIndexOf("!");
              const sheet = bang < 0 ? undefined : doc.sheet(cellAddress.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'"));
              if (!sheet) throw new FakeOfficeError("InvalidArgument", `comments.add: "${cellAddress}" names no sheet`);
              return cellOf(sheet, cellAddress.slice(bang + 1), "comments.add");
            })()
          : singleCell(cellAddress.resolvedTarget(), "comments.add");
      cell.sheet.failIfProtected("adding a comment");
      if (doc.comments.some((c) => c.sheet === cell.sheet && c.row === cell.row && c.col === cell.col)) {
        throw new FakeOfficeError("InvalidArgument", "comments.add: the cell already has a comment");
      }
      // One note or one threaded comment per cell (strict.ts).
      if (cell.sheet.notes.has(toA1(cell.row, cell.col))) throw new FakeOfficeError("InvalidOperation", "comments.add: the cell holds a note");
      added = doc.addComment(cell.sheet, cell.row, cell.col, content);
      doc.writes.push({ sync: this.context.syncCount, kind: "comment", sheet: cell.sheet.name });
    });
    return new FakeComment(this.context, () => {
      if (!added) throw new FakeOfficeError("InvalidObjectPath", "comment used before its add() ran");
      return added;
    });
  }
}
