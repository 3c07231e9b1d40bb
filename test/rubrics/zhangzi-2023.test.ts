// rubrics/zhangzi-2023-b.json against 长子县2023年度政务公开工作考核细则与评分表（B类）
// (test/source-documents/004_4241c66f498ed225.txt, lines 7–76). Every data row is
// one item, in printed order (49); the nine header rows repeated at page breaks
// are not items. Rows without indicators (lines 31, 33, 35, 73) are items of the
// indicator filled down from above ("#2" ids), as the layout reader sees them.
//
// The export shifted cells in several rows; the rubric reads those cells where
// the text says they belong, and REALIGNED below lists every such row with the
// source column each field comes from. Everywhere else points, rule, bonusRule
// and method are the printed 赋分, 扣分标准, 加分标准 and 考核方式 cells.
import Decimal from "decimal.js";
import type { Clause } from "../../src/core/rubric/clause-schema";
import type { RubricItem } from "../../src/core/rubric/rubric-schema";
import { splitLabelPoints } from "../../src/core/text/parse-points";
import { readSourceTable, type SourceRow } from "../source/read-source-tables";
import { collapseWhitespace, loadRubric } from "./load-rubric-file";
import { inferredItemIds, sourceItemPaths } from "./source-item-ids";

const rubric = loadRubric("zhangzi-2023-b");
const source = readSourceTable("zhangzi-2023-b");
const rows = sourceItemPaths(source, [0, 1, 2]);

const RULE = 4;
const BONUS = 5;
const METHOD = 6;

type Column = 0 | 1 | 2 | 3 | 4 | 5 | 6;
interface Realigned {
  /** Points printed at the head of this cell ("3 部门文件应解读、尽解读"). */
  readonly pointsAt?: Column;
  /** The rule's column, or "after-points": the pointsAt cell after its leading points. */
  readonly rule?: Column | "after-points";
  readonly bonusRule?: Column;
  readonly method?: Column;
}

const REALIGNED: Readonly<Record<number, Realigned>> = {
  12: { bonusRule: 6, method: 5 }, // "…有一项,加1分, 加分上限3分" printed under 考核方式, "-" under 加分标准
  41: { bonusRule: 6, method: 5 }, // "…加2分" under 考核方式, "-" under 加分标准
  46: { rule: 2 }, // rule printed in the 三级 cell, "—" under 扣分标准
  47: { rule: 2 },
  51: { rule: 2, bonusRule: 6, method: 5 }, // rule in 三级; "网上检查+相关印证材料" under 加分标准, "—" under 考核方式
  57: { pointsAt: 2 }, // 赋分 "—"; "3 部门文件应解读、尽解读" in 三级
  59: { pointsAt: 2, rule: "after-points" }, // "3 检查本年度…扣0.5分" in 三级, the rest blank
  61: { pointsAt: 3, rule: "after-points" }, // 赋分 cell "2 政策制定机关…扣1分", 扣分标准 blank
  73: { rule: 6, bonusRule: 4, method: 5 }, // "…每一条加1分，上限5分" under 扣分标准: shifted one column left
  74: { rule: 6, bonusRule: 1, method: 5 }, // 综合加分项's rules in the 二级 cell; method text under 扣分标准 and 加分标准
};

/** "平台建设 管理与基础 数据维护 (20分)" is printed in the 二级 column (line 67); its rows form their own section. */
const PLATFORM = "平台建设管理与基础数据维护";
const PLATFORM_LINES = [67, 68, 69, 70, 73];
/** "主动公开 （赋分详见后注说明）" and "主动公开 (赋分详见后注 明)": the 重点领域 rows the note under the table scores. */
const KEY_AREAS = ["主动公开(赋分详见后注说明)", "主动公开(赋分详见后注明)"];
const NOT_APPLICABLE = "未涉及单位按考核分数的60%计分";

const cell = (row: SourceRow, col: number): string => collapseWhitespace(row.cells[col] ?? "");
const leadingPoints = (text: string): RegExpExecArray => /^(\d+(?:\.\d+)?) (.+)$/.exec(text) ?? fail(`no leading points in "${text}"`);

