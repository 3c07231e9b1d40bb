// Checks rubrics/yueyang-county.json and rubrics/yueyang-department.json
// against the document they come from (000_b8356b1e863becea.txt, 岳阳市政务公开
// 政务服务工作考核细则, parts 一 and 二), as test/source/read-source-tables.ts
// reads it.
//
// How rows map to items: every data row of the source table is one item, in
// printed order. The other rows are not items: the first header row and its
// page-break repeats (kind "header": county lines 80, 170, 230, 288, 422;
// department lines 630, 698, 767, 868), the caption above the table and the
// notes below it. The 加分/扣分 rows print one cell across 三级指标 and 具体内容
// (the reader gives it as a span starting at 三级): that text is the item's
// path end (as the sheet reader sees it, the 具体内容 cell being merged into it)
// and, being printed across 具体内容 too, its content.
import Decimal from "decimal.js";
import { buildGrid } from "../../src/core/testing/build-grid";
import { toA1 } from "../../src/core/grid/a1";
import { readScoresheets } from "../../src/core/layout/read-scoresheets";
import { inferRubric } from "../../src/core/rubric/infer-rubric";
import type { Rubric, RubricItem } from "../../src/core/rubric/rubric-schema";
import { splitLabelPoints } from "../../src/core/text/parse-points";
import { readSourceTable, type SourceRow, type SourceTable } from "../source/read-source-tables";
import { collapseWhitespace, loadRubric } from "./load-rubric-file";

const DOCUMENT = "000_b8356b1e863becea.txt";
const COL = { level1: 0, level2: 1, level3: 2, content: 3, points: 4, rule: 5 } as const;

function fail(message: string): never {
  throw new Error(message);
}

const dataRows = (t: SourceTable): SourceRow[] => t.rows.filter((r) => r.kind === "data");
const cell = (row: SourceRow, col: number): string => row.cells[col] ?? fail(`line ${row.line}: no cell ${col}`);
const spansLevel3 = (row: SourceRow): boolean => row.spans?.some((s) => s.start === COL.level3 && s.count === 2) ?? false;
const withoutSpaces = (text: string): string => text.replace(/\s+/g, "");
const sum = (items: readonly RubricItem[]): string => items.reduce((acc, i) => acc.plus(i.points ?? 0), new Decimal(0)).toFixed();

interface ExpectedRow {
  readonly id: string;
  readonly path: string[];
  readonly section: string;
  readonly row: SourceRow;
}

/**
 * The document's rows with "same as above" filled down the way the sheet
 * reader does it (src/core/layout/fill-down.ts): a blank indicator cell is
 * the one above while every level above it was carried too, so a new 二级
 * with a blank 三级 does not inherit the old 三级. Labels lose whitespace and
 * points (splitLabelPoints), consecutive duplicates are dropped, and ids are
 * the path joined with "/", "#2", "#3"… for repeats (infer-rubric.ts).
 */
function expectedRows(table: SourceTable): ExpectedRow[] {
  let labels: (string | undefined)[] = [];
  const seen = new Map<string, number>();
  return dataRows(table).map((row) => {
    const next: (string | undefined)[] = [];
    let carrying = true;
    for (const col of [COL.level1, COL.level2, COL.level3]) {
      const text = cell(row, col).trim();
      const above = labels[col];
      if (text !== "") {
        next[col] = text;
        if (above === undefined || withoutSpaces(above) !== withoutSpaces(text)) carrying = false;
      } else if (carrying) {
        next[col] = above;
      }
    }
    labels = next;
    const path: string[] = [];
    for (const label of next) {
      const name = label === undefined ? "" : splitLabelPoints(label).name;
      if (name !== "" && path[path.length - 1] !== name) path.push(name);
    }
    const base = path.join("/");
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return { id: count === 1 ? base : `${base}#${count}`, path, section: path[0] ?? fail(`line ${row.line}: no 一级指标`), row };
  });
}

/** The source table laid out as a sheet (titles, rows with their spans merged, notes) for the product's own reader. */
function sheetOf(table: SourceTable): ReturnType<typeof buildGrid> {
  const values: (string | null)[][] = table.title.split("\n").map((line) => [line]);
  const merges: string[] = [];
  for (const row of table.rows) {
    if (row.kind === "title") continue;
    const at = values.length;
    values.push(row.cells.map((c) => (c === "" ? null : c)));
    for (const span of row.spans ?? []) merges.push(`${toA1(at, span.start)}:${toA1(at, span.start + span.count - 1)}`);
  }
  values.push([]);
  for (const note of table.notes) values.push([note]);
  return buildGrid(table.id, values, merges);
}

