// 001: 三河市2018年政务公开工作考核指标 — a web page export with no TABs at all:
// every table cell is its own paragraph, paragraphs are separated by blank
// lines, and vertically merged cells are simply absent (not empty). Rows are
// therefore rebuilt from what each paragraph is (indicator, content, method,
// unit) and from the order of the columns:
// 一级指标 二级指标 三级指标 考核内容 考核方式 具体被考核部门 (被考核单位 for towns).
import type { DocumentSpec, LineRange, RawRow, Span, TableBody } from "../source-types";
import { isBlank, joinLines, lineAt } from "../splitters";

const COLUMNS = 6;
const [LEVEL1, LEVEL2, LEVEL3, CONTENT, METHOD, UNIT] = [0, 1, 2, 3, 4, 5] as const;

interface Paragraph {
  from: number;
  to: number;
  text: string;
}

type Role = "indicator" | "points" | "content" | "method" | "unit";

/** Consecutive non-blank lines form a paragraph (in this export each is one line). */
function readParagraphs(lines: readonly string[], body: LineRange): Paragraph[] {
  const found: Paragraph[] = [];
  for (let n = body.from; n <= body.to; n++) {
    if (isBlank(lineAt(lines, n))) continue;
    const last = found[found.length - 1];
    if (last !== undefined && last.to === n - 1) last.to = n;
    else found.push({ from: n, to: n, text: "" });
  }
  for (const p of found) p.text = joinLines(lines, p.from, p.to).trim();
  return found;
}

const POINTS_ONLY = /^[(（]\d+(?:\.\d+)?分[)）]$/; // "(13分)" printed under an indicator name
const ENDS_WITH_POINTS = /[(（]\d+(?:\.\d+)?分[)）]$/; // "决策公开(2分)"
const ASSESSMENT_METHOD = /牵头考核|^核实|^查阅|^查看/; // "市编办牵头考核,核实…", "查阅文件资料"
// Indicator names are short; content paragraphs that also end in "(1分)" are long sentences.
const MAX_INDICATOR = 40;
// Under 重点领域信息公开 the items carry no points ("财政信息"); such a name is short.
const MAX_BARE_INDICATOR = 30;

function isPointsIndicator(p: Paragraph, next: Paragraph | undefined): boolean {
  const pointsFollow = next !== undefined && POINTS_ONLY.test(next.text);
  return p.text.length <= MAX_INDICATOR && (ENDS_WITH_POINTS.test(p.text) || pointsFollow);
}

/** A unit cell: the method cell above it may be merged away, but units read "…部门". */
function looksLikeUnit(p: Paragraph): boolean {
  return p.text.endsWith("部门");
}

/**
 * An indicator without points ("财政信息") is told from short content
 * ("及时发布需要社会公众知晓的信息") by what follows: content comes after it,
 * whereas content is followed by a method, a unit or the next indicator.
 */
function isBareIndicator(p: Paragraph, next: Paragraph | undefined, afterNext: Paragraph | undefined): boolean {
  if (p.text.length > MAX_BARE_INDICATOR || next === undefined) return false;
  if (POINTS_ONLY.test(next.text) || ASSESSMENT_METHOD.test(next.text) || looksLikeUnit(next)) return false;
  return !isPointsIndicator(next, afterNext);
}

function classify(p: Paragraph, prev: Role | undefined, next: Paragraph | undefined, afterNext: Paragraph | undefined): Role {
  if (POINTS_ONLY.test(p.text)) return "points";
  if (ASSESSMENT_METHOD.test(p.text)) return "method";
  if (isPointsIndicator(p, next)) return "indicator";
  switch (prev) {
    case "method":
      return "unit";
    case "content":
      // A content cell may run over several paragraphs (新闻发布's nine sub-items).
      return looksLikeUnit(p) ? "unit" : "content";
    case "unit":
    case "indicator":
      // After a unit: the next row's bare indicator, or content continuing the
      // indicator above (贯彻落实…(5分) has two content rows). After an
      // indicator: a bare 二级 under a 一级 (重点领域信息公开 → 财政信息), or content.
      return isBareIndicator(p, next, afterNext) ? "indicator" : "content";
    default:
      return "content";
  }
}

/** Paragraph ranges that make up one printed row, before columns are assigned. */
interface PendingRow {
  indicators: LineRange[];
  content?: LineRange;
  method?: LineRange;
  unit?: LineRange;
}

function groupRows(paragraphs: readonly Paragraph[]): PendingRow[] {
  const rows: PendingRow[] = [];
  let row: PendingRow = { indicators: [] };
  let prev: Role | undefined;
  const startRow = (): void => {
    rows.push(row);
    row = { indicators: [] };
  };
  paragraphs.forEach((p, i) => {
    const role = classify(p, prev, paragraphs[i + 1], paragraphs[i + 2]);
    const range = { from: p.from, to: p.to };
    const lastIndicator = row.indicators[row.indicators.length - 1];
    if (role === "points") {
      if (lastIndicator === undefined || row.content) throw new Error(`line ${p.from}: points without an indicator`);
      lastIndicator.to = p.to;
    } else if (role === "indicator") {
      if (row.content) startRow();
      row.indicators.push(range);
    } else if (role === "content" && prev === "content" && row.content) {
      row.content.to = p.to;
    } else if (role === "content") {
      if (row.content) startRow();
      row.content = range;
    } else {
      if (row[role]) throw new Error(`line ${p.from}: a second ${role} cell in one row`);
      row[role] = range;
    }
    if (role !== "points") prev = role;
  });
  if (row.content) rows.push(row);
  else if (row.indicators.length > 0) throw new Error("table ends with an indicator and no content");
  return rows;
}

