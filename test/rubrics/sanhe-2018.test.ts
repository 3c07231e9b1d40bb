// 001 三河市2018年政务公开工作考核指标: the rubric files rubrics/sanhe-2018-department.json
// (附件2, 市政府有关部门), rubrics/sanhe-2018-town.json (附件3, 各镇区、街道办) and the
// group list rubrics/sanhe-2018-groups.json (附件1), checked against the document as the
// test-side reader rebuilds it (test/source/documents/sanhe-2018.ts).
//
// Rows → items: every data row of a table is one item, in order (the header row at
// line 75 / 557 is not). The one row that is not a scoring row of its own is line 309,
// the second content row of 贯彻落实三个重点领域政府信息公开实施意见情况(5分): its
// indicator cells are merged with line 301, so it fills down to the same path and gets
// id "…#2" and no points (the 5分 stay on line 301's item).
//
// The tables have no 分值 and no 扣分办法 column: points come from the indicator label
// ("决策公开(2分)"), and `rule` is the rule-bearing words inside 考核内容 (expectedRule).
// 考核方式 and 具体被考核部门 cells that the export leaves out (vertically merged) are
// filled down from the row above: dept lines 309, 371, 389, 423 (method), 453, 459, 467
// (method), 487–495; town lines 717, 753–771, 789, 809, 813.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Decimal from "decimal.js";
import type { Clause } from "../../src/core/rubric/clause-schema";
import type { GroupsFile } from "../../src/core/rubric/data-schemas";
import type { Rubric, RubricItem } from "../../src/core/rubric/rubric-schema";
import { splitLabelPoints } from "../../src/core/text/parse-points";
import type { SourceRow, SourceTable } from "../source/read-source-tables";
import { readSourceTable, SOURCE_DOCUMENTS_DIR } from "../source/read-source-tables";
import { collapseWhitespace, loadRubric, loadRubricFile } from "./load-rubric-file";

const FILE = "001_2f58974762a9e231.txt";
const DOCUMENT = collapseWhitespace(readFileSync(join(SOURCE_DOCUMENTS_DIR, FILE), "utf8"));

const [LEVEL1, LEVEL2, LEVEL3, CONTENT, METHOD, UNIT] = [0, 1, 2, 3, 4, 5] as const;

const cell = (row: SourceRow, i: number): string => row.cells[i] ?? "";
const dataRows = (t: SourceTable): SourceRow[] => t.rows.filter((r) => r.kind === "data");
/** The reader prints a 二级 label across 二级 and 三级 when the row has no 三级. */
const spansLevel3 = (row: SourceRow): boolean => (row.spans ?? []).some((s) => s.start === LEVEL2 && s.count === 2);

interface ExpectedItem {
  line: number;
  id: string;
  section: string;
  path: string[];
  content: string;
  points: string | null;
  method: string;
  unit: string;
}

/**
 * What each data row should become: indicator labels filled down (a new 二级 drops the
 * old 三级), names without points, consecutive duplicates dropped, "#n" for repeats;
 * points from the row's own leaf label (null when it prints none); 考核方式 and
 * 具体被考核部门 filled down within the 一级 section.
 */
function expectedItems(table: SourceTable): ExpectedItem[] {
  const seen = new Map<string, number>();
  let [l1, l2, l3, method, unit] = ["", "", "", "", ""];
  return dataRows(table).map((row) => {
    if (cell(row, LEVEL1) !== "") [l1, l2, l3, method, unit] = [cell(row, LEVEL1), "", "", "", ""];
    if (cell(row, LEVEL2) !== "") [l2, l3] = [cell(row, LEVEL2), spansLevel3(row) ? cell(row, LEVEL2) : ""];
    if (cell(row, LEVEL3) !== "") l3 = cell(row, LEVEL3);
    if (cell(row, METHOD) !== "") method = cell(row, METHOD);
    if (cell(row, UNIT) !== "") unit = cell(row, UNIT);
    const path: string[] = [];
    for (const label of [l1, l2, l3]) {
      const name = splitLabelPoints(label).name;
      if (name !== "" && path[path.length - 1] !== name) path.push(name);
    }
    const base = path.join("/");
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const leaf = cell(row, LEVEL3) || (spansLevel3(row) ? cell(row, LEVEL2) : "");
    const points = leaf === "" ? null : (splitLabelPoints(leaf).points?.toFixed() ?? null);
    return {
      line: row.line,
      id: n === 1 ? base : `${base}#${n}`,
      section: path[0] ?? "",
      path,
      content: collapseWhitespace(cell(row, CONTENT)),
      points,
      method: collapseWhitespace(method),
      unit: collapseWhitespace(unit),
    };
  });
}

