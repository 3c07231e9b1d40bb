// Expectations the current layout reader (src/core/layout/) does not meet
// yet, by fixture and aspect. Each is a test marked it.failing, so the suite
// stays green while the gap is visible; when the reader learns the variation
// the test starts passing, jest reports the it.failing as failed, and the
// entry comes out of this list.
import type { Aspect } from "./aspects";

export interface KnownGap {
  /** Fixture id, or a pattern over fixture ids. */
  readonly fixture: string | RegExp;
  readonly aspects: readonly (Aspect | "same items")[];
  /** The variation the reader misses, in a few words (shown in the test title). */
  readonly variation: string;
}

const ALL: readonly Aspect[] = ["tables", "units", "item rows", "paths", "points", "entry cells"];

export const KNOWN_GAPS: readonly KnownGap[] = [
  {
    // 三河 prints no 分值 column: "决策公开(2分)", "主动公开基本目录(2分)". The reader reads
    // points only from a 分值 column, so every item reads "" (blank).
    fixture: /^sanhe-2018(-department|-town)?\.(printed|blank-below|pasted|unit-sheets)$/,
    aspects: ["points"],
    variation: "points printed in the labels, no 分值 column",
  },
  {
    // "考核结果" over "得分" (三河) or "实施情况" (2013): the first header row has no
    // anchor word (分值/评分标准/得分/实施情况/扣分), so no header and no table is found.
    fixture: /^(sanhe-2018-(department|town)|checklist-2013-(county|department))\.two-row-header$/,
    aspects: [...ALL, "same items"],
    variation: "two-row header whose only anchor word is in the second row",
  },
  {
    // The assessor's matrix of 三河: rule columns (一级…具体被考核部门) and one column per
    // unit headed by its name; no header word is an anchor, so no table is found.
    fixture: "sanhe-2018.matrix",
    aspects: [...ALL, "same items"],
    variation: "unit per column (matrix) with no 分值/得分 header word",
  },
  {
    // 县市区: 扣分|得分 under each county's name; 市直部门: one typed 得分 column per
    // department. The tables and items are read, but as one unit named after the
    // sheet, whose entry cells are the first pair's (or none).
    fixture: "yueyang-2019.matrix",
    aspects: ["units", "entry cells"],
    variation: "unit per column (one column, or a 扣分/得分 pair, per unit)",
  },
  {
    // 县（区）: 自评分|考评分 under each county's name; 市级: one 考评分 column per unit.
    fixture: "panzhihua-2016-info.workbook",
    aspects: ["units", "entry cells"],
    variation: "unit per column (one column, or a 自评分/考评分 pair, per unit)",
  },
  {
    // 序号 考核内容 分值 评分标准: the item is named in 考核内容 ("组织保障"); with no 指标
    // column the reader gives every item an empty path.
    fixture: /^panzhihua-2016(-openness\.(printed|blank-below|two-row-header|pasted)|\.openness-and-efficiency)$/,
    aspects: ["paths"],
    variation: "item named in 考核内容 (no 指标 column)",
  },
  {
    // One "被考核单位：市财政局" cell above the first of two tables: the second table
    // (效能建设) is given the sheet's name instead.
    fixture: "panzhihua-2016.openness-and-efficiency",
    aspects: ["units"],
    variation: "second table under the same 被考核单位 cell",
  },
  {
    // Source line 59: "解读质量 （8分）" | "多样化解读" | "3 检查本年度政策性文件多样化解读情况…"
    // with 赋分, 扣分标准 and 加分标准 empty (the export ran them into 三级). The reader
    // drops the row (no points, content or rule), losing the 解读质量 section's first
    // item; every later item is off by one.
    fixture: /^zhangzi-2023-b\./,
    aspects: ["item rows", "paths", "points", "entry cells", "same items"],
    variation: "item row with only indicator labels (长子 line 59)",
  },
];

export function knownGap(fixture: string, aspect: Aspect | "same items"): KnownGap | undefined {
  return KNOWN_GAPS.find((g) => (typeof g.fixture === "string" ? g.fixture === fixture : g.fixture.test(fixture)) && g.aspects.includes(aspect));
}