interface Case {
  readonly id: string;
  /** The part title as printed: county line 3, department line 567. */
  readonly assesses: string;
  readonly document: string;
  /** Counted by hand: county lines 12–553, department lines 578–959. */
  readonly items: number;
  /** Sections as printed in the 一级指标 labels (加分/扣分: the 二级 label "加分 10分"), with the line of the label. */
  readonly sections: readonly (readonly [name: string, points: string, kind: "base" | "bonus" | "penalty", line: number])[];
}

const CASES: readonly Case[] = [
  {
    id: "yueyang-county",
    assesses: "一、对县、市、区的考核（含开发区、产业新区、管理区）",
    document: `${DOCUMENT} 一、对县、市、区的考核`,
    items: 61,
    sections: [
      ["组织领导", "5", "base", 12],
      ["政府信息公开", "40", "base", 46],
      ["政务服务", "45", "base", 324],
      ["基层政务公开与政务服务", "10", "base", 488],
      ["加分", "10", "bonus", 528],
      ["扣分", "10", "penalty", 544],
    ],
  },
  {
    id: "yueyang-department",
    assesses: "二、对市直部门单位（含中央、省属驻岳单位）",
    document: `${DOCUMENT} 二、对市直部门单位`,
    items: 42,
    sections: [
      ["组织领导", "5", "base", 578],
      ["政府信息公开", "40", "base", 604],
      ["政务服务", "55", "base", 817],
      ["加分", "10", "bonus", 934],
      ["扣分", "10", "penalty", 950],
    ],
  },
];