function fail(message: string): never {
  throw new Error(message);
}

/** 赋分 "2" → "2"; "—", "-" and blank → null. */
function printedPoints(text: string): string | null {
  if (text === "" || text === "—" || text === "-") return null;
  return /^\d+(\.\d+)?$/.test(text) ? text : fail(`赋分 cell "${text}" is not points`);
}

interface Expected {
  readonly points: string | null;
  readonly rule: string;
  readonly bonusRule: string;
  readonly method: string;
}

function expectedCells(row: SourceRow): Expected {
  const r = REALIGNED[row.line] ?? {};
  const prefixed = r.pointsAt === undefined ? undefined : leadingPoints(cell(row, r.pointsAt));
  const rule = r.rule === "after-points" ? (prefixed?.[2] ?? fail(`line ${row.line}: no points cell`)) : cell(row, r.rule ?? RULE);
  return {
    points: prefixed ? (prefixed[1] ?? null) : printedPoints(cell(row, 3)),
    rule,
    bonusRule: cell(row, r.bonusRule ?? BONUS),
    method: cell(row, r.method ?? METHOD),
  };
}

const itemAt = (line: number): RubricItem => {
  const i = rows.findIndex((r) => r.row.line === line);
  return rubric.items[i] ?? fail(`no item for line ${line}`);
};
const sum = (items: readonly RubricItem[]): string => items.reduce((acc, i) => acc.plus(i.points ?? 0), new Decimal(0)).toFixed();
const inSection = (name: string): RubricItem[] => rubric.items.filter((i) => i.section === name);