/**
 * The rule inside 考核内容: "" when it prints no points; a single deduction sentence at
 * its end — "(…扣N分)" with its brackets, or the last comma clause "…扣N分" — when no
 * points are printed before it; otherwise (parts each carrying "(N分…)", "得N分",
 * "(1分/项)") the whole content.
 */
function expectedRule(content: string): string {
  if (!/\d分/.test(content)) return "";
  const tail = /(\([^()]*扣\d+(?:\.\d+)?分\)|[^,()]*扣\d+(?:\.\d+)?分)$/.exec(content);
  if (tail && !/\d分/.test(content.slice(0, tail.index))) return tail[0];
  return content;
}

/** A 具体被考核部门 text names units unless it describes them ("…部门", "各镇区、街道办"). */
function expectedUnits(text: string): string[] | undefined {
  return text.endsWith("部门") || text.startsWith("各") ? undefined : text.replace(/等$/, "").split("、");
}

/** The points figures "N分" of a text, in order. */
const figures = (text: string): string[] => [...text.matchAll(/(\d+(?:\.\d+)?)分/g)].map((m) => m[1] ?? "");

/** The words that print one band: "50%-40%得5分", "10%以下得0分", "50%以上(6分", "80%以上…得0.5分". */
function bandWords(b: { from?: string | undefined; to?: string | undefined; points: string }): RegExp {
  const esc = (s: string) => s.replace(".", "\\.");
  const points = esc(b.points);
  if (b.from !== undefined && b.to !== undefined && b.to !== "100") return new RegExp(`${b.to}%-${b.from}%得${points}分`);
  if (b.from === undefined && b.to !== undefined) return new RegExp(`${b.to}%以下得${points}分`);
  // Open above, or the unprinted 100 edge of 电子证照 ("完成…入库工作(1分", see its parseNote).
  return new RegExp(`${b.from ?? ""}%以上(?:\\(${points}分|[^,;]*?得${points}分)`);
}

/** "没有…" is 0 times, "一次/一种" 1, "两次以上/两种以上" 2. */
const COUNT_WORDS: Record<number, RegExp> = { 0: /没有/, 1: /一(?:次|种)/, 2: /两(?:次|种)以上/ };

/** Every number a clause states is printed in its own words, in the same order. */
function expectNumbersInText(clause: Clause, item: RubricItem): void {
  switch (clause.kind) {
    case "flat":
    case "per-occurrence":
      expect(figures(clause.text)).toEqual([clause.points]);
      break;
    case "sub-requirement":
      if (clause.perItem) expect(item.rule).toContain(`(${clause.points}分/项)`);
      else expect(clause.text).toMatch(new RegExp(`\\((?:满分)?${clause.points.replace(".", "\\.")}分`));
      expect(item.rule).toContain(clause.label);
      break;
    case "bands":
      expect(figures(clause.text)).toEqual(clause.bands.map((b) => b.points));
      for (const b of clause.bands) {
        expect(clause.text).toMatch(bandWords(b));
        // "“以上”包括本数,“以下”不包括本数" (line 22): a range keeps its lower edge, not its upper one.
        expect([b.fromInclusive, b.to === undefined || !b.toInclusive]).toEqual([true, true]);
      }
      break;
    case "levels":
      expect(figures(clause.text)).toEqual(clause.levels.map((l) => l.points));
      for (const l of clause.levels) expect(clause.text).toMatch(COUNT_WORDS[l.atLeast] ?? /^$/);
      break;
    case "by-level":
      expect(figures(clause.text)).toEqual(clause.levels.map((l) => l.points));
      expect(clause.levels.map((l) => `${l.level}${l.points}分`).join(",")).toBe(clause.text);
      break;
    case "zero-out":
      expect(clause.text).toContain("不得分");
      break;
    default:
      throw new Error(`${item.id}: clause kind ${clause.kind} not expected in 三河`);
  }
}

