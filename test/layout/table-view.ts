// One shape for what a table holds, built both from a fixture's description
// (what was written) and from the reader's result (what it found), so tests
// compare like with like. Rows are 1-based and cells A1, as a user sees them;
// labels compare without whitespace and in half-width forms.
import type { EntryRole, TableDescription } from "../fixtures/describe/fixture-description";
import { comparableLabel } from "../fixtures/describe/expected-items";

export interface ItemView {
  readonly row: number;
  readonly path: readonly string[];
  /** "2", "none", "" (no points), or "text:…" when a reader kept text; null: not asserted. */
  readonly points: string | null;
}

/** A unit's entry and output cells, by item row. */
export type UnitCells = Readonly<Record<number, Partial<Record<EntryRole, string>>>>;

export interface UnitView {
  readonly name: string;
  readonly cells: UnitCells;
}

export interface TableView {
  readonly headerRows: readonly number[];
  readonly items: readonly ItemView[];
  readonly units: readonly UnitView[];
}

export function expectedView(table: TableDescription): TableView {
  return {
    headerRows: table.headerRows,
    items: table.items.map((i) => ({ row: i.row, path: i.path.map(comparableLabel), points: i.points })),
    units: table.units.map((u) => ({
      name: u.name,
      cells: Object.fromEntries(
        u.entries.map((e) => [e.row, Object.fromEntries(Object.entries(e.cells).map(([role, cell]) => [role, cell.cell])) as Partial<Record<EntryRole, string>>]),
      ),
    })),
  };
}