describe.each(CASES)("rubrics/$id.json", (c) => {
  const table = readSourceTable(c.id);
  const expected = expectedRows(table);
  // Loaded in beforeAll so an invalid file fails every test here with the validation messages, not the whole file.
  let rubric: Rubric;
  beforeAll(() => {
    rubric = loadRubric(c.id);
  });

  it("is the table it says it is", () => {
    expect(rubric.id).toBe(c.id);
    expect(rubric.title).toBe("岳阳市政务公开政务服务工作考核细则");
    // The document's title is its line 1, printed once above part 一.
    expect(readSourceTable("yueyang-county").title.split("\n")[0]).toBe(rubric.title);
    expect(table.document).toBe(DOCUMENT);
    expect(rubric.region).toBe("岳阳市");
    expect(rubric.assesses).toBe(c.assesses);
    expect(table.title.split("\n")).toContain(rubric.assesses);
    expect(rubric.document).toBe(c.document);
    expect(rubric.totalPoints).toBe("100");
  });

  it("has one item per data row of the table, in printed order", () => {
    expect(expected).toHaveLength(c.items);
    expect(rubric.items).toHaveLength(c.items);
    expect(rubric.items.map((i) => i.id)).toEqual(expected.map((e) => e.id));
    expect(rubric.items.map((i) => i.path)).toEqual(expected.map((e) => e.path));
    expect(rubric.items.map((i) => i.section)).toEqual(expected.map((e) => e.section));
  });

  it("gives every item the points, content and rule printed in its row", () => {
    rubric.items.forEach((item, i) => {
      const row = expected[i]?.row ?? fail(`no source row for ${item.id}`);
      const printed = cell(row, COL.points).trim();
      const content = spansLevel3(row) ? cell(row, COL.level3) : cell(row, COL.content);
      expect([item.id, item.points]).toEqual([item.id, printed === "" ? null : printed]);
      expect([item.id, item.content]).toEqual([item.id, collapseWhitespace(content)]);
      expect([item.id, item.rule]).toEqual([item.id, collapseWhitespace(cell(row, COL.rule))]);
      expect(item.bonusRule).toBeUndefined();
      expect(item.method).toBeUndefined();
    });
  });

  it("reads every clause from its own rule text", () => {
    for (const item of rubric.items) {
      expect([item.id, item.rule === "" ? 0 : item.clauses.length > 0]).toEqual([item.id, item.rule === "" ? 0 : true]);
      for (const clause of item.clauses) {
        expect([item.id, item.rule.includes(clause.text)]).toEqual([item.id, true]);
        // The amount a clause reads is the amount its words print (扣0.5分, 加1分).
        if ("points" in clause && clause.points !== undefined) expect([item.id, clause.text]).toEqual([item.id, expect.stringMatching(new RegExp(`[扣加]${clause.points.replace(".", "\\.")}分`))]);
        if (clause.kind === "per-step") expect(clause.text).toContain(`每降低${clause.step}个百分点`);
        // 每少一项 / 每件次 / 每次 is counted; a clause without 每 is a flat amount; 加 is a bonus.
        if (clause.kind === "per-occurrence") expect([item.id, clause.text]).toEqual([item.id, expect.stringMatching(new RegExp(`每.*${clause.per}`))]);
        if (clause.kind === "flat") expect([item.id, clause.text.includes("每")]).toEqual([item.id, false]);
        if ("effect" in clause) expect([item.id, clause.effect]).toEqual([item.id, /加\d/.test(clause.text) ? "bonus" : "deduct"]);
      }
      // Clauses follow the rule text's order.
      const starts = item.clauses.map((cl) => item.rule.indexOf(cl.text));
      expect([item.id, starts]).toEqual([item.id, [...starts].sort((a, b) => a - b)]);
    }
  });

  it("has the sections and points printed in the labels", () => {
    expect(rubric.sections.map((s) => [s.name, s.points, s.kind])).toEqual(c.sections.map(([name, points, kind]) => [name, points, kind]));
    for (const [name, points, kind, line] of c.sections) {
      const row = dataRows(table).find((r) => r.line === line) ?? fail(`${c.id}: no data row at line ${line}`);
      const label = kind === "base" ? cell(row, COL.level1) : cell(row, COL.level2);
      expect(splitLabelPoints(label)).toEqual({ name, points: new Decimal(points) });
      const section = rubric.sections.find((s) => s.name === name) ?? fail(`no section ${name}`);
      expect(section.source).toBe(withoutSpaces(label));
      expect(section.pointsNote).toBeUndefined();
    }
    const base = rubric.sections.filter((s) => s.kind === "base").reduce((acc, s) => acc.plus(s.points ?? 0), new Decimal(0));
    expect(base.toFixed()).toBe(rubric.totalPoints);
  });

  it("caps each 加分 item's bonus and each 扣分 item's deduction at its own 分值", () => {
    for (const item of rubric.items) {
      const kind = rubric.sections.find((s) => s.name === item.section)?.kind;
      if (kind === "bonus") {
        expect([item.id, item.bonusCap]).toEqual([item.id, item.points]);
        expect(item.clauses).toEqual([{ kind: "per-occurrence", effect: "bonus", points: "1", per: "次", text: "每次加1分" }]);
      } else {
        expect([item.id, item.bonusCap]).toEqual([item.id, undefined]);
      }
      if (kind === "penalty") expect(item.clauses).toEqual([{ kind: "per-occurrence", effect: "deduct", points: "1", per: "次", text: "每次扣1分" }]);
      expect([item.id, item.deductionCap]).toEqual([item.id, undefined]);
    }
    // 加分 7 + 3 and 扣分 5 + 5: each section's items add to its cap of 10.
    expect(sum(rubric.items.filter((i) => i.section === "加分"))).toBe("10");
    expect(sum(rubric.items.filter((i) => i.section === "扣分"))).toBe("10");
  });

  it("keeps the notes verbatim and every policy cites one of them", () => {
    expect(rubric.notes).toEqual(table.notes);
    for (const policy of rubric.policies) {
      expect([policy.kind, table.notes.some((n) => n.endsWith(policy.source))]).toEqual([policy.kind, true]);
    }
    const cap = rubric.policies.filter((p) => p.kind === "deduction-cap-is-points");
    expect(cap).toEqual([{ kind: "deduction-cap-is-points", source: "所有的扣分上限不超过该项目最高分值，扣完为止。" }]);
    expect(rubric.grades).toBeUndefined();
    expect(rubric.result).toBeUndefined();
  });

  it("agrees with what the product reads off the table laid out as a sheet", () => {
    const reading = readScoresheets(sheetOf(table));
    expect(reading.tables).toHaveLength(1);
    const inferred = inferRubric(reading.tables[0] ?? fail("no table")).rubric;
    expect(inferred.items.map((i) => [i.id, i.section, i.points, i.bonusCap])).toEqual(rubric.items.map((i) => [i.id, i.section, i.points, i.bonusCap]));
    expect(inferred.sections.map((s) => [s.name, s.points, s.kind])).toEqual(rubric.sections.map((s) => [s.name, s.points, s.kind]));
  });
});

