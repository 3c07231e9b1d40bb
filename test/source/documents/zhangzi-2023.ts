// 004: 长子县2023年度政务公开工作考核细则与评分表（B类） — one table, each row
// one line of 7 TAB-separated cells:
// 一级指标 二级指标 三级指标 赋分 扣分标准 加分标准 考核方式.
import type { DocumentSpec, RowRepair } from "../source-types";

const POINTS = /^\d+(\.\d+)?$/;

/**
 * On the page "主动公开 (12分)" (lines 22–27) 二级 and 三级 are one merged cell:
 * the export shifted 赋分 and everything after it one cell left and padded the
 * line with an empty last cell. Recognised by a number in the 三级 slot and an
 * empty last cell (no other row has both); realigned so 赋分 is under 赋分 again.
 */
const realignMergedIndicator: RowRepair = (cells) => {
  if (cells.length !== 7 || cells[6] !== "" || !POINTS.test(cells[2] ?? "")) return undefined;
  return { cells: [...cells.slice(0, 2), "", ...cells.slice(2, 6)], spans: [{ start: 1, count: 2 }] };
};

export const zhangzi2023: DocumentSpec = {
  file: "004_4241c66f498ed225.txt",
  tables: [
    {
      id: "zhangzi-2023-b",
      title: { from: 5, to: 5 },
      body: { from: 7, to: 74 },
      notes: { from: 76, to: 76 },
      layout: { kind: "tab-rows", columns: 7, repair: realignMergedIndicator },
    },
  ],
};
