import type { MergeIndex } from "../grid/merge-index";
import type { SheetGrid } from "../grid/sheet-grid";
import { cellText } from "../text/cell-text";
import { normalizeLabel, normalizeSentence } from "../text/normalize-text";
import type { PointsCell } from "../text/parse-points";
import { parsePointsCell, splitLabelPoints } from "../text/parse-points";
import type { ColumnMap } from "./column-role";
import { INDICATOR_ROLES } from "./column-role";
import type { IndicatorLabels } from "./fill-down";
import { fillDownIndicators } from "./fill-down";
import { isNoteText, isTotalLabel } from "./row-kinds";
import type { ItemRow, SectionLabel, TotalRow } from "./scoresheet";
import { sectionKindOf } from "./section-kind";

export interface TableBody {
  readonly items: ItemRow[];
  readonly sections: SectionLabel[];
  readonly totals: TotalRow[];
  readonly notes: string[];
  /** The sheet row of each note, in the same order. */
  readonly noteRows: number[];
  readonly lastRow: number;
}

/** A numbered note continuing "注：1、…" on its own row: "2、…", "（3）…". */
const NOTE_CONTINUATION = /^(\d+[、.]|\(\d+\))/;

/**
 * A row going on with the notes: numbered ("2、…"), or a lone sentence on the
 * very next row ("扣分以评分标准为准，扣完为止。" under "注：…"). A heading
 * ("二、对市直部门单位") starts the next table instead.
 */
function isNoteContinuation(first: string, cellCount: number, gap: number): boolean {
  const label = normalizeLabel(first);
  if (NOTE_CONTINUATION.test(label)) return true;
  return gap === 1 && cellCount === 1 && !/^[一二三四五六七八九十]+[、.]/.test(label) && !isTotalLabel(first);
}

/** The row's non-blank cell texts, trimmed, in one pass. */
function rowCells(sheet: SheetGrid, row: number): string[] {
  const cells: string[] = [];
  for (const value of sheet.values[row] ?? []) {
    if (value === null) continue;
    const text = cellText(value).trim();
    if (text !== "") cells.push(text);
  }
  return cells;
}

function text(merges: MergeIndex, row: number, col: number | undefined): string {
  if (col === undefined || merges.isCovered(row, col)) return "";
  return cellText(merges.valueAt(row, col));
}

class SectionRegistry {
  readonly sections: SectionLabel[] = [];
  private readonly byName = new Map<string, number>();

  /** Records a section label; points may come from a later repeat of the same label. */
  note(label: string, row: number, col: number): string {
    const { name, points } = splitLabelPoints(label);
    const index = this.byName.get(name);
    if (index === undefined) {
      this.byName.set(name, this.sections.length);
      this.sections.push({ name, points: points?.toString() ?? null, kind: sectionKindOf(name), row, col });
    } else if (points !== null && this.sections[index]?.points === null) {
      this.withPoints(index, points.toString());
    }
    return name;
  }

  /** 岳阳's "加分 | 加分10分": a 二级 label repeating its section's name carries the section's points. */
  noteSubLabel(section: string, label: string): void {
    const { name, points } = splitLabelPoints(label);
    const index = this.byName.get(section);
    if (index !== undefined && name === section && points !== null && this.sections[index]?.points === null) {
      this.withPoints(index, points.toString());
    }
  }

  private withPoints(index: number, points: string): void {
    const current = this.sections[index];
    if (current) this.sections[index] = { ...current, points };
  }
}

/**
 * 三河 prints no 分值 column: "决策公开(2分)". The row's deepest label below
 * the section carries the item's points; a section label's points are the
 * section's, never an item's.
 */
function labelPoints(labels: IndicatorLabels): PointsCell {
  const deepest = [labels.indicator, labels.level3, labels.level2].find((l) => l !== undefined && l.trim() !== "");
  const split = deepest === undefined ? undefined : splitLabelPoints(deepest);
  // "…发现一件，扣0.5分" run into a label is a rule, not the item's points.
  const points = split === undefined || /[扣加得减]$/.test(split.name) ? null : split.points;
  return points === null ? { kind: "blank" } : { kind: "points", points };
}

/**
 * Path and label points by a row's four indicator labels: every unit's
 * sheet repeats the table's rows, so each distinct set is worked out once.
 * Rows share the result (nothing changes an item row's path).
 */
