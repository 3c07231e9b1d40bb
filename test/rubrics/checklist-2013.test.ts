// rubrics/checklist-2013-county.json and checklist-2013-department.json against
// the two 2013 checklists of test/source-documents/003_859fcfa77e05b3ab.txt.
// Every data row (指标名称 | 具体内容 | 实施情况) is one item: a 是/否 question
// answered in 实施情况. Header rows repeated at page breaks are not items.
// Nothing in the document carries points: items and sections have points
// null, totalPoints is "0", and each item's one clause is a checklist clause
// reading the question; the table has no rule column, so rule is "" and the
// clause text is the 具体内容 cell.
import { splitLabelPoints } from "../../src/core/text/parse-points";
import { readSourceTable } from "../source/read-source-tables";
import { collapseWhitespace, loadRubric } from "./load-rubric-file";
import { inferredItemIds, sourceItemPaths } from "./source-item-ids";

const TABLES = [
  // 003 lines 3–167: 组织领导 4 + 政府信息公开 10 + 公共企事业单位办事公开 2 + 政务服务中心管理运行 10
  // + 乡镇（街道）便民服务中心建设 5 + 村（社区）便民服务点建设 4.
  { id: "checklist-2013-county", assesses: "县市区", items: 35 },
  // 003 lines 170–245: 组织领导 4 + 政府信息公开 7 + 政务服务 5.
  { id: "checklist-2013-department", assesses: "市直部门单位", items: 16 },
] as const;

describe.each(TABLES)("$id", ({ id, assesses, items: count }) => {
  const rubric = loadRubric(id);
  const source = readSourceTable(id);
  const rows = sourceItemPaths(source, [0]);

  it("is the table the document prints, with no points and no conversion", () => {
    expect(rubric.id).toBe(id);
    expect(rubric.title).toBe(source.title.replace(/\n/g, ""));
    expect(rubric.year).toBe(2013);
    expect(rubric.assesses).toBe(assesses);
    expect(rubric.document).toBe(`${source.document} ${source.title.replace(/\n/g, "")}`);
    expect(rubric.totalPoints).toBe("0");
    expect(rubric.result).toEqual({ kind: "none" });
    expect(rubric.policies).toEqual([]);
    expect(rubric.grades).toBeUndefined();
    expect(source.notes).toEqual([]);
    expect(rubric.notes).toBeUndefined();
  });

  it("has one item per printed row, in order", () => {
    expect(rows).toHaveLength(count);
    expect(rubric.items).toHaveLength(rows.length);
  });

  it("has one section per 指标名称 label, without points", () => {
    const names = [...new Set(rows.map((r) => splitLabelPoints(r.labels[0] ?? "").name))];
    expect(rubric.sections).toEqual(names.map((name) => ({ name, points: null, kind: "base" })));
  });

  it.each(rows.map((r, i) => [r.row.line, i] as const))("line %i: the question as printed, one checklist clause", (_line, i) => {
    const row = rows[i];
    const item = rubric.items[i];
    if (row === undefined || item === undefined) throw new Error(`no item ${i}`);
    const question = collapseWhitespace(row.row.cells[1] ?? "");
    expect(question).toContain("是否");
    expect(item).toEqual({
      id: row.id,
      section: splitLabelPoints(row.labels[0] ?? "").name,
      path: row.path,
      content: question,
      points: null,
      rule: "",
      clauses: [{ kind: "checklist", text: question }],
    });
  });

  it("uses the ids the product's reader gives the printed layout", () => {
    expect(rubric.items.map((i) => i.id)).toEqual(inferredItemIds(source));
  });
});