describe("rubrics/yueyang-county.json: its notes", () => {
  let rubric: Rubric;
  beforeAll(() => {
    rubric = loadRubric("yueyang-county");
  });

  it("has every base section's items add up to its points", () => {
    for (const section of rubric.sections.filter((s) => s.kind === "base")) {
      expect([section.name, sum(rubric.items.filter((i) => i.section === section.name))]).toEqual([section.name, section.points]);
    }
    expect(rubric.items.some((i) => i.deductionOnly)).toBe(false);
  });

  it("注2: units with no 政务服务中心 task score the average on the 政务服务中心 items (政务服务建设管理, 政务中心建设管理)", () => {
    const policy = rubric.policies.find((p) => p.kind === "not-applicable") ?? fail("no not-applicable policy");
    expect(policy).toMatchObject({ treatment: "average-of-applicable", source: "无政务服务中心建设任务的单位，其该项目得分按有建设任务单位得分的平均分值计分。" });
    const centre = rubric.items.filter((i) => i.path[1] === "政务服务建设管理" || i.path[1] === "政务中心建设管理");
    expect("items" in policy ? policy.items : undefined).toEqual(centre.map((i) => i.id));
    // 平台建设 2+2, 项目进厅 3+3+3+2, 审批改革 2+2+4+2+2+2, 规范管理 6×1 (lines 324–472).
    expect([centre.length, sum(centre)]).toEqual([18, "35"]);
  });

  it("keeps the several rows under one 三级指标 apart with #2, #3…", () => {
    const repeats = (name: string): number => rubric.items.filter((i) => i.path[2] === name && i.section === "政务服务").length;
    expect([repeats("平台建设"), repeats("项目进厅"), repeats("审批改革"), repeats("规范管理")]).toEqual([2, 4, 6, 6]);
    expect(rubric.items.map((i) => i.id)).toContain("政务服务/政务服务建设管理/审批改革#6");
  });
});

describe("rubrics/yueyang-department.json: its notes", () => {
  let rubric: Rubric;
  let keyAreas: RubricItem[];
  beforeAll(() => {
    rubric = loadRubric("yueyang-department");
    keyAreas = rubric.items.filter((i) => i.path[1] === "重点领域信息公开");
  });

  it("注1: the 重点领域信息公开 items are 倒扣分制 (deduction-only, all or nothing), so 政府信息公开 adds to 40 = 58 − 18", () => {
    expect(keyAreas).toHaveLength(9);
    expect(rubric.items.filter((i) => i.deductionOnly).map((i) => i.id)).toEqual(keyAreas.map((i) => i.id));
    const info = rubric.items.filter((i) => i.section === "政府信息公开");
    expect([sum(info), sum(keyAreas), sum(info.filter((i) => !i.deductionOnly))]).toEqual(["58", "18", "40"]);
    const policy = rubric.policies.find((p) => p.kind === "all-or-nothing") ?? fail("no all-or-nothing policy");
    expect(policy).toEqual({
      kind: "all-or-nothing",
      items: keyAreas.map((i) => i.id),
      source: "重点领域信息公开指标实行倒扣分制，即完成指标任务不记分，未完成指标任务则扣除该项指标所定分值。",
    });
  });

  it("has every other base section's items add up to its points", () => {
    for (const name of ["组织领导", "政务服务"]) {
      const section = rubric.sections.find((s) => s.name === name) ?? fail(`no section ${name}`);
      expect([name, sum(rubric.items.filter((i) => i.section === name))]).toEqual([name, section.points]);
    }
  });

  it("注3: units outside the 政务服务中心 score the average of the units that have the task on the whole 政务服务 section", () => {
    expect(rubric.policies.find((p) => p.kind === "not-applicable")).toEqual({
      kind: "not-applicable",
      treatment: "average-of-applicable",
      sections: ["政务服务"],
      source: "未纳入市政务中心集中开展政务服务或以分中心形式开展政务服务的单位，其政务服务考核项目得分以有任务单位所得平均分计算。",
    });
  });

  it("keeps the several rows under one 三级指标 apart with #2, #3…", () => {
    const repeats = (name: string): number => rubric.items.filter((i) => i.path[2] === name).length;
    expect([repeats("审批改革"), repeats("窗口管理"), repeats("规范管理")]).toEqual([5, 3, 3]);
  });
});