/** Points printed in an indicator cell, in tenths so 7.5 and 1.5 add exactly. */
function tenths(text: string, line: number): number {
  const match = /[(（](\d+(?:\.\d+)?)分[)）]\s*$/.exec(text);
  if (!match?.[1]) throw new Error(`line ${line}: indicator without points: ${text}`);
  return Math.round(Number(match[1]) * 10);
}

/**
 * Places each row's indicator cells. 一级 cells are known by line (their text
 * alone does not tell a 一级 from a 二级: both read "主动公开(7分)"). After 一级:
 * two indicators are 二级 + its first 三级; one indicator is a 三级 while the open
 * 二级 still has points left to hand out, otherwise a leaf printed across 二级
 * and 三级 (merged: text in 二级, span recorded).
 */
function placeRows(lines: readonly string[], pending: readonly PendingRow[], sectionStarts: readonly number[]): RawRow[] {
  let openLevel2 = 0; // tenths of a point the open 二级 still expects from its 三级 rows
  return pending.map((row) => {
    const text = (r: LineRange): string => joinLines(lines, r.from, r.to);
    const cells: string[] = Array.from({ length: COLUMNS }, () => "");
    const spans: Span[] = [];
    let indicators = row.indicators;
    const first = indicators[0];
    const line = first?.from ?? row.content?.from ?? 0;
    if (first !== undefined && sectionStarts.includes(first.from)) {
      if (openLevel2 !== 0) throw new Error(`line ${first.from}: previous 二级 not complete`);
      cells[LEVEL1] = text(first);
      indicators = indicators.slice(1);
    }
    const [a, b, ...rest] = indicators;
    if (rest.length > 0) throw new Error(`line ${line}: more than three indicator cells`);
    if (a !== undefined && b !== undefined) {
      cells[LEVEL2] = text(a);
      cells[LEVEL3] = text(b);
      openLevel2 = tenths(text(a), a.from) - tenths(text(b), b.from);
    } else if (a !== undefined && openLevel2 > 0) {
      cells[LEVEL3] = text(a);
      openLevel2 -= tenths(text(a), a.from);
    } else if (a !== undefined) {
      cells[LEVEL2] = text(a);
      spans.push({ start: LEVEL2, count: 2 });
    }
    if (openLevel2 < 0) throw new Error(`line ${line}: 三级 points exceed their 二级`);
    if (!row.content) throw new Error(`line ${line}: row without content`);
    cells[CONTENT] = text(row.content);
    cells[METHOD] = row.method ? text(row.method) : "";
    cells[UNIT] = row.unit ? text(row.unit) : "";
    return spans.length > 0 ? { cells, line, spans } : { cells, line };
  });
}

/** The header is the body's first six paragraphs; then come the rows. */
function indicatorTable(sectionStarts: readonly number[]) {
  return (lines: readonly string[], body: LineRange): TableBody => {
    const paragraphs = readParagraphs(lines, body);
    const header = paragraphs.slice(0, COLUMNS);
    const headerRow: RawRow = { cells: header.map((p) => joinLines(lines, p.from, p.to)), line: header[0]?.from ?? body.from };
    const rows = placeRows(lines, groupRows(paragraphs.slice(COLUMNS)), sectionStarts);
    return { rows: [headerRow, ...rows] };
  };
}

// "市政府有关部门(30)" followed by one line of names separated by "、".
const GROUP_HEADING = /^(.+?)[(（](\d+)[)）]$/;

/**
 * 附件1 lists each group as a heading with its size and one line of unit names.
 * Read as a two-column table (组别, 单位) — our column names, the document
 * prints none — with the group name without its count; a count that does not
 * match the names listed is an error.
 */
function readGroups(lines: readonly string[], body: LineRange): TableBody {
  const rows: RawRow[] = [];
  let group: { name: string; size: number; line: number } | undefined;
  for (let n = body.from; n <= body.to; n++) {
    const text = lineAt(lines, n).trim();
    if (text === "") continue;
    const heading = GROUP_HEADING.exec(text);
    if (heading) {
      group = { name: heading[1] ?? "", size: Number(heading[2]), line: n };
      continue;
    }
    if (group === undefined) throw new Error(`line ${n}: unit names before a group heading`);
    const units = text.split("、");
    if (units.length !== group.size) throw new Error(`line ${group.line}: ${group.size} units announced, ${units.length} listed`);
    for (const unit of units) rows.push({ cells: [group.name, unit], line: n });
    group = undefined;
  }
  return { rows, inventedColumns: ["组别", "单位"] };
}

export const sanhe2018: DocumentSpec = {
  file: "001_2f58974762a9e231.txt",
  tables: [
    { id: "sanhe-2018-groups", title: { from: 56, to: 56 }, body: { from: 58, to: 64 }, layout: { kind: "custom", read: readGroups } },
    {
      // 一级 cells at: 主动公开, 重点领域信息公开, 新闻发布…, 信息公开, 公开平台和载体建设,
      // 互联网+政务服务, 政务服务, 组织保障.
      id: "sanhe-2018-department",
      title: { from: 71, to: 73 },
      body: { from: 75, to: 549 },
      layout: { kind: "custom", read: indicatorTable([87, 177, 313, 357, 395, 441, 473, 515]) },
    },
    {
      // 一级 cells at: 主动公开, 政务公开, 新闻发布…, 信息公开, 公开平台和载体建设,
      // 互联网+政务服务, 政务服务, 组织保障.
      id: "sanhe-2018-town",
      title: { from: 553, to: 555 },
      body: { from: 557, to: 867 },
      layout: { kind: "custom", read: indicatorTable([569, 619, 651, 701, 741, 779, 793, 827]) },
    },
  ],
};
