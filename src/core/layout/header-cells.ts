import type { MergeIndex } from "../grid/merge-index";
import type { HeaderRole } from "./header-synonyms";
import { cannotBeHeader, headerLabel, headerRoleOfLabel } from "./header-synonyms";

/** One row read as a possible header: each cell's label and role, worked out once. */
export interface HeaderCells {
  /** Columns whose (uncovered) cell holds anything. */
  readonly filled: ReadonlySet<number>;
  /** Normalised label of each text cell short enough to be a header word. */
  readonly labels: ReadonlyMap<number, string>;
  readonly roles: ReadonlyMap<number, HeaderRole>;
}

const EMPTY: HeaderCells = { filled: new Set(), labels: new Map(), roles: new Map() };

interface CellLabel {
  readonly label: string;
  readonly role: HeaderRole | undefined;
}

/**
 * Every unit's sheet repeats the table's texts, and every row is read as a
 * possible header: each distinct text's label and role is worked out once.
 */
const LABELS = new Map<string, CellLabel>();
const LABELS_LIMIT = 20000;

const NO_LABEL: CellLabel = { label: "", role: undefined };

function labelOf(value: string): CellLabel {
  // Long texts (rules, contents) are never header words: not even looked up.
  if (cannotBeHeader(value)) return NO_LABEL;
  let found = LABELS.get(value);
  if (found === undefined) {
    const label = headerLabel(value);
    found = { label, role: label === "" ? undefined : headerRoleOfLabel(label) };
    if (LABELS.size >= LABELS_LIMIT) LABELS.clear();
    LABELS.set(value, found);
  }
  return found;
}

function readRow(merges: MergeIndex, row: number, width: number): HeaderCells {
  const filled = new Set<number>();
  const labels = new Map<number, string>();
  const roles = new Map<number, HeaderRole>();
  for (let col = 0; col < width; col++) {
    if (merges.isCovered(row, col)) continue;
    const value = merges.valueAt(row, col);
    if (value === null) continue;
    // Numbers and booleans are never header words: no text work for them.
    if (typeof value !== "string") {
      filled.add(col);
      continue;
    }
    if (value.trim() === "") continue;
    filled.add(col);
    const { label, role } = labelOf(value);
    if (label === "") continue;
    labels.set(col, label);
    if (role !== undefined) roles.set(col, role);
  }
  return filled.size === 0 ? EMPTY : { filled, labels, roles };
}

/**
 * How many cells of a row name a header role, with nothing allocated: most
 * rows of a sheet are item rows with one role word at most, and the
 * detector needs two before it looks closer.
 */
function countRoles(merges: MergeIndex, row: number, width: number): number {
  let count = 0;
  for (let col = 0; col < width; col++) {
    const value = merges.valueAt(row, col);
    // Numbers, booleans and blanks are never header words.
    if (typeof value !== "string" || merges.isCovered(row, col)) continue;
    if (labelOf(value).role !== undefined) count++;
  }
  return count;
}

/**
 * Header cells by row, each row read at most once however many times the
 * detector looks at it (as a first row, as a second row, for the message
 * when nothing is found).
 */
export class HeaderCellCache {
  private readonly rows = new Map<number, HeaderCells>();

  constructor(
    private readonly merges: MergeIndex,
    private readonly width: number,
  ) {}

  /** The number of role cells in a row: at(row).roles.size, without building the row's reading. */
  roleCount(row: number): number {
    const found = this.rows.get(row);
    return found === undefined ? countRoles(this.merges, row, this.width) : found.roles.size;
  }

  at(row: number): HeaderCells {
    let found = this.rows.get(row);
    if (found === undefined) {
      found = readRow(this.merges, row, this.width);
      this.rows.set(row, found);
    }
    return found;
  }
}
