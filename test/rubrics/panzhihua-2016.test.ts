// 攀枝花市 2016 (002_7107ca8b840373a2.txt): the seven files read from it, checked
// against the source tables as test/source/read-source-tables.ts reads them and
// against the document's own sentences.
//
// How rows map to items: in every 考评表 each data row is one item, in order
// (the reader's first row is the printed header, kind "header"; there are no
// repeated headers or sub-headings). The 政务信息 tables print 报送工作 once
// over three rows: the two rows below it leave 序号 and 考核指标 blank ("same as
// above"), so they are items 报送工作#2 and 报送工作#3. 政务（信息）公开工作考评表
// has no indicator column: its 考核内容 cell (组织保障 …) is the item's only
// label, so it is both the path and the content. In 任务分配表 every data row is
// one unit; the title rows ("一、各县区政府" …) are the groups and each group's
// own header line is kind "header". 计分标准 is two numbered lists; each list
// item is one or more adoption-scale entries (item (三) of the 省级 list holds
// four rates).
import Decimal from "decimal.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Clause } from "../../src/core/rubric/clause-schema";
import type { AdoptionScaleFile, TargetsFile } from "../../src/core/rubric/data-schemas";
import type { Rubric } from "../../src/core/rubric/rubric-schema";
import { splitLabelPoints } from "../../src/core/text/parse-points";
import type { SourceRow, SourceTable } from "../source/read-source-tables";
import { readSourceTable, SOURCE_DOCUMENTS_DIR } from "../source/read-source-tables";
import { collapseWhitespace, loadRubric, loadRubricFile } from "./load-rubric-file";

const DOCUMENT = "002_7107ca8b840373a2.txt";
const documentLines = readFileSync(join(SOURCE_DOCUMENTS_DIR, DOCUMENT), "utf8")
  .replace(/\r\n?/g, "\n")
  .split("\n")
  .map((l) => l.trim());
const documentText = documentLines.join("\n");

/** Columns of each 考评表: the label cell (考核内容 or 考核指标), 分值, content and rule. */
interface Layout {
  readonly label: number;
  readonly points: number;
  readonly content: number;
  readonly rule: number;
}
const OPENNESS: Layout = { label: 1, points: 2, content: 1, rule: 3 };
const INDICATOR: Layout = { label: 1, points: 2, content: 3, rule: 4 };

interface ExpectedItem {
  readonly id: string;
  readonly section: string;
  readonly points: string;
  readonly content: string;
  readonly rule: string;
  readonly row: SourceRow;
}

