// How Excel takes a value assigned to Range.values / Range.formulas: as if
// typed, unless the cell is formatted as text ("@"). The fake does the
// same, so an adapter that writes text Excel would turn into something else
// is caught.
import type { CellRange } from "../../core";
import type { ExcelValue, FakeCell } from "./document";
import { FakeOfficeError } from "./errors";

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

interface Typed {
  readonly value: ExcelValue;
  readonly formula?: string;
}

/** null leaves the cell as it is (Office.js); anything else is what Excel would store. */
export function typedInput(input: unknown, numberFormat: string | undefined): Typed | null {
  if (input === null) return null;
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw new FakeOfficeError("InvalidArgument", `not a finite number: ${input}`);
    return { value: input };
  }
  if (typeof input === "boolean") return { value: input };
  if (typeof input !== "string") throw new FakeOfficeError("InvalidArgument", `a cell cannot hold ${JSON.stringify(input)}`);
  if (numberFormat === "@") return { value: input };
  if (input.length > 1 && input.startsWith("=")) return { value: "", formula: input }; // the fake does not evaluate formulas
  if (NUMBER.test(input.trim())) return { value: Number(input) };
  if (/^(true|false)$/i.test(input)) return { value: input.toLowerCase() === "true" };
  return { value: input };
}

export function applyInput(cell: FakeCell, input: unknown): void {
  const typed = typedInput(input, cell.numberFormat);
  if (!typed) return;
  cell.value = typed.value;
  if (typed.formula === undefined) delete cell.formula;
  else cell.formula = typed.formula;
}

/** Office.js wants a 2-D array the size of the range. */
export function checkShape(input: unknown, box: CellRange, property: string): readonly (readonly unknown[])[] {
  const rows = box.bottom - box.top + 1;
  const cols = box.right - box.left + 1;
  if (!Array.isArray(input) || input.length !== rows || input.some((r) => !Array.isArray(r) || r.length !== cols)) {
    throw new FakeOfficeError("InvalidArgument", `${property}: the input array does not match the range's ${rows}×${cols} size`);
  }
  return input as unknown[][];
}
