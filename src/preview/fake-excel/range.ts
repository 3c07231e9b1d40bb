// Excel.Range, Excel.RangeAreas and the bits of Excel.RangeFormat Kaohe uses.
import type { CellRange } from "../../core";
import type { RangeTarget } from "./format";
import { applyInput, checkShape } from "./cell-input";
import type { QueueContext } from "./client-object";
import { ClientObject, requireApi } from "./client-object";
import type { FakeSheet } from "./document";
import { isBlank, rangeA1, sheetAddress } from "./document";
import { FakeOfficeError } from "./errors";
import { MAX_MERGED_AREAS } from "./strict";
import { FakeRangeFormat } from "./format";

export type { RangeTarget } from "./format";

/** Excel on the web refuses to read more cells than this in one response. */
const MAX_READ_CELLS = 5_000_000;
/** getMergedAreasOrNullObject fails above this many areas (ExcelApi docs). */

function area(box: CellRange): number {
  return (box.bottom - box.top + 1) * (box.right - box.left + 1);
}

function grid<V>(t: RangeTarget, read: (row: number, col: number) => V): V[][] {
  if (area(t.box) > MAX_READ_CELLS) throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", `${area(t.box)} cells in one read`);
  const rows: V[][] = [];
  for (let r = t.box.top; r <= t.box.bottom; r++) {
    const row: V[] = [];
    for (let c = t.box.left; c <= t.box.right; c++) row.push(read(r, c));
    rows.push(row);
  }
  return rows;
}

export class FakeRange extends ClientObject<RangeTarget> {
  protected readonly loadable = ["values", "formulas", "numberFormat", "rowIndex", "columnIndex", "rowCount", "columnCount", "address"] as const;
  readonly format: FakeRangeFormat;

  constructor(context: QueueContext, resolver: () => RangeTarget | null) {
    super(context, "Range", resolver);
    this.format = new FakeRangeFormat(context, this.childOf("format", (t) => t));
  }

  protected readProperty(t: RangeTarget, name: string): unknown {
    const cell = (r: number, c: number) => t.sheet.cell(r, c);
    switch (name) {
      case "values":
        return grid(t, (r, c) => cell(r, c)?.value ?? "");
      case "formulas":
        return grid(t, (r, c) => cell(r, c)?.formula ?? cell(r, c)?.value ?? "");
      case "numberFormat":
        return grid(t, (r, c) => cell(r, c)?.numberFormat ?? "General");
      case "rowIndex":
        return t.box.top;
      case "columnIndex":
        return t.box.left;
      case "rowCount":
        return t.box.bottom - t.box.top + 1;
      case "columnCount":
        return t.box.right - t.box.left + 1;
      default:
        return sheetAddress(t.sheet.name, t.box);
    }
  }

  get values(): unknown[][] {
    return this.property("values");
  }
  set values(input: unknown[][]) {
    this.assign("values", input, (cell, v) => applyInput(cell, v));
  }
  get formulas(): unknown[][] {
    return this.property("formulas");
  }
  set formulas(input: unknown[][]) {
    this.assign("formulas", input, (cell, v) => applyInput(cell, v));
  }
  get numberFormat(): unknown[][] {
    return this.property("numberFormat");
  }
  set numberFormat(input: unknown[][]) {
    this.assign("numberFormat", input, (cell, v) => {
      if (typeof v === "string") cell.numberFormat = v;
    });
  }
  get rowIndex(): number {
    return this.property("rowIndex");
  }
  get columnIndex(): number {
    return this.property("columnIndex");
  }
  get rowCount(): number {
    return this.property("rowCount");
  }
  get columnCount(): number {
    return this.property("columnCount");
  }
  get address(): string {
    return this.property("address");
  }

  private assign(property: "values" | "formulas" | "numberFormat", input: unknown, apply: (cell: ReturnType<FakeSheet["edit"]>, v: unknown) => void): void {
    this.context.enqueue(() => {
      const t = this.requireTarget(property);
      const rows = checkShape(input, t.box, property);
      t.sheet.failIfProtected(`setting ${property}`);
      rows.forEach((row, r) => row.forEach((v, c) => v !== null && apply(t.sheet.edit(t.box.top + r, t.box.left + c), v)));
      this.context.doc.writes.push({ sync: this.context.syncCount, kind: property === "numberFormat" ? "numberFormat" : "values", sheet: t.sheet.name, box: t.box });
    }, JSON.stringify(input).length);
  }

  /** For other fakes' queued operations (notes.add(range), setXAxisValues…): the range as resolved at sync. */
  resolvedTarget(): RangeTarget | null {
    return this.target();
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    requireApi(this.context.doc, 13, "Range.getMergedAreasOrNullObject");
    return new FakeRangeAreas(
      this.context,
      this.childOf("getMergedAreasOrNullObject", (t) => {
        // Merged areas whose top-left cell lies in the range: others are missed (OFFICE-NOTES.md).
        const areas = t.sheet.merges.filter((m) => m.top >= t.box.top && m.top <= t.box.bottom && m.left >= t.box.left && m.left <= t.box.right);
        // On Windows the read clears the user's undo stack (office-js#5918): recorded, so a test can tell.
        this.context.doc.undoClears.push("Range.getMergedAreasOrNullObject");
        if (areas.length > MAX_MERGED_AREAS) throw new FakeOfficeError("GeneralException", `${areas.length} merged areas (limit ${MAX_MERGED_AREAS})`);
        return areas.length === 0 ? null : { sheet: t.sheet, areas };
      }),
    );
  }

  /** Range.clear(): "All" by default, which also unmerges what lies inside. */
  clear(applyTo: "All" | "Contents" | "Formats" = "All"): void {
    this.context.enqueue(() => {
      const t = this.requireTarget("clear");
      t.sheet.failIfProtected("clear");
      for (const { row, col, cell } of [...t.sheet.cellsIn(t.box)]) {
        if (applyTo !== "Formats") {
          cell.value = "";
          delete cell.formula;
        }
        if (applyTo !== "Contents") {
          delete cell.numberFormat;
          delete cell.bold;
          delete cell.styled;
          delete cell.fill;
          delete cell.format;
        }
        if (isBlank(cell)) t.sheet.rows.get(row)?.delete(col);
      }
      if (applyTo === "All") {
        const inside = (m: CellRange) => m.top >= t.box.top && m.bottom <= t.box.bottom && m.left >= t.box.left && m.right <= t.box.right;
        t.sheet.merges = t.sheet.merges.filter((m) => !inside(m));
      }
      this.context.doc.writes.push({ sync: this.context.syncCount, kind: "clear", sheet: t.sheet.name, box: t.box });
    });
  }

  select(): void {
    this.context.enqueue(() => {
      const t = this.requireTarget("select");
      this.context.doc.select(t.sheet.name, rangeA1(t.box));
    });
  }
}

export interface AreasTarget {
  readonly sheet: FakeSheet;
  readonly areas: readonly CellRange[];
}

export class FakeRangeAreas extends ClientObject<AreasTarget> {
  protected readonly loadable = ["address", "areaCount"] as const;

  constructor(context: QueueContext, resolver: () => AreasTarget | null) {
    super(context, "RangeAreas", resolver);
  }

  protected readProperty(t: AreasTarget, name: string): unknown {
    // "Sheet1!A1:B4, Sheet1!D1:D4", each area with its (quoted) sheet name.
    return name === "areaCount" ? t.areas.length : t.areas.map((a) => sheetAddress(t.sheet.name, a)).join(", ");
  }

  get address(): string {
    return this.property("address");
  }
  get areaCount(): number {
    return this.property("areaCount");
  }
}
