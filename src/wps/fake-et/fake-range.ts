// Range over the fake Excel's document model (src/preview/fake-excel): the
// same cells, merges, fills and comments, seen through ET's members.
import type { CellRange } from "../../core";
import { toA1 } from "../../core";
import type { FakeDocument, FakeSheet } from "../../preview/fake-excel/document";
import { rangeA1 } from "../../preview/fake-excel/document";
import type { EtComment, EtCount, EtFont, EtGrid, EtInterior, EtRange, EtValue } from "../et-model";
import { bgrToColor, colorToBgr, XL_NONE } from "../et-model";
import type { CallCounter } from "./strict";
import { strict } from "./strict";

const WHITE = 16777215;

export interface EtFakeContext {
  readonly doc: FakeDocument;
  readonly counter: CallCounter;
}

function cells(box: CellRange): { row: number; col: number }[] {
  const out: { row: number; col: number }[] = [];
  for (let row = box.top; row <= box.bottom; row++) for (let col = box.left; col <= box.right; col++) out.push({ row, col });
  return out;
}

function etValue(value: string | number | boolean | undefined): EtValue {
  return value === "" || value === undefined ? undefined : value;
}

class FakeInterior implements EtInterior {
  constructor(private readonly range: FakeEtRange) {}
  get Color(): number {
    const fill = this.range.first()?.fill;
    return fill ? colorToBgr(fill.color) : WHITE;
  }
  set Color(bgr: number) {
    this.range.each((cell) => (cell.fill = { color: bgrToColor(bgr), tint: 0 }));
  }
  get Pattern(): number {
    return this.range.first()?.fill ? 1 : XL_NONE;
  }
  set Pattern(pattern: number) {
    if (pattern === XL_NONE) this.range.each((cell) => delete cell.fill);
  }
}

class FakeFont implements EtFont {
  constructor(private readonly range: FakeEtRange) {}
  get Bold(): boolean {
    return this.range.first()?.bold === true;
  }
  set Bold(bold: boolean) {
    this.range.each((cell) => (cell.bold = bold));
  }
  Italic = false;
  Size = 11;
  Color = 0;
}

class FakeCount implements EtCount {
  constructor(readonly Count: number) {}
}

export class FakeEtRange implements EtRange {
  constructor(
    private readonly ctx: EtFakeContext,
    readonly sheet: FakeSheet,
    readonly box: CellRange,
  ) {}

  private wrap<T extends object>(type: string, target: T): T {
    return strict(type, target, this.ctx.counter);
  }
  first(): ReturnType<FakeSheet["cell"]> {
    return this.sheet.cell(this.box.top, this.box.left);
  }
  each(change: (cell: ReturnType<FakeSheet["edit"]>) => void): void {
    this.sheet.failIfProtected("edit");
    for (const { row, col } of cells(this.box)) change(this.sheet.edit(row, col));
    this.ctx.doc.notifyChanged();
  }
  private single(): boolean {
    return this.box.top === this.box.bottom && this.box.left === this.box.right;
  }
  private grid(read: (row: number, col: number) => EtValue): EtValue | EtGrid {
    if (this.single()) return read(this.box.top, this.box.left);
    const rows: EtGrid = [];
    for (let row = this.box.top; row <= this.box.bottom; row++) {
      const line: EtValue[] = [];
      for (let col = this.box.left; col <= this.box.right; col++) line.push(read(row, col));
      rows.push(line);
    }
    return rows;
  }
  private assign(value: EtValue | EtGrid, put: (row: number, col: number, v: EtValue) => void): void {
    this.sheet.failIfProtected("write");
    const grid = Array.isArray(value) ? value : null;
    for (const { row, col } of cells(this.box)) put(row, col, grid ? grid[row - this.box.top]?.[col - this.box.left] : (value as EtValue));
    this.ctx.doc.notifyChanged();
  }
  private put(row: number, col: number, v: EtValue): void {
    const cell = this.sheet.edit(row, col);
    delete cell.formula;
    const text = typeof v === "string" ? v : null;
    if (text !== null && text.startsWith("=") && cell.numberFormat !== "@") cell.formula = text;
    cell.value = v === null || v === undefined ? "" : v;
  }