interface PathAndPoints {
  readonly path: string[];
  readonly points: PointsCell;
}

/**
 * Nested by level1, level2, level3, indicator: no key string is built per
 * row. A missing label is filed under "", which both readers treat alike.
 */
type LabelTree = Map<string, LabelTree | PathAndPoints>;
const BY_LABELS: LabelTree = new Map();
let byLabelsSize = 0;
const BY_LABELS_LIMIT = 20000;

function pathAndPoints(labels: IndicatorLabels): PathAndPoints {
  let node = BY_LABELS;
  const keys = [labels.level1 ?? "", labels.level2 ?? "", labels.level3 ?? ""];
  for (const key of keys) {
    let next = node.get(key) as LabelTree | undefined;
    if (next === undefined) {
      next = new Map();
      node.set(key, next);
    }
    node = next;
  }
  const last = labels.indicator ?? "";
  let found = node.get(last) as PathAndPoints | undefined;
  if (found === undefined) {
    found = { path: pathOf(labels), points: labelPoints(labels) };
    if (++byLabelsSize > BY_LABELS_LIMIT) {
      BY_LABELS.clear();
      byLabelsSize = 0;
    }
    node.set(last, found);
  }
  return found;
}

function pathOf(labels: IndicatorLabels): string[] {
  const path: string[] = [];
  for (const label of [labels.level1, labels.level2, labels.level3, labels.indicator]) {
    if (label === undefined) continue;
    const name = splitLabelPoints(label).name;
    if (name !== "" && path[path.length - 1] !== name) path.push(name);
  }
  return path;
}

/**
 * Reads the rows under a header: item rows (with their indicator labels
 * filled down), section labels and their points, totals rows and notes.
 */
export function readTableBody(
  sheet: SheetGrid,
  merges: MergeIndex,
  columns: ColumnMap,
  start: number,
  end: number,
  headerRows: ReadonlySet<number>,
): TableBody {
  const body: TableBody = { items: [], sections: [], totals: [], notes: [], noteRows: [], lastRow: start - 1 };
  const registry = new SectionRegistry();
  let labels: IndicatorLabels = {};
  // 攀枝花 序号 考核内容 分值 评分标准: with no 指标 column the item is named by its 考核内容.
  const indicatorless = INDICATOR_ROLES.every((role) => columns[role] === undefined);
  let inNotes = false;
  let lastRow = start - 1;
  for (let row = start; row <= end; row++) {
    if (headerRows.has(row)) continue;
    const cells = rowCells(sheet, row);
    const first = cells[0];
    if (first === undefined) continue;
    // The row just above the next table's header is that table's title, not a note.
    const titleOfNext = row === end && end < sheet.values.length - 1;
    if (isNoteText(first) || (inNotes && !titleOfNext && isNoteContinuation(first, cells.length, row - lastRow))) {
      inNotes = true;
      body.notes.push(normalizeSentence(cells.join(" ")));
      body.noteRows.push(row);
      lastRow = row;
      continue;
    }
    if (inNotes) break;
    lastRow = row;
    if (isTotalLabel(first)) {
      body.totals.push({ row, label: normalizeLabel(first) });
      continue;
    }
    labels = indicatorless ? { indicator: text(merges, row, columns.content) } : fillDownIndicators(merges, row, columns, labels);
    const sectionLabel = labels.level1 ?? labels.indicator ?? "";
    const sectionCol = columns.level1 ?? columns.indicator ?? 0;
    const section = sectionLabel === "" ? "" : registry.note(sectionLabel, row, sectionCol);
    if (labels.level2 !== undefined) registry.noteSubLabel(section, labels.level2);
    const printed = parsePointsCell(columns.points === undefined || merges.isCovered(row, columns.points) ? null : merges.valueAt(row, columns.points));
    const known = pathAndPoints(labels);
    const points = printed.kind === "blank" ? known.points : printed;
    const content = normalizeSentence(text(merges, row, columns.content));
    const ruleText = normalizeSentence(text(merges, row, columns.rule));
    const bonusRuleText = normalizeSentence(text(merges, row, columns.bonusRule));
    if (points.kind === "blank" && content === "" && ruleText === "" && bonusRuleText === "") continue;
    body.items.push({ row, path: known.path, section, content, points, ruleText, bonusRuleText });
  }
  body.sections.push(...registry.sections);
  return { ...body, lastRow };
}
