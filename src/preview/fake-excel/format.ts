// Excel.RangeFormat and what hangs off it (font, fill, borders) as far as
// Kaohe formats cells: every setter lands on each cell of the range at
// sync; fill.color reads back as Excel gives it, "#FFFFFF" for no fill.
import type { CellRange } from "../../core";
import type { QueueContext } from "./client-object";
import { ClientObject, requireApi } from "./client-object";
import type { FakeCell, FakeSheet, WriteRecord } from "./document";
import { FakeOfficeError } from "./errors";

export interface RangeTarget {
  readonly sheet: FakeSheet;
  readonly box: CellRange;
}

type Resolver = () => RangeTarget | null;

/** Queues `apply` on every cell of the range, failing on a protected sheet as Excel does. */
function setOnCells(context: QueueContext, target: () => RangeTarget, what: string, kind: WriteRecord["kind"], apply: (cell: FakeCell) => void): void {
  context.enqueue(() => {
    const t = target();
    t.sheet.failIfProtected(`setting ${what}`);
    for (let r = t.box.top; r <= t.box.bottom; r++) for (let c = t.box.left; c <= t.box.right; c++) apply(t.sheet.edit(r, c));
    context.doc.writes.push({ sync: context.syncCount, kind, sheet: t.sheet.name, box: t.box });
  });
}

function setFormat(cell: FakeCell, name: string, value: string | number | boolean): void {
  cell.format = { ...cell.format, [name]: value };
}

/** The one value every cell of the range shares, else null (Excel's "not uniform"). */
function uniform<V>(t: RangeTarget, read: (cell: FakeCell | undefined) => V): V | null {
  let first: { value: V } | undefined;
  for (let r = t.box.top; r <= t.box.bottom; r++) {
    for (let c = t.box.left; c <= t.box.right; c++) {
      const value = read(t.sheet.cell(r, c));
      if (!first) first = { value };
      else if (first.value !== value) return null;
    }
  }
  return first ? first.value : null;
}

abstract class RangePart extends ClientObject<RangeTarget> {
  protected constructor(context: QueueContext, typeName: string, resolver: Resolver) {
    super(context, typeName, resolver);
  }

  protected set(what: string, kind: WriteRecord["kind"], apply: (cell: FakeCell) => void): void {
    setOnCells(this.context, () => this.requireTarget(what), what, kind, apply);
  }
}

export class FakeRangeFormat extends RangePart {
  protected readonly loadable = ["wrapText", "horizontalAlignment", "verticalAlignment", "columnWidth"] as const;
  readonly font: FakeRangeFont;
  readonly fill: FakeRangeFill;
  readonly borders: FakeRangeBorders;

  constructor(context: QueueContext, resolver: Resolver) {
    super(context, "RangeFormat", resolver);
    this.font = new FakeRangeFont(context, this.childOf("font", (t) => t));
    this.fill = new FakeRangeFill(context, this.childOf("fill", (t) => t));
    this.borders = new FakeRangeBorders(context, this.childOf("borders", (t) => t));
  }

  protected readProperty(t: RangeTarget, name: string): unknown {
    return uniform(t, (cell) => cell?.format?.[name] ?? null);
  }

  autofitColumns(): void {
    requireApi(this.context.doc, 2, "RangeFormat.autofitColumns");
    this.context.enqueue(() => void this.requireTarget("autofitColumns"));
  }

  set wrapText(value: boolean) {
    this.set("wrapText", "format", (cell) => setFormat(cell, "wrapText", value));
  }
  set horizontalAlignment(value: string) {
    this.set("horizontalAlignment", "format", (cell) => setFormat(cell, "horizontalAlignment", value));
  }
  set verticalAlignment(value: string) {
    this.set("verticalAlignment", "format", (cell) => setFormat(cell, "verticalAlignment", value));
  }
  /** Sets the width of every column of the range (ExcelApi 1.2), in points. */
  set columnWidth(value: number) {
    requireApi(this.context.doc, 2, "RangeFormat.columnWidth");
    this.context.enqueue(() => {
      const t = this.requireTarget("columnWidth");
      t.sheet.failIfProtected("setting columnWidth");
      if (!(value >= 0)) throw new FakeOfficeError("InvalidArgument", `columnWidth ${value}`);
      for (let c = t.box.left; c <= t.box.right; c++) t.sheet.columnWidths.set(c, value);
      this.context.doc.writes.push({ sync: this.context.syncCount, kind: "format", sheet: t.sheet.name, box: t.box });
    });
  }
}

export class FakeRangeFont extends RangePart {
  protected readonly loadable = ["bold", "size", "italic", "color"] as const;