const TABLES = [
  // [rubric id, group (附件1), data rows: dept 10+17+3+4+5+4+6+4, town 5+3+3+4+5+2+4+4]
  ["sanhe-2018-department", "市政府有关部门", 53],
  ["sanhe-2018-town", "各镇区、街道办", 30],
] as const;

describe.each(TABLES)("%s", (id, group, rowCount) => {
  const rubric: Rubric = loadRubric(id);
  const table = readSourceTable(id);
  const expected = expectedItems(table);

  it("loads through the product's validation (invariants included) and names its table", () => {
    expect(rubric.id).toBe(id);
    expect(rubric.assesses).toBe(group);
    expect(rubric.document).toContain(FILE);
    expect(rubric.totalPoints).toBe("100"); // "总分100 分" (lines 73, 555); "考核结果满分为100分" (line 22)
    expect(collapseWhitespace(table.title)).toContain("总分100 分");
  });

  it("has one item per data row, in order", () => {
    expect(expected).toHaveLength(rowCount);
    expect(rubric.items.map((i) => i.id)).toEqual(expected.map((e) => e.id));
  });

  it("has the sections as printed in the 一级 cells", () => {
    const printed = dataRows(table)
      .filter((r) => cell(r, LEVEL1) !== "")
      .map((r) => {
        const { name, points } = splitLabelPoints(cell(r, LEVEL1));
        return { name, points: points?.toFixed() ?? null, kind: "base", source: collapseWhitespace(cell(r, LEVEL1)) };
      });
    expect(rubric.sections.map(({ pointsNote: _note, ...s }) => s)).toEqual(printed);
    expect(printed.reduce((sum, s) => sum.plus(s.points ?? 0), new Decimal(0)).toFixed()).toBe("100");
  });

  it.each(expected.map((e) => [e.line, e.id, e] as const))("line %i %s: path, points, content, rule, method, appliesTo", (_line, itemId, e) => {
    const item = rubric.items.find((i) => i.id === itemId);
    if (item === undefined) throw new Error(`no item ${itemId}`);
    expect(item.section).toBe(e.section);
    expect(item.path).toEqual(e.path);
    expect(item.points).toBe(e.points);
    expect(item.content).toBe(e.content);
    expect(item.rule).toBe(expectedRule(e.content));
    expect(item.method).toBe(e.method);
    const units = expectedUnits(e.unit);
    expect(item.appliesTo).toEqual(units === undefined ? { text: e.unit } : { text: e.unit, units });
    expect(item.bonusRule).toBeUndefined();
    expect(item.deductionCap).toBeUndefined();
    if (item.rule === "") expect(item.clauses).toEqual([]);
    else expect(item.clauses.length).toBeGreaterThan(0);
  });

  it("reads every clause from its own words, and each part's points add up to the item", () => {
    for (const item of rubric.items) {
      item.clauses.forEach((clause, i) => {
        expect(item.rule).toContain(clause.text);
        expectNumbersInText(clause, item);
        // A capped deduction acts inside the part it follows: its cap is that part's points.
        if (clause.kind === "per-occurrence" && clause.cap !== undefined) {
          const part = item.clauses.slice(0, i).reverse().find((c) => c.kind === "sub-requirement");
          expect(part?.kind === "sub-requirement" && part.points).toBe(clause.cap);
          expect(part?.text).toContain(clause.text);
        }
      });
      const parts = item.clauses.filter((c) => c.kind === "sub-requirement");
      if (parts.length > 0) {
        expect(parts.reduce((sum, p) => sum.plus(p.kind === "sub-requirement" ? p.points : 0), new Decimal(0)).toFixed()).toBe(item.points);
      }
    }
  });

  it("takes its policies, grades and percentage result from the notice, quoted as printed", () => {
    // Line 18: items outside a unit's duties are not assessed, the total becomes a percentage.
    const notApplicable = "对各镇区、街道办,市政府有关部门的考核将根据职能分工确定相应考评项,工作职能之外的内容不进行考核,总分将根据考评项的得分进行百分比转换。";
    const naPolicy = { kind: "not-applicable", treatment: "exclude-and-convert", source: notApplicable };
    // 市政府有关部门 only: 重点领域信息公开 (15分) prints 5 on 贯彻落实; the other 10 are shared by the named rows a department is assessed on.
    const named = rubric.items.filter((i) => i.section === "重点领域信息公开" && i.points === null && !i.id.includes("贯彻落实")).map((i) => i.id);
    const shared = { kind: "shared-points", items: named, points: "10", source: "重点领域信息公开 (15分)", note: expect.any(String) as unknown };
    expect(rubric.policies).toEqual(rubric.id === "sanhe-2018-department" ? [naPolicy, shared] : [naPolicy]);
    expect(rubric.result).toEqual({ kind: "percentage", source: notApplicable });
    // Line 22: "以上" includes the number, "以下" does not.
    expect(rubric.grades).toEqual([
      { name: "优秀", min: "90", minInclusive: true },
      { name: "良好", min: "75", minInclusive: true },
      { name: "一般", min: "60", minInclusive: true },
      { name: "较差", minInclusive: true },
    ]);
    expect(rubric.gradesSource).toBe("得分90分以上为优秀,75分以上90分以下为良好,60分以上75分以下为一般,60分以下为较差。(“以上”包括本数,“以下”不包括本数)");
    for (const source of [notApplicable, rubric.gradesSource ?? ""]) expect(DOCUMENT).toContain(source);
    expect(rubric.notes).toBeUndefined(); // no notes are printed under either table
  });
});

