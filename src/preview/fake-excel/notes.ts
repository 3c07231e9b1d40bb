// Worksheet.notes (ExcelApi 1.18): the classic cell notes, keyed by cell.
import { toA1 } from "../../core";
import { cellOf, singleCell } from "./cell-address";
import type { QueueContext } from "./client-object";
import { ClientObject } from "./client-object";
import type { FakeNoteData, FakeSheet } from "./document";
import { FakeOfficeError } from "./errors";
import type { FakeRange } from "./range";

interface NoteTarget {
  readonly sheet: FakeSheet;
  readonly address: string;
  readonly note: FakeNoteData;
}

export class FakeNote extends ClientObject<NoteTarget> {
  protected readonly loadable = ["content", "authorName"] as const;

  constructor(context: QueueContext, resolver: () => NoteTarget | null) {
    super(context, "Note", resolver);
  }

  protected readProperty(t: NoteTarget, name: string): unknown {
    return name === "content" ? t.note.content : t.note.authorName;
  }

  get authorName(): string {
    return this.property("authorName");
  }
  get content(): string {
    return this.property("content");
  }
  set content(value: string) {
    this.context.enqueue(() => {
      const t = this.requireTarget("content");
      t.sheet.failIfProtected("editing a note");
      t.note.content = value;
      this.context.doc.writes.push({ sync: this.context.syncCount, kind: "note", sheet: t.sheet.name });
    });
  }

  delete(): void {
    this.context.enqueue(() => {
      const t = this.requireTarget("delete");
      t.sheet.failIfProtected("deleting a note");
      if (t.sheet.notes.get(t.address) !== t.note) throw new FakeOfficeError("ItemNotFound", `the note on ${t.address} is gone`);
      t.sheet.notes.delete(t.address);
      this.context.doc.writes.push({ sync: this.context.syncCount, kind: "note", sheet: t.sheet.name });
    });
  }
}

export class FakeNoteCollection {
  constructor(
    private readonly context: QueueContext,
    private readonly sheet: () => FakeSheet,
  ) {}

  private find(key: string): NoteTarget | null {
    const sheet = this.sheet();
    const { row, col } = cellOf(sheet, key, "notes.getItem");
    const address = toA1(row, col);
    const note = sheet.notes.get(address);
    return note ? { sheet, address, note } : null;
  }

  getItemOrNullObject(key: string): FakeNote {
    return new FakeNote(this.context, () => this.find(key));
  }

  getItem(key: string): FakeNote {
    return new FakeNote(this.context, () => {
      const found = this.find(key);
      if (!found) throw new FakeOfficeError("ItemNotFound", `no note on ${key}`);
      return found;
    });
  }

  /**
   * What Excel does when the cell already has a note is undocumented: the
   * fake refuses, so the adapter must look first.
   */
  add(cellAddress: FakeRange | string, content: string): FakeNote {
    let added: NoteTarget | undefined;
    this.context.enqueue(() => {
      const sheet = this.sheet();
      const cell = typeof cellAddress === "string" ? cellOf(sheet, cellAddress, "notes.add") : singleCell(cellAddress.resolvedTarget(), "notes.add");
      if (cell.sheet !== sheet) throw new FakeOfficeError("InvalidArgument", "notes.add: a cell of another sheet");
      sheet.failIfProtected("adding a note");
      const address = toA1(cell.row, cell.col);
      if (sheet.notes.has(address)) throw new FakeOfficeError("InvalidArgument", `notes.add: ${address} already has a note`);
      // One note or one threaded comment per cell (strict.ts).
      if (this.context.doc.comments.some((c) => c.sheet === sheet && c.row === cell.row && c.col === cell.col)) {
        throw new FakeOfficeError("InvalidOperation", `notes.add: ${address} holds a threaded comment`);
      }
      const note = { content, authorName: "Kaohe test" };
      sheet.notes.set(address, note);
      added = { sheet, address, note };
      this.context.doc.writes.push({ sync: this.context.syncCount, kind: "note", sheet: sheet.name });
    });
    return new FakeNote(this.context, () => {
      if (!added) throw new FakeOfficeError("InvalidObjectPath", "note used before its add() ran");
      return added;
    });
  }
}