describe("zhangzi-2023-b", () => {
  it("is the table the document prints", () => {
    expect(rubric.title).toBe(source.title);
    expect(rubric.region).toBe("长子县");
    expect(rubric.year).toBe(2023);
    expect(rubric.notes).toEqual(source.notes);
    expect(rubric.result).toEqual({ kind: "none" });
    expect(rubric.grades).toBeUndefined();
  });

  it("has one item per printed row, in order", () => {
    expect(rows).toHaveLength(49);
    expect(rubric.items).toHaveLength(rows.length);
  });

  it.each(rows.map((r, i) => [r.row.line, i] as const))("line %i: id, section and cells as printed", (line, i) => {
    const row = rows[i] ?? fail(`no row ${i}`);
    const item = rubric.items[i] ?? fail(`no item ${i}`);
    expect(item.id).toBe(row.id);
    expect(item.path).toEqual(row.path);
    expect(item.section).toBe(PLATFORM_LINES.includes(line) ? PLATFORM : splitLabelPoints(row.labels[0] ?? "").name);
    expect(item.content).toBe(""); // the table has no 具体内容 column
    expect({ points: item.points, rule: item.rule, bonusRule: item.bonusRule, method: item.method }).toEqual(expectedCells(row.row));
    if (REALIGNED[line] !== undefined) expect(item.parseNote).toContain(`Line ${line}`);
  });

  it("reads every clause from its own rule or bonus text, with the number the text prints", () => {
    for (const item of rubric.items) {
      for (const c of item.clauses) {
        const own = item.rule.includes(c.text) || (item.bonusRule ?? "").includes(c.text);
        expect({ id: item.id, text: c.text, own }).toEqual({ id: item.id, text: c.text, own: true });
        if (c.kind === "flat" || c.kind === "per-occurrence") {
          const printed = [...c.text.matchAll(/[扣加](\d+(?:\.\d+)?)分/g)].at(-1)?.[1];
          expect({ id: item.id, text: c.text, points: c.points }).toEqual({ id: item.id, text: c.text, points: printed });
          expect(c.effect).toBe(c.text.includes("加") && !c.text.includes("扣") ? "bonus" : "deduct");
        }
      }
    }
  });

  it("takes every printed cap: 扣分上限 as deductionCap (or the clause's cap), 加分上限 / 上限 as bonusCap", () => {
    for (const item of rubric.items) {
      const deduction = /扣分上限(\d+(?:\.\d+)?)分/.exec(item.rule)?.[1];
      const clauseCaps = item.clauses.map((c: Clause) => ("cap" in c ? c.cap : undefined));
      if (deduction !== undefined) expect([item.deductionCap, ...clauseCaps]).toContain(deduction);
      const bonus = /上限为?(\d+(?:\.\d+)?)分/.exec(item.bonusRule ?? "")?.[1];
      if (bonus !== undefined) expect({ id: item.id, bonusCap: item.bonusCap }).toEqual({ id: item.id, bonusCap: bonus });
    }
    // 扣分上限3分 on a 2-point item (line 27) cannot be the item's cap: it stays on its clause.
    expect(itemAt(27).deductionCap).toBeUndefined();
    expect(itemAt(27).clauses).toEqual([expect.objectContaining({ kind: "per-occurrence", points: "0.5", cap: "3" })]);
  });

  it("names the unit each 重点领域 rule assesses", () => {
    for (const item of rubric.items) {
      const named = /（考核([^）]+)）/.exec(item.rule);
      expect({ id: item.id, appliesTo: item.appliesTo }).toEqual({
        id: item.id,
        appliesTo: named ? { text: named[0], units: [named[1]] } : undefined,
      });
    }
    expect(rubric.items.filter((i) => i.appliesTo).map((i) => i.appliesTo?.units?.[0])).toEqual([
      "县司法局", "县人社局", "县民政局", "县民政局", "县民政局", "县教育局", "县教育局", "县农业农村局", "县文旅局",
    ]);
  });

  it("has a section per printed 一级 label (and the 20分 label printed as 二级), with the labels' points", () => {
    const labels: [string, number][] = [];
    for (const row of source.rows) {
      if (row.kind !== "data") continue;
      if ((row.cells[0] ?? "") !== "") labels.push([row.cells[0] ?? "", row.line]);
      if (row.line === 67) labels.push([row.cells[1] ?? "", row.line]);
    }
    const expected = new Map<string, { points: Decimal | null; source: string[] }>();
    for (const [label] of labels) {
      const { name, points } = splitLabelPoints(label);
      const seen = expected.get(name) ?? { points: null, source: [] };
      expected.set(name, { points: points === null ? seen.points : (seen.points ?? new Decimal(0)).plus(points), source: [...seen.source, label] });
    }
    expect(rubric.sections.map((s) => s.name)).toEqual([...expected.keys()]);
    for (const section of rubric.sections) {
      const want = expected.get(section.name) ?? fail(section.name);
      expect({ name: section.name, points: section.points, source: section.source }).toEqual({
        name: section.name,
        points: want.points?.toFixed() ?? null,
        source: want.source.map(collapseWhitespace).join(" + "),
      });
      expect(section.kind).toBe(section.name === "综合加分项" ? "bonus" : "base");
    }
    // 主动公开 is printed four times: (15分) lines 15–19, (12分) 22–27, (14分) 45–47, (4分) 50–51.
    expect(expected.get("主动公开")?.source).toHaveLength(4);
  });

  it("explains every section whose items do not add up to its label", () => {
    // 主动公开: 15 + 12 + 9 (the 14分 block) + 4 = 40 against 45; 解读责任 3 and 解读质量 3 + 2
    // against 8 each (points printed inside text cells, lines 57, 59, 61).
    expect([sum(inSection("主动公开")), sum(inSection("解读责任")), sum(inSection("解读质量"))]).toEqual(["40", "3", "5"]);
    for (const section of rubric.sections) {
      const items = sum(inSection(section.name));
      if (section.points !== null && items !== section.points) expect(section.pointsNote).toBeDefined();
    }
    expect(sum(inSection("解读咨询回应"))).toBe("8");
    expect(sum(inSection(PLATFORM))).toBe("20");
  });

  it("totals the base points the items carry: 97, not the labels' 108", () => {
    // Labels: 12 + 15 + 12 + 14 + 4 + 7 + 8 + 8 + 8 + 20 = 108; no total is printed.
    const labels = rubric.sections.reduce((acc, s) => acc.plus(s.points ?? 0), new Decimal(0));
    expect(labels.toFixed()).toBe("108");
    // Items: 12 + 15 + 12 + 2 (信息公开保密审查) + 9 + 4 + 7 + 3 + 3 + 2 + 8 + 20 = 97.
    expect(sum(rubric.items)).toBe("97");
    expect(rubric.totalPoints).toBe(sum(rubric.items));
  });

  it("scores 60% of the points for a unit the 加分标准 column says is not concerned (lines 22–27)", () => {
    const concerned = rows.filter((r) => cell(r.row, BONUS) === NOT_APPLICABLE);
    expect(concerned.map((r) => r.row.line)).toEqual([22, 23, 24, 25, 26, 27]);
    const policies = rubric.policies.filter((p) => p.kind === "not-applicable");
    expect(policies).toEqual([
      { kind: "not-applicable", treatment: "share-of-points", share: "0.6", items: concerned.map((r) => r.id), source: NOT_APPLICABLE },
    ]);
  });

  it("scores the 重点领域 rows by the note: no base points, +2 or deducted up to 2", () => {
    const note = source.notes[0] ?? fail("no note");
    expect(rubric.policies.filter((p) => p.kind === "all-or-nothing")).toEqual([
      { kind: "all-or-nothing", sections: KEY_AREAS, source: note.replace(/^注：/, "") },
    ]);
    const keyItems = rubric.items.filter((i) => KEY_AREAS.includes(i.section));
    expect(keyItems.map((i) => rows[rubric.items.indexOf(i)]?.row.line)).toEqual([30, 31, 32, 33, 34, 35, 36, 39, 40, 41]);
    for (const item of keyItems) {
      expect({ id: item.id, points: item.points, deductionOnly: item.deductionOnly, deductionCap: item.deductionCap, bonusCap: item.bonusCap }).toEqual({
        id: item.id,
        points: null,
        deductionOnly: true,
        deductionCap: "2",
        bonusCap: "2",
      });
    }
    expect(rubric.items.filter((i) => i.deductionOnly)).toEqual(keyItems);
  });

  it("reads the shapes the rules print", () => {
    expect(itemAt(25).clauses).toEqual([{ kind: "judgement", effect: "deduct", text: "事项不完整、不准确、不实用的，根据实际情况进行扣分" }]);
    expect(itemAt(26).clauses).toEqual([expect.objectContaining({ kind: "per-step", effect: "deduct", step: "1", points: "0.5" })]);
    expect(itemAt(70).clauses.map((c) => c.kind === "per-step" && [c.step, c.points, c.cap])).toEqual([false, ["5", "1", undefined], ["5", "1", "2"]]);
    expect(itemAt(74).clauses[0]).toEqual({
      kind: "by-level",
      effect: "bonus",
      levels: [
        { level: "国家级", points: "4" },
        { level: "省级", points: "3" },
        { level: "市级", points: "2" },
        { level: "县级", points: "1" },
      ],
      text: "国家级每项加4分，省级每项3分，市级每项2分，县级每项1分(可累计)",
    });
    expect(itemAt(74).clauses.map((c) => c.kind)).toEqual(["by-level", "flat", "per-occurrence", "judgement"]);
    expect(itemAt(74).bonusCap).toBeUndefined(); // 综合加分项 prints no cap
    expect(itemAt(58).clauses.map((c) => c.kind === "by-level" && c.levels.map((l) => l.points))).toEqual([false, ["2", "1", "0.5"]]);
  });

  it("uses the ids the product's reader gives the printed layout", () => {
    // The reader skips line 59: its 赋分, 扣分标准, 加分标准 and 考核方式 cells are blank (all its
    // text is in the 三级 cell). Every other row is an item with the same id.
    const skipped = [itemAt(59).id];
    expect(inferredItemIds(source)).toEqual(rubric.items.map((i) => i.id).filter((id) => !skipped.includes(id)));
  });
});