  get Row(): number {
    return this.box.top + 1;
  }
  get Column(): number {
    return this.box.left + 1;
  }
  get Rows(): EtCount {
    return this.wrap("Rows", new FakeCount(this.box.bottom - this.box.top + 1));
  }
  get Columns(): EtCount {
    return this.wrap("Columns", new FakeCount(this.box.right - this.box.left + 1));
  }
  get Value2(): EtValue | EtGrid {
    return this.grid((row, col) => etValue(this.sheet.cell(row, col)?.value));
  }
  set Value2(value: EtValue | EtGrid) {
    this.assign(value, (row, col, v) => this.put(row, col, v));
  }
  /** A cell without a formula gives its value as Formula does in ET (and VBA). */
  get Formula(): EtValue | EtGrid {
    return this.grid((row, col) => {
      const cell = this.sheet.cell(row, col);
      return cell?.formula ?? (cell ? etValue(cell.value === "" ? "" : String(cell.value)) : undefined);
    });
  }
  set Formula(value: EtValue | EtGrid) {
    this.Value2 = value;
  }
  /** ET gives one code for a range whose cells share it, null for a mixed one (never a code per cell). */
  get NumberFormat(): string | string[][] | null {
    let shared: string | undefined;
    for (const { row, col } of cells(this.box)) {
      const format = this.sheet.cell(row, col)?.numberFormat ?? "General";
      if (shared === undefined) shared = format;
      else if (format !== shared) return null;
    }
    return shared ?? "General";
  }
  set NumberFormat(format: string | string[][] | null) {
    this.each((cell) => (cell.numberFormat = typeof format === "string" ? format : "@"));
  }
  private mergesIn(): CellRange[] {
    const b = this.box;
    return this.sheet.merges.filter((m) => m.top <= b.bottom && m.bottom >= b.top && m.left <= b.right && m.right >= b.left);
  }
  get MergeCells(): boolean | null {
    const merges = this.mergesIn();
    if (merges.length === 0) return false;
    // Merged areas never overlap: the cells they cover inside the box add up.
    const b = this.box;
    const covered = merges.reduce((sum, m) => sum + (Math.min(m.bottom, b.bottom) - Math.max(m.top, b.top) + 1) * (Math.min(m.right, b.right) - Math.max(m.left, b.left) + 1), 0);
    return covered === (b.bottom - b.top + 1) * (b.right - b.left + 1) ? true : null;
  }
  get MergeArea(): EtRange {
    const { top, left } = this.box;
    const area = this.sheet.merges.find((m) => top >= m.top && top <= m.bottom && left >= m.left && left <= m.right);
    return this.wrap("Range", new FakeEtRange(this.ctx, this.sheet, area ?? { top, left, bottom: top, right: left }));
  }
  Address(): string {
    return rangeA1(this.box);
  }
  get Interior(): EtInterior {
    return this.wrap("Interior", new FakeInterior(this));
  }
  get Font(): EtFont {
    return this.wrap("Font", new FakeFont(this));
  }
  get Comment(): EtComment | null {
    const found = this.ctx.doc.comments.find((c) => c.sheet === this.sheet && c.row === this.box.top && c.col === this.box.left);
    if (!found) return null;
    const doc = this.ctx.doc;
    return this.wrap("Comment", {
      Text(text?: string): string {
        if (text !== undefined) found.content = text;
        return found.content;
      },
      Delete(): void {
        doc.comments = doc.comments.filter((c) => c !== found);
      },
    });
  }
  AddComment(text: string): EtComment {
    this.sheet.failIfProtected("comment");
    if (this.ctx.doc.comments.some((c) => c.sheet === this.sheet && c.row === this.box.top && c.col === this.box.left)) throw new Error(`ET: ${toA1(this.box.top, this.box.left)} already has a comment`);
    this.ctx.doc.addComment(this.sheet, this.box.top, this.box.left, text);
    this.ctx.doc.notifyChanged();
    return this.Comment as EtComment;
  }
  ClearComments(): void {
    this.sheet.failIfProtected("comment");
    const b = this.box;
    this.ctx.doc.comments = this.ctx.doc.comments.filter((c) => c.sheet !== this.sheet || c.row < b.top || c.row > b.bottom || c.col < b.left || c.col > b.right);
  }
  Clear(): void {
    this.sheet.failIfProtected("clear");
    for (const { row, col } of cells(this.box)) this.sheet.rows.get(row)?.delete(col);
    this.ClearComments();
  }
  Select(): void {
    this.ctx.doc.select(this.sheet.name, rangeA1(this.box));
  }
  get ColumnWidth(): number {
    return (this.sheet.columnWidths.get(this.box.left) ?? 8.43 * 7) / 7;
  }
  set ColumnWidth(width: number) {
    for (let col = this.box.left; col <= this.box.right; col++) this.sheet.columnWidths.set(col, width * 7);
  }
  HorizontalAlignment = 1;
  WrapText = false;
}