  constructor(context: QueueContext, resolver: Resolver) {
    super(context, "RangeFont", resolver);
  }

  protected readProperty(t: RangeTarget, name: string): unknown {
    if (name === "bold") return t.sheet.cell(t.box.top, t.box.left)?.bold ?? false;
    return uniform(t, (cell) => cell?.format?.[`font.${name}`] ?? null);
  }

  get bold(): boolean {
    return this.property("bold");
  }
  set bold(value: boolean) {
    this.set("bold", "bold", (cell) => (cell.bold = value));
  }
  set size(value: number) {
    this.set("font.size", "format", (cell) => setFormat(cell, "font.size", value));
  }
  set italic(value: boolean) {
    this.set("font.italic", "format", (cell) => setFormat(cell, "font.italic", value));
  }
  set color(value: string) {
    this.set("font.color", "format", (cell) => setFormat(cell, "font.color", value));
  }
}

/** Excel reads "#FFFFFF" for a cell with no fill (office-js#6218) and a null tintAndShade (office-js#4900). */
const NO_FILL_COLOR = "#FFFFFF";
const HEX = /^#[0-9A-Fa-f]{6}$/;

export class FakeRangeFill extends RangePart {
  protected readonly loadable = ["color", "tintAndShade"] as const;

  constructor(context: QueueContext, resolver: Resolver) {
    super(context, "RangeFill", resolver);
  }

  protected override loadNames(spec: string | string[] | undefined): string[] {
    const names = super.loadNames(spec);
    if (names.includes("tintAndShade")) requireApi(this.context.doc, 9, "RangeFill.tintAndShade");
    return names;
  }

  protected readProperty(t: RangeTarget, name: string): unknown {
    if (name === "color") return uniform(t, (cell) => cell?.fill?.color ?? NO_FILL_COLOR);
    return uniform(t, (cell) => (cell?.fill ? cell.fill.tint : null));
  }

  get color(): string {
    return this.property("color");
  }
  set color(value: string) {
    if (!HEX.test(value)) throw new FakeOfficeError("InvalidArgument", `fill colour "${value}": the fake takes #RRGGBB only`);
    this.set("fill.color", "fill", (cell) => (cell.fill = { color: value.toUpperCase(), tint: 0 }));
  }
  get tintAndShade(): number | null {
    return this.property("tintAndShade");
  }
  set tintAndShade(value: number) {
    requireApi(this.context.doc, 9, "RangeFill.tintAndShade");
    this.set("fill.tintAndShade", "fill", (cell) => {
      if (!cell.fill) throw new FakeOfficeError("InvalidOperation", "tintAndShade on a cell with no fill");
      cell.fill = { ...cell.fill, tint: value };
    });
  }

  /** No fill at all, which is not white. */
  clear(): void {
    this.set("fill.clear", "fill", (cell) => delete cell.fill);
  }
}

const BORDER_INDEXES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal", "DiagonalDown", "DiagonalUp"];

export class FakeRangeBorders {
  constructor(
    private readonly context: QueueContext,
    private readonly resolver: Resolver,
  ) {}

  getItem(index: string): FakeRangeBorder {
    if (!BORDER_INDEXES.includes(index)) throw new FakeOfficeError("InvalidArgument", `border index "${index}"`);
    return new FakeRangeBorder(this.context, this.resolver, index);
  }
}

export class FakeRangeBorder extends RangePart {
  protected readonly loadable = ["style", "color"] as const;

  constructor(
    context: QueueContext,
    resolver: Resolver,
    private readonly index: string,
  ) {
    super(context, "RangeBorder", resolver);
  }

  protected readProperty(t: RangeTarget, name: string): unknown {
    return uniform(t, (cell) => cell?.format?.[`border.${this.index}.${name}`] ?? null);
  }

  /**
   * What Excel does with an inside border on a range without an inside (one
   * row, one column) is undocumented: the fake refuses it, so the adapter
   * must not rely on it.
   */
  private setBorder(name: string, value: string): void {
    this.context.enqueue(() => {
      const { box } = this.requireTarget("border");
      if ((this.index === "InsideHorizontal" && box.top === box.bottom) || (this.index === "InsideVertical" && box.left === box.right)) {
        throw new FakeOfficeError("InvalidArgument", `${this.index} on a range without an inside`);
      }
    });
    this.set(`border ${this.index}`, "format", (cell) => setFormat(cell, `border.${this.index}.${name}`, value));
  }

  set style(value: string) {
    this.setBorder("style", value);
  }
  set color(value: string) {
    this.setBorder("color", value);
  }
}
