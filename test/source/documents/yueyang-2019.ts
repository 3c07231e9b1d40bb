// 000: 岳阳市政务公开政务服务工作考核细则 — two tables in the tab-cell layout
// (a line starting with TAB opens a cell), 7 columns:
// 一级指标 二级指标 三级指标 具体内容 分值 扣分办法 得分.
import type { DocumentSpec, MergedLayout } from "../source-types";

// The 加分 and 扣分 rows print one cell across 三级指标 and 具体内容, so the
// export has 6 cells there: 一级, 二级, 三级+具体内容, 分值, 扣分办法, 得分.
const BONUS_PENALTY_ROWS: MergedLayout = { cells: 6, span: { start: 2, count: 2 } };

export const yueyang2019: DocumentSpec = {
  file: "000_b8356b1e863becea.txt",
  tables: [
    {
      // Line 1 is the document title, line 3 the part heading "一、对县、市、区的考核…".
      id: "yueyang-county",
      title: { from: 1, to: 3 },
      body: { from: 4, to: 559 },
      // Line 566 holds a stray "、" between note 3 and part 二; it belongs to neither.
      notes: { from: 561, to: 565 },
      layout: { kind: "tab-cells", columns: 7, merged: [BONUS_PENALTY_ROWS] },
    },
    {
      id: "yueyang-department",
      title: { from: 567, to: 567 },
      body: { from: 569, to: 965 },
      notes: { from: 967, to: 973 },
      layout: { kind: "tab-cells", columns: 7, merged: [BONUS_PENALTY_ROWS] },
    },
  ],
};
