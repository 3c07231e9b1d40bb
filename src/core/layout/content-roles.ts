import Decimal from "decimal.js";
import type { SheetGrid } from "../grid/sheet-grid";
import { cellText } from "../text/cell-text";
import { parsePointsCell } from "../text/parse-points";
import type { ColumnRole } from "./column-role";
import type { HeaderCells } from "./header-cells";
import type { HeaderRole } from "./header-synonyms";
import { isTotalLabel } from "./row-kinds";

/** A column whose role was read from what it holds, its header word being unknown. */
export interface GuessedColumn {
  readonly col: number;
  readonly role: ColumnRole;
  readonly text: string;
}

/** Rows looked at under a header: enough to judge a column, few enough to stay cheap. */
const SAMPLE_ROWS = 40;
/** A rule sentence: long, and it takes points off ("扣1分", "扣0.5分", "每…扣…分"). */
const RULE_SENTENCE = /扣[^。;；]{0,40}?\d+(\.\d+)?分|\d+(\.\d+)?分/;
const MIN_RULE_LENGTH = 10;

interface Sample {
  readonly values: string[];
  readonly numbers: Decimal[];
  /** The number in this column on the 合计 row, when there is one. */
  total?: Decimal;
}

function sampleColumn(sheet: SheetGrid, col: number, from: number): Sample {
  const sample: Sample = { values: [], numbers: [] };
  const last = Math.min(sheet.values.length - 1, from + SAMPLE_ROWS);
  for (let row = from; row <= last; row++) {
    const cells = sheet.values[row] ?? [];
    const first = cells.map((v) => cellText(v).trim()).find((t) => t !== "");
    const value = cells[col] ?? null;
    if (first !== undefined && isTotalLabel(first)) {
      const points = parsePointsCell(value);
      if (points.kind === "points") sample.total = points.points;
      break;
    }
    const text = cellText(value).trim();
    if (text === "") continue;
    sample.values.push(text);
    const points = parsePointsCell(value);
    if (points.kind === "points") sample.numbers.push(points.points);
  }
  return sample;
}

function isRuleColumn(sample: Sample): boolean {
  const rules = sample.values.filter((v) => v.length >= MIN_RULE_LENGTH && RULE_SENTENCE.test(v)).length;
  return sample.values.length >= 2 && rules * 5 >= sample.values.length * 3;
}

/** Small numbers, every cell one, adding up to the 合计 row's total (or 100 when there is none). */
function isPointsColumn(sample: Sample): boolean {
  if (sample.numbers.length < 2 || sample.numbers.length !== sample.values.length) return false;
  if (sample.numbers.some((n) => n.lte(0) || n.gt(50))) return false;
  const sum = sample.numbers.reduce((a, n) => a.plus(n), new Decimal(0));
  return sum.eq(sample.total ?? 100);
}

/**
 * Roles read from content for the header cells whose words Kaohe does not
 * know: a column of long sentences taking points off is the rule column; a
 * column of small numbers adding up to the total is the points column. Only
 * roles the header does not name already are guessed.
 */
export function rolesFromContent(sheet: SheetGrid, cells: HeaderCells, headerRow: number): GuessedColumn[] {
  const named = new Set([...cells.roles.values()].map((r) => r.role));
  const guessed: GuessedColumn[] = [];
  for (const [col, label] of cells.labels) {
    if (cells.roles.has(col)) continue;
    const sample = sampleColumn(sheet, col, headerRow + 1);
    const role: ColumnRole | undefined = !named.has("rule") && isRuleColumn(sample) ? "rule" : !named.has("points") && isPointsColumn(sample) ? "points" : undefined;
    if (role === undefined) continue;
    named.add(role);
    guessed.push({ col, role, text: label });
  }
  return guessed;
}

export function withGuessed(cells: HeaderCells, guessed: readonly GuessedColumn[]): Map<number, HeaderRole> {
  const roles = new Map(cells.roles);
  for (const g of guessed) roles.set(g.col, { role: g.role, weak: false });
  return roles;
}