/** What each data row says, indicator labels filled down and ids numbered as infer-rubric does. */
function expectedItems(table: SourceTable, layout: Layout): ExpectedItem[] {
  const seen = new Map<string, number>();
  let label = "";
  return table.rows
    .filter((r) => r.kind === "data")
    .map((row) => {
      const cell = (i: number): string => row.cells[i] ?? "";
      if (cell(layout.label).trim() !== "") label = splitLabelPoints(cell(layout.label)).name;
      const count = (seen.get(label) ?? 0) + 1;
      seen.set(label, count);
      return {
        id: count === 1 ? label : `${label}#${count}`,
        section: label,
        points: cell(layout.points).trim(),
        content: collapseWhitespace(cell(layout.content)),
        rule: collapseWhitespace(cell(layout.rule)),
        row,
      };
    });
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The number a clause reads must be the one its words print: "扣 2.5 分", "少得 2 分", "满分为 64 分". */
function pointsInText(c: Clause): void {
  if (c.kind === "flat" || c.kind === "per-occurrence" || c.kind === "presence") {
    expect(c.text).toMatch(new RegExp(`(扣|得)\\s*${escape(c.points)}\\s*分`));
  } else if (c.kind === "sub-requirement") {
    expect(c.text).toMatch(new RegExp(`满分为\\s*${escape(c.points)}\\s*分`));
  }
}

/** The bands a ratio passage prints, as shares kept: "得 70% 分数" keeps 0.7, "扣 30% 分数" keeps 0.7. */
function ratioBandsOf(text: string): { from: string | undefined; to: string | undefined; share: string }[] {
  const bands: { from: string | undefined; to: string | undefined; share: string }[] = [];
  if (/完成采用目标任务(得全分|不扣分)/.test(text)) bands.push({ from: "100", to: undefined, share: "1" });
  for (const m of text.matchAll(/完成目标分值 (\d+)% 以上\(含 \1%\)，不足 (\d+)%，(得|扣) (\d+)% 分数/g)) {
    const share = new Decimal(m[4] ?? "").div(100);
    bands.push({ from: m[1], to: m[2], share: (m[3] === "得" ? share : new Decimal(1).minus(share)).toFixed() });
  }
  const none = /完成目标分值 (\d+)% \(不含 \1%\) 以下，此项(不得分|分数扣完)/.exec(text);
  if (none?.[1]) bands.push({ from: undefined, to: none[1], share: "0" });
  return bands;
}

/** Checks one 考评表 file against its source table, row by row. */
function checkAgainstSource(rubric: Rubric, table: SourceTable, layout: Layout): void {
  const expected = expectedItems(table, layout);
  expect(rubric.title).toBe(table.title);
  expect(rubric.document?.startsWith(`${DOCUMENT} `)).toBe(true);
  expect(rubric.items.map((i) => i.id)).toEqual(expected.map((e) => e.id));
  rubric.items.forEach((item, n) => {
    const e = expected[n];
    if (e === undefined) throw new Error(`no source row for ${item.id}`);
    expect({ id: item.id, section: item.section, path: item.path, points: item.points, content: item.content, rule: item.rule }).toEqual({
      id: e.id,
      section: e.section,
      path: [e.section],
      points: e.points,
      content: e.content,
      rule: e.rule,
    });
    for (const c of item.clauses) {
      expect(item.rule).toContain(c.text);
      pointsInText(c);
    }
    // 一票否决 in the rule is a veto clause; every 不得分 is a zero-out, a ratio band, or the absence half of a presence (有…得5分，无…不得分).
    expect(item.clauses.some((c) => c.kind === "veto")).toBe(item.rule.includes("一票否决"));
    for (const m of item.rule.matchAll(/不得分/g)) {
      const at = m.index;
      const covered = item.clauses.some((c) => {
        if (c.kind !== "zero-out" && c.kind !== "ratio" && !(c.kind === "presence" && c.deduct === undefined)) return false;
        const start = item.rule.indexOf(c.text);
        return start <= at && at < start + c.text.length;
      });
      expect(covered).toBe(true);
    }
    for (const c of item.clauses) {
      if (c.kind !== "ratio") continue;
      expect(c.bands.map((b) => ({ from: b.from, to: b.to, share: b.share }))).toEqual(ratioBandsOf(c.text));
      // "以上(含 70%)" includes the lower edge, "不足"/"(不含 30%) 以下" exclude the upper one.
      for (const b of c.bands) expect([b.fromInclusive, b.to === undefined || !b.toInclusive]).toEqual([true, true]);
    }
    // A row whose rule awards less than its 分值 keeps both numbers and says so.
    const awards = item.clauses.filter((c) => c.kind === "flat" && c.effect === "award");
    for (const a of awards) {
      if (a.kind !== "flat" || item.points === null || new Decimal(a.points).gte(item.points)) continue;
      expect(item.rangeNote).toContain(`分值 ${item.points}`);
      expect(item.rangeNote).toContain(`得 ${a.points} 分`);
    }
  });
  // Sections: the labels as printed, in order, each worth the 分值 of its rows.
  const sums = new Map<string, Decimal>();
  for (const e of expected) sums.set(e.section, (sums.get(e.section) ?? new Decimal(0)).plus(e.points));
  expect(rubric.sections.map((s) => [s.name, s.points, s.kind])).toEqual([...sums].map(([name, sum]) => [name, sum.toFixed(), "base"]));
  expect(rubric.totalPoints).toBe([...sums.values()].reduce((a, b) => a.plus(b), new Decimal(0)).toFixed());
  // Notes are the 细则's own scoring paragraphs, verbatim; every source is the document's words.
  for (const note of rubric.notes ?? []) expect(documentLines).toContain(note);
  for (const policy of rubric.policies) expect(documentText).toContain(policy.source);
  if (rubric.result && rubric.result.kind !== "none") expect(documentText).toContain(rubric.result.source);
}

function resultOf(rubric: Rubric): { kind: string; amount?: string } {
  const r = rubric.result;
  if (r === undefined || r.kind === "none" || r.kind === "percentage") return { kind: r?.kind ?? "none" };
  return r.kind === "deduction-scale" ? { kind: r.kind, amount: r.maxDeduction } : { kind: r.kind, amount: r.maxPoints };
}

describe("攀枝花 2016 政务（信息）公开工作考评表", () => {
  const table = readSourceTable("panzhihua-2016-openness");
  let rubric: Rubric;
  beforeAll(() => {
    rubric = loadRubric("panzhihua-2016-openness");
  });

  it("has one item per row, with the printed points, content and rule", () => {
    checkAgainstSource(rubric, table, OPENNESS);
    expect(rubric.items).toHaveLength(4);
  });

  it("reads each numbered <p> sentence as one deduction (the 五公开 heading states the total of ①–⑤)", () => {
    for (const item of rubric.items) {
      const paragraphs = [...item.rule.matchAll(/<p>(.*?)<\/p>/g)].map((m) => m[1] ?? "").filter((p) => !p.includes("共计扣"));
      expect(item.clauses.map((c) => c.text)).toEqual(paragraphs);
      for (const c of item.clauses) expect([c.kind, c.kind === "flat" ? c.effect : ""]).toEqual(["flat", "deduct"]);
    }
    const heading = rubric.items.find((i) => i.id === "重点工作");
    expect(heading?.rule).toContain("（共计扣 25 分）");
    const five = heading?.clauses.filter((c) => /^[①②③④⑤]/.test(c.text)) ?? [];
    expect(five.reduce((a, c) => a.plus(c.kind === "flat" ? c.points : 0), new Decimal(0)).toFixed()).toBe("25");
    // 载体建设: 5 + 2.5 + 5 + 5 = 17.5 of 20, kept as printed.
    expect(rubric.items.find((i) => i.id === "载体建设")?.rangeNote).toContain("17.5");
  });

  it("converts to at most 2 points deducted and vetoes with 2 points off the unit's total", () => {
    expect(resultOf(rubric)).toEqual({ kind: "deduction-scale", amount: /最多扣(\d+)分/.exec(rubric.result?.kind === "deduction-scale" ? rubric.result.source : "")?.[1] });
    expect(resultOf(rubric).amount).toBe("2");
    const veto = rubric.policies.find((p) => p.kind === "veto");
    expect(veto).toMatchObject({ kind: "veto", effect: "deduct-total", points: /总分中扣(\d+)分/.exec(veto?.source ?? "")?.[1] });
    expect(veto?.source).toContain("“一票否决”制度");
    expect(rubric.notes?.some((n) => n.includes("采用倒扣分法计分"))).toBe(true);
  });
});

describe("攀枝花 2016 效能建设工作考评表", () => {
  const table = readSourceTable("panzhihua-2016-efficiency");
  let rubric: Rubric;
  beforeAll(() => {
    rubric = loadRubric("panzhihua-2016-efficiency");
  });

  it("has one item per row, with the printed points, content and rule", () => {
    checkAgainstSource(rubric, table, INDICATOR);
    expect(rubric.items).toHaveLength(5);
  });

  it("reads 最多扣20分 as the item's cap and the result as at most 2 points deducted", () => {
    const conduct = rubric.items.find((i) => i.id === "改进机关作风");
    expect(conduct?.deductionCap).toBe(/最多扣(\d+)分/.exec(conduct?.rule ?? "")?.[1]);
    expect(resultOf(rubric)).toEqual({ kind: "deduction-scale", amount: "2" });
    expect(rubric.result?.kind === "deduction-scale" && rubric.result.source).toContain("最多扣 2 分");
    expect(rubric.policies).toEqual([]);
  });
});

describe.each([
  ["panzhihua-2016-info-city", "points-scale", "3"],
  ["panzhihua-2016-info-county", "deduction-scale", "1"],
  ["panzhihua-2016-info-vanadium", "points-scale", "1"],
] as const)("攀枝花 2016 政务信息考评表 %s", (id, kind, amount) => {
  const table = readSourceTable(id);
  let rubric: Rubric;
  beforeAll(() => {
    rubric = loadRubric(id);
  });

  it("has one item per row, with the printed points, content and rule", () => {
    checkAgainstSource(rubric, table, INDICATOR);
    expect(rubric.items.map((i) => i.id)).toEqual(["基础工作", "报送工作", "报送工作#2", "报送工作#3", "采用情况"]);
  });

  it("converts its result as the 计分办法 says, and vetoes the 政务信息 score", () => {
    expect(resultOf(rubric)).toEqual({ kind, amount });
    const source = rubric.result?.kind === "deduction-scale" || rubric.result?.kind === "points-scale" ? rubric.result.source : "";
    const printed = [...source.matchAll(/(?:最多扣|满分|按)(\d+)分/g)].map((m) => m[1]);
    expect(printed[printed.length - 1]).toBe(amount);
    const veto = { kind: "veto", effect: "zero-total", source: expect.stringContaining("政务信息考核分值实施一票否决") as unknown };
    // Only the 市级 table prints "采用任务中只有市级任务的单位，此项得分满分为 80 分" (line 265).
    const missingTarget = { kind: "missing-target", source: "采用任务中只有市级任务的单位，此项得分满分为 80 分", note: expect.any(String) as unknown };
    expect(rubric.policies).toEqual(rubric.id === "panzhihua-2016-info-city" ? [veto, missingTarget] : [veto]);
  });

  it("splits 采用情况 into the 市级 64 and 省级 16 parts, each with its ratio bands", () => {
    const adoption = rubric.items.find((i) => i.id === "采用情况");
    expect(adoption?.clauses.map((c) => (c.kind === "sub-requirement" ? `${c.label} ${c.points}` : c.kind))).toEqual([
      "市级采用任务 64",
      "ratio",
      "省级采用任务 16",
      "ratio",
    ]);
    if (id === "panzhihua-2016-info-city") expect(adoption?.parseNote).toContain("采用任务中只有市级任务的单位，此项得分满分为 80 分");
  });
});

describe("攀枝花 2016 政务信息采用任务分配表", () => {
  const table = readSourceTable("panzhihua-2016-info-targets");
  let file: TargetsFile;
  beforeAll(() => {
    const loaded = loadRubricFile("panzhihua-2016-info-targets");
    if (loaded.kind !== "targets") throw new Error("not a targets file");
    file = loaded;
  });

  it("has every unit of the table, in order, with its group and targets", () => {
    let group = "";
    const expected: { unit: string; group: string; city: string | null; province: string | null }[] = [];
    // A printed 0 is no task at that level ("采用任务中只有市级任务的单位"); "12（含省直报点采用）" is 12.
    const target = (cell: string): string | null => {
      const n = /^\d+(\.\d+)?/.exec(cell.trim())?.[0];
      if (n === undefined) throw new Error(`not a target: ${cell}`);
      return n === "0" ? null : n;
    };
    for (const row of table.rows) {
      if (row.kind === "title") group = (row.cells[0] ?? "").replace(/\s+/g, "");
      if (row.kind !== "data") continue;
      const [unit = "", city = "", province = ""] = row.cells;
      expected.push({ unit: unit.trim(), group, city: target(city), province: target(province) });
    }
    expect(file.units).toEqual(expected);
    expect(file.title).toBe(table.title);
    expect(file.unit).toBe("分");
  });

  it("agrees with the 考核对象 of the 政务信息工作考核细则 (5 + 56 + 9 + 2 units)", () => {
    const groups = ["一、各县区政府", "二、市级各部门", "三、市级各群团单位", "四、市政府驻外办事处"];
    const counted = [214, 218, 222, 226].map((n) => /\((\d+)个\)/.exec(documentLines[n - 1] ?? "")?.[1]);
    expect(counted).toEqual(["5", "56", "9", "2"]);
    groups.forEach((group, g) => {
      const units = file.units.filter((u) => u.group === group).map((u) => u.unit);
      expect(String(units.length)).toBe(counted[g]);
      const at = [216, 220, 224, 228][g] ?? 0;
      const listed = (documentLines[at - 1] ?? "").replace(/。$/, "").split("、");
      expect([...units].sort()).toEqual([...listed].sort());
    });
  });
});

describe("攀枝花 2016 政务信息采用计分标准", () => {
  const table = readSourceTable("panzhihua-2016-info-points");
  let file: AdoptionScaleFile;
  beforeAll(() => {
    const loaded = loadRubricFile("panzhihua-2016-info-points");
    if (loaded.kind !== "adoption-scale") throw new Error("not an adoption-scale file");
    file = loaded;
  });

  it("reads every rate of both lists at its level, with the points its sentence prints", () => {
    let level: "city" | "province" | undefined;
    const sentences: { level: "city" | "province" | undefined; text: string }[] = [];
    for (const row of table.rows) {
      if (row.kind === "title") level = row.cells[0]?.startsWith("一、市级") ? "city" : row.cells[0]?.startsWith("二、省级") ? "province" : undefined;
      if (row.kind === "data") sentences.push({ level, text: row.cells[1] ?? "" });
    }
    for (const entry of file.entries) {
      const home = sentences.find((s) => s.text.includes(entry.text));
      expect(home?.level).toBe(entry.level);
      expect(entry.text).toMatch(new RegExp(`(计|加) ${escape(entry.points)} 分`));
    }
    // Every numbered sentence is read, and every "计/加 N 分" in it is an entry.
    for (const s of sentences) {
      const mine = file.entries.filter((e) => s.text.includes(e.text));
      expect(mine.length).toBe([...s.text.matchAll(/(计|加) \d+ 分/g)].length);
    }
    expect(file.entries).toHaveLength(12);
    expect(file.title).toBe(table.title);
  });
});
