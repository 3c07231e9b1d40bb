// 003: 2013年全市政务公开政务服务工作专项考核细则 — two checklists in the
// tab-cell layout, 3 columns: 指标名称 具体内容 实施情况. No points anywhere.
import type { DocumentSpec } from "../source-types";

export const checklist2013: DocumentSpec = {
  file: "003_859fcfa77e05b3ab.txt",
  tables: [
    {
      id: "checklist-2013-county",
      title: { from: 3, to: 5 },
      body: { from: 7, to: 167 },
      layout: { kind: "tab-cells", columns: 3 },
    },
    {
      id: "checklist-2013-department",
      title: { from: 170, to: 172 },
      body: { from: 174, to: 245 },
      layout: { kind: "tab-cells", columns: 3 },
    },
  ],
};
