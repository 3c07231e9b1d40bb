// 002: 攀枝花市 2016 — here each table row is one line with TAB between cells
// (trailing empty cells kept as trailing TABs), unlike 000/003.
import type { DocumentSpec, LineRange, RawRow, TableBody } from "../source-types";
import { isBlank, lineAt, titleRow } from "../splitters";

// "- (一) 《攀政快讯》采用 1 条信息计 4 分。": an exported list item.
const LIST_ITEM = /^-\s*(\([一二三四五六七八九十]+\))\s*(.*)$/;

/**
 * 计分标准 is printed as two numbered lists under two headings, not as a grid.
 * It is read as a two-column table (ordinal, rule) with the headings as
 * sub-title rows; the column names are ours because the document prints none.
 */
function readPointsList(lines: readonly string[], body: LineRange): TableBody {
  const rows: RawRow[] = [];
  for (let n = body.from; n <= body.to; n++) {
    const text = lineAt(lines, n).trimEnd();
    if (isBlank(text)) continue;
    const item = LIST_ITEM.exec(text);
    if (item) rows.push({ cells: [item[1] ?? "", item[2] ?? ""], line: n });
    else rows.push(titleRow(text, n, 2));
  }
  return { rows, inventedColumns: ["序号", "计分标准"] };
}

export const panzhihua2016: DocumentSpec = {
  file: "002_7107ca8b840373a2.txt",
  tables: [
    // 序号 考核内容 分值 评分标准 自评分 考核分; the 评分标准 cells keep the export's <p>…</p> markup.
    { id: "panzhihua-2016-openness", title: { from: 51, to: 51 }, body: { from: 53, to: 58 }, layout: { kind: "tab-rows", columns: 6 } },
    // 序号 考核指标 分值 考核内容 评分标准 自评分 考评分 备注
    { id: "panzhihua-2016-efficiency", title: { from: 92, to: 92 }, body: { from: 94, to: 99 }, layout: { kind: "tab-rows", columns: 8 } },
    // 单 位 | 市级采用任务（分） | 省级采用任务（分）, in four groups ("一、各县区政府" …),
    // each group printed with its own header line: the group headings become sub-title rows.
    { id: "panzhihua-2016-info-targets", title: { from: 101, to: 101 }, body: { from: 103, to: 191 }, layout: { kind: "tab-rows", columns: 3 } },
    { id: "panzhihua-2016-info-points", title: { from: 193, to: 193 }, body: { from: 195, to: 208 }, layout: { kind: "custom", read: readPointsList } },
    // 序号 考核指标 分值 考核内容 评分标准 自评分 考评分 (附件 1, 2, 3)
    { id: "panzhihua-2016-info-city", title: { from: 258, to: 258 }, body: { from: 260, to: 265 }, layout: { kind: "tab-rows", columns: 7 } },
    { id: "panzhihua-2016-info-county", title: { from: 269, to: 269 }, body: { from: 271, to: 276 }, layout: { kind: "tab-rows", columns: 7 } },
    { id: "panzhihua-2016-info-vanadium", title: { from: 280, to: 280 }, body: { from: 282, to: 287 }, layout: { kind: "tab-rows", columns: 7 } },
  ],
};