describe("sanhe-2018-department: 重点领域信息公开(15分)", () => {
  const rubric = loadRubric("sanhe-2018-department");
  const items = rubric.items.filter((i) => i.section === "重点领域信息公开");
  const implement = "重点领域信息公开/贯彻落实三个重点领域政府信息公开实施意见情况";

  it("keeps the 15 named items without points, each naming its 具体被考核部门 (lines 181–299)", () => {
    const named = items.filter((i) => !i.id.startsWith(implement));
    expect(named).toHaveLength(15);
    for (const item of named) {
      expect(item.points).toBeNull();
      expect(item.rule).toBe("");
      expect(item.appliesTo?.units?.length).toBeGreaterThan(0);
      expect(item.rangeNote).toContain(item.path[1]);
    }
  });

  it("puts the printed 5分 on 贯彻落实's first row and explains the 10分 the rows do not carry", () => {
    expect(items.filter((i) => i.id.startsWith(implement)).map((i) => [i.id, i.points])).toEqual([
      [implement, "5"],
      [`${implement}#2`, null],
    ]);
    const section = rubric.sections.find((s) => s.name === "重点领域信息公开");
    expect(section?.points).toBe("15");
    expect(section?.pointsNote).toMatch(/10分/);
  });
});

describe("sanhe-2018-groups", () => {
  const file = loadRubricFile("sanhe-2018-groups") as GroupsFile;
  const rows = dataRows(readSourceTable("sanhe-2018-groups"));

  it("lists the two groups of 附件1 with their units as printed, typos kept", () => {
    expect(file.kind).toBe("groups");
    expect(file.id).toBe("sanhe-2018-groups");
    expect(file.groups.map((g) => [g.name, g.rubric, g.source])).toEqual([
      ["市政府有关部门", "sanhe-2018-department", "市政府有关部门(30)"],
      ["各镇区、街道办", "sanhe-2018-town", "各镇区、街道办(18)"],
    ]);
    for (const g of file.groups) {
      expect(g.units).toEqual(rows.filter((r) => cell(r, 0) === g.name).map((r) => cell(r, 1)));
      expect(DOCUMENT).toContain(g.source);
      expect(() => loadRubric(g.rubric)).not.toThrow();
    }
    expect(file.groups.map((g) => g.units.length)).toEqual([30, 18]);
    // Printed this way (line 60, 64): "共资源交易中心" (公共…), "阳街道办" (a character missing).
    expect(file.groups[0]?.units).toContain("共资源交易中心");
    expect(file.groups[1]?.units).toContain("阳街道办");
  });

  it("names in 具体被考核部门 that the group list prints differently are known", () => {
    const listed = new Set(file.groups.flatMap((g) => g.units));
    const unmatched = new Set(
      loadRubric("sanhe-2018-department")
        .items.flatMap((i) => i.appliesTo?.units ?? [])
        .filter((u) => !listed.has(u)),
    );
    // 市综合执法局 (line 159) ~ 市行政执法局; 人行三河中心支行 (line 227) ~ 人行; 银监办 is not in
    // the list; 公共资源交易中心 (line 251) ~ 共资源交易中心.
    expect([...unmatched].sort()).toEqual(["人行三河中心支行", "公共资源交易中心", "市综合执法局", "银监办"].sort());
  });
});
