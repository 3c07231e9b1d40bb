// Checks the source-table reader against numbers read off the documents by
// hand; each expected number says where in test/source-documents/ it comes from.
import { readSourceTable, readSourceTables, type SourceRow, type SourceTable } from "./read-source-tables";

const dataRows = (t: SourceTable): SourceRow[] => t.rows.filter((r) => r.kind === "data");
const rowsOfKind = (t: SourceTable, kind: SourceRow["kind"]): number => t.rows.filter((r) => r.kind === kind).length;
const firstData = (t: SourceTable): SourceRow => dataRows(t)[0] ?? fail(`${t.id}: no data rows`);
const lastData = (t: SourceTable): SourceRow => dataRows(t).at(-1) ?? fail(`${t.id}: no data rows`);
const cell = (row: SourceRow, col: number): string => row.cells[col] ?? fail(`line ${row.line}: no cell ${col}`);
const dataAt = (t: SourceTable, line: number): SourceRow =>
  dataRows(t).find((r) => r.line === line) ?? fail(`${t.id}: no data row at line ${line}`);

function fail(message: string): never {
  throw new Error(message);
}

/** Points in tenths ("7.5" → 75), so sums are exact; undefined for "", "—", "-", text. */
function tenths(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)$/.exec(text.trim());
  return m?.[1] === undefined ? undefined : Math.round(Number(m[1]) * 10);
}

/** Points printed inside a label: "组织领导\n\n（5）", "决策公开(2分)", "加分\n\n10分". */
function labelTenths(label: string): number {
  const m = /[(（]?(\d+(?:\.\d+)?)分?[)）]?\s*$/.exec(label);
  return m?.[1] === undefined ? fail(`no points in label ${label}`) : Math.round(Number(m[1]) * 10);
}

/**
 * Sums the points column per section, the section being the last non-blank
 * cell of `sectionCol` above (blank means "same as above"; headers skipped).
 */
function sectionSums(t: SourceTable, sectionCol: number, points: (r: SourceRow) => number | undefined): Map<string, number> {
  const sums = new Map<string, number>();
  let section = "";
  for (const row of dataRows(t)) {
    section = cell(row, sectionCol) || section;
    sums.set(section, (sums.get(section) ?? 0) + (points(row) ?? 0));
  }
  return sums;
}

/** Like sectionSums, but keyed by the points the section's own label states. */
function statedVsSummed(sums: Map<string, number>): [number, number][] {
  return [...sums].map(([label, sum]) => [labelTenths(label), sum]);
}

const pointsIn = (col: number) => (r: SourceRow) => tenths(cell(r, col));
const pointsWhere = (t: SourceTable, col: number, keep: (r: SourceRow) => boolean): number =>
  dataRows(t).filter(keep).reduce((sum, r) => sum + (tenths(cell(r, col)) ?? 0), 0);

// Every id the fixture builders rely on, in document order.
const IDS = [
  "yueyang-county", "yueyang-department",
  "sanhe-2018-groups", "sanhe-2018-department", "sanhe-2018-town",
  "panzhihua-2016-openness", "panzhihua-2016-efficiency", "panzhihua-2016-info-targets", "panzhihua-2016-info-points",
  "panzhihua-2016-info-city", "panzhihua-2016-info-county", "panzhihua-2016-info-vanadium",
  "checklist-2013-county", "checklist-2013-department",
  "zhangzi-2023-b",
];

// id → [columns, data rows, header rows (first one included), notes], each counted in the .txt.
const SHAPES: Record<string, [number, number, number, number]> = {
  // 000 lines 4–559: 组织领导 4 + 政府信息公开 29 + 政务服务 19 + 基层 5 + 加分 2 + 扣分 2; header
  // repeated at lines 4, 80, 170, 230, 288, 422; notes 注：1、 2、 3、 (lines 561–565).
  "yueyang-county": [7, 61, 6, 3],
  // 000 lines 569–965: 组织领导 3 + 政府信息公开 22 + 政务服务 13 + 加分 2 + 扣分 2 (one row per
  // 分值 cell); headers at 569, 630, 698, 767, 868; notes 1、–4、 (lines 967–973).
  "yueyang-department": [7, 42, 5, 4],
  // 001 lines 58–64: 市政府有关部门(30) + 各镇区、街道办(18).
  "sanhe-2018-groups": [2, 48, 0, 0],
  // 001 附件2: 主动公开 10 + 重点领域 17 (15 named + 贯彻落实's two content rows) + 新闻发布 3
  // + 信息公开 4 + 公开平台 5 + 互联网+ 4 + 政务服务 6 + 组织保障 4.
  "sanhe-2018-department": [6, 53, 1, 0],
  // 001 附件3: 5 + 政务公开 3 + 3 + 4 + 5 + 2 + 4 + 4.
  "sanhe-2018-town": [6, 30, 1, 0],
  // 002 lines 53–58: rows numbered 1–4.
  "panzhihua-2016-openness": [6, 4, 1, 0],
  // 002 lines 94–99: rows numbered 1–5.
  "panzhihua-2016-efficiency": [8, 5, 1, 0],
  // 002 lines 103–191: 5 县区 + 56 市级部门 + 9 群团 + 2 驻外 (the counts line 214–226 announce); 4 group headers.
  "panzhihua-2016-info-targets": [3, 72, 4, 0],
  // 002 lines 195–208: 市级 (一)–(四), 省级 (一)–(五); no header is printed.
  "panzhihua-2016-info-points": [2, 9, 0, 0],
  // 002 附件 1–3: rows 1, 2 (three lines, the last two with 序号 blank), 3.
  "panzhihua-2016-info-city": [7, 5, 1, 0],
  "panzhihua-2016-info-county": [7, 5, 1, 0],
  "panzhihua-2016-info-vanadium": [7, 5, 1, 0],
  // 003 lines 7–167: 4 + 4 + 6 + 2 + 1 + 9 + 5 + 4 questions; headers at 7, 44, 84, 125.
  "checklist-2013-county": [3, 35, 4, 0],
  // 003 lines 174–245: 4 + 5 + 2 + 5; headers at 174, 215.
  "checklist-2013-department": [3, 16, 2, 0],
  // 004 lines 7–74: 5 + 5 + 6 + 7 + 3 + 4 + 5 + 5 + 7 + 2 rows; ten header lines; one 注 (line 76).
  "zhangzi-2023-b": [7, 49, 10, 1],
};

describe("readSourceTables", () => {
  const tables = readSourceTables();

  it("reads exactly the known tables, in document order", () => {
    expect(tables.map((t) => t.id)).toEqual(IDS);
  });

  it.each(IDS)("%s has the documented shape, and every row is as wide as the header", (id) => {
    const t = readSourceTable(id);
    const [columns, data, headers, notes] = SHAPES[id] ?? fail(`no shape for ${id}`);
    expect(t.columns).toHaveLength(columns);
    expect(dataRows(t)).toHaveLength(data);
    expect(rowsOfKind(t, "header")).toBe(headers);
    expect(t.notes).toHaveLength(notes);
    for (const row of t.rows) expect(row.cells).toHaveLength(columns);
  });

  it.each(IDS)("%s: merged cells leave the spanned cells empty", (id) => {
    for (const row of readSourceTable(id).rows) {
      for (const span of row.spans ?? []) {
        expect(row.cells.slice(span.start + 1, span.start + span.count).every((c) => c === "")).toBe(true);
      }
    }
  });

  it("names the known ids for an unknown id", () => {
    expect(() => readSourceTable("nope")).toThrow(/unknown source table "nope".*yueyang-county.*zhangzi-2023-b/);
  });
});

describe("000 岳阳", () => {
  const county = readSourceTable("yueyang-county");
  const dept = readSourceTable("yueyang-department");

  it("county: each section adds up to the points in its label; 加分 and 扣分 10 each", () => {
    // Labels 组织领导（5）, 政府信息公开（40）, 政务服务（45）, 基层…（10）: 5+40+45+10 = 100;
    // 加分 and 扣分 state "10分" in their 二级 cell (lines 529–531, 545–547).
    const sums = sectionSums(county, 0, pointsIn(4));
    const labels = [...sums.keys()];
    expect(labels.slice(0, 4).map(labelTenths)).toEqual([50, 400, 450, 100]);
    expect([...sums.values()]).toEqual([50, 400, 450, 100, 100, 100]);
    expect(pointsWhere(county, 4, (r) => r.spans === undefined)).toBe(1000);
    expect(labelTenths(cell(dataAt(county, 528), 1))).toBe(100);
  });

  it("department: 重点领域 is outside the 40 (注1: 倒扣分制), the rest matches the labels", () => {
    const sums = sectionSums(dept, 0, pointsIn(4));
    const [lead, info, service] = [...sums.values()];
    expect(lead).toBe(50); // 组织领导（5）: 2+1+2
    expect(service).toBe(550); // 政务服务（55）
    // 政府信息公开（40）: its items add to 58, of which 18 are the nine 重点领域 items
    // (2 each, lines 712–788) that note 1 says only deduct, so 58 − 18 = 40.
    expect(info).toBe(580);
    let level2 = "";
    const keyAreas = pointsWhere(dept, 4, (r) => (level2 = cell(r, 1) || level2).startsWith("重点领域"));
    expect(keyAreas).toBe(180);
    expect(pointsWhere(dept, 4, (r) => r.spans !== undefined)).toBe(200); // 加分 7+3, 扣分 5+5
  });

  it("keeps printed cells verbatim", () => {
    expect(dept.columns[4]).toBe("分\n值"); // line 573–574
    expect(firstData(county).cells).toEqual([
      "组织领导\n\n（5）", "工作保障", "工作部署", "将政务公开政务服务工作纳入本级政府（管委会）重要议事日程，定期研究部署，解决实际问题",
      "2", "未纳入综合考评的扣1分，未召开会议进行研究并印发工作要点的扣1分", "",
    ]);
    expect(lastData(county)).toMatchObject({ line: 553, spans: [{ start: 2, count: 2 }], cells: ["", "", "被市级以上党报党刊批评报道的", "", "5", "每次扣1分", ""] });
    expect(cell(dataAt(county, 196), 1)).toBe("重点领域信息公开"); // "\t重点领域信息公开\n\n\n\t审批公开": one row
    expect(cell(dataAt(dept, 791), 1)).toBe("依申请\n\n公  开");
    expect(cell(firstData(dept), 3)).toBe("将政务公开政务服务工作纳入本单位综合考评，定期研究部署，解决实际问题");
    expect(lastData(dept).cells.slice(2, 6)).toEqual(["政务公开政务服务工作被市级以上党报党刊批评报道的", "", "5", "每次扣1分"]);
    expect(cell(dataAt(dept, 934), 1)).toBe("加分\n\n10分");
    expect(county.notes[2]).toBe("3、所有的扣分上限不超过该项目最高分值，扣完为止。");
    expect(dept.notes[0]).toMatch(/^注：1、重点领域信息公开指标实行倒扣分制/);
  });
});

describe("001 三河 2018", () => {
  const groups = readSourceTable("sanhe-2018-groups");

  it("lists 30 departments and 18 towns (lines 58, 62)", () => {
    const count = (g: string) => dataRows(groups).filter((r) => cell(r, 0) === g).length;
    expect(count("市政府有关部门")).toBe(30);
    expect(count("各镇区、街道办")).toBe(18);
    expect(firstData(groups).cells).toEqual(["市政府有关部门", "市财政局"]);
    expect(lastData(groups).cells).toEqual(["各镇区、街道办", "迎宾街道办"]);
  });

  /** Leaf points: the 三级 cell, or the 二级 cell printed across 二级 and 三级. */
  const leaf = (r: SourceRow): number | undefined => {
    const name = cell(r, 2) || (r.spans ? cell(r, 1) : "");
    return name === "" || !/分[)）]\s*$/.test(name) ? undefined : labelTenths(name);
  };

  /** Each 二级 that has 三级 rows states the sum of their points. */
  function level2Totals(t: SourceTable): [number, number][] {
    const found: [number, number][] = [];
    for (const r of dataRows(t)) {
      if (cell(r, 1) !== "" && cell(r, 2) !== "") found.push([labelTenths(cell(r, 1)), 0]);
      const open = found.at(-1);
      if (open && cell(r, 2) !== "" && !r.spans) open[1] += leaf(r) ?? 0;
    }
    return found;
  }

  it("department: 一级 labels add to 100 (总分100 分, line 73) and each 一级/二级 to its items", () => {
    const t = readSourceTable("sanhe-2018-department");
    const pairs = statedVsSummed(sectionSums(t, 0, leaf));
    expect(pairs.reduce((s, [stated]) => s + stated, 0)).toBe(1000);
    // 重点领域信息公开(15分): only 贯彻落实…(5分) prints points; the 15 named items print none.
    expect(pairs).toEqual([[130, 130], [150, 50], [110, 110], [110, 110], [100, 100], [120, 120], [210, 210], [70, 70]]);
    expect(level2Totals(t)).toEqual([[70, 70], [40, 40], [160, 160]]); // 主动公开, 依申请公开, 政务服务中心建设
    expect(firstData(t).cells).toEqual([
      "主动公开\n\n(13分)", "决策公开(2分)", "",
      "部门办公会议和全体会议研究决定的重要决策或重大政策,除依法需要保密的外,要在10个工作日内通过政府信息公开平台、新媒体平台等向社会公开",
      "核实网站公开情况,查阅文件资料", "所有参加考核部门",
    ]);
    expect(lastData(t).cells).toEqual(["", "业务培训(1分)", "", "每年开展一次政务公开工作培训", "查阅文件资料", "所有参加考核部门"]);
    expect(dataAt(t, 177).cells.slice(0, 3)).toEqual(["重点领域信息公开\n\n(15分)", "财政信息", ""]);
    expect(dataAt(t, 309).cells.slice(0, 3)).toEqual(["", "", ""]); // second content row of 贯彻落实…(5分)
    expect(cell(dataAt(t, 325), 3).split("\n\n")).toHaveLength(9); // 新闻发布(7分): nine sub-items
  });

  it("town: 一级 labels add to 100 (line 555) and each 一级/二级 to its items", () => {
    const t = readSourceTable("sanhe-2018-town");
    const pairs = statedVsSummed(sectionSums(t, 0, leaf));
    expect(pairs.reduce((s, [stated]) => s + stated, 0)).toBe(1000);
    for (const [stated, summed] of pairs) expect(summed).toBe(stated);
    expect(level2Totals(t)).toEqual([[70, 70], [40, 40], [160, 160]]); // 主动公开, 依申请公开, 便民服务中心建设
    expect(firstData(t).cells.slice(0, 3)).toEqual(["主动公开\n\n(18分)", "决策公开\n\n(2分)", ""]);
    expect(lastData(t).cells).toEqual(["", "业务培训\n\n(1分)", "", "每年开展一次政务公开工作培训", "查阅文件资料", "各镇区、街道办"]);
    expect(t.columns[5]).toBe("被考核单位");
  });
});

describe("002 攀枝花 2016", () => {
  const table = (suffix: string) => readSourceTable(`panzhihua-2016-${suffix}`);

  it.each([
    // 百分制 (line 31); 分值 10+20+50+20
    ["openness", 2, ["1", "组织保障", "10"], ["4", "载体建设", "20"]],
    // 20+20+30+20+10
    ["efficiency", 2, ["1", "制度建设", "20"], ["5", "信息报送", "10"]],
    // 5+5+5+5+80 in each 政务信息考评表
    ["info-city", 2, ["1", "基础工作", "5"], ["3", "采用情况", "80"]],
    ["info-county", 2, ["1", "基础工作", "5"], ["3", "采用情况", "80"]],
    ["info-vanadium", 2, ["1", "基础工作", "5"], ["3", "采用情况", "80"]],
  ] as const)("%s: 分值 adds to 100; first and last rows", (suffix, col, first, last) => {
    const t = table(suffix);
    expect(pointsWhere(t, col, () => true)).toBe(1000);
    expect(firstData(t).cells.slice(0, 3)).toEqual(first);
    expect(lastData(t).cells.slice(0, 3)).toEqual(last);
  });

  it("openness keeps the export's <p> markup; efficiency its rule text", () => {
    expect(cell(firstData(table("openness")), 3)).toMatch(/^<p>1\.主要负责同志年度内.*（扣 2\.5 分）。<\/p>$/);
    expect(cell(firstData(table("efficiency")), 4)).toBe("少一项制度扣5分。");
    expect(dataRows(table("info-city")).map((r) => cell(r, 0))).toEqual(["1", "2", "", "", "3"]);
  });

  it("task table: four groups with the sizes line 214–226 announces", () => {
    const t = table("info-targets");
    const sizes: number[] = [];
    for (const r of t.rows) {
      if (r.kind === "title") sizes.push(0);
      else if (r.kind === "data") sizes[sizes.length - 1] = (sizes.at(-1) ?? 0) + 1;
    }
    expect(sizes).toEqual([5, 56, 9, 2]);
    expect(t.rows.filter((r) => r.kind === "title").map((r) => cell(r, 0))).toEqual(["一、各县区政府", "二、市级各部门", "三、市级各群团单位", "四、市政府驻外办事处"]);
    expect(firstData(t).cells).toEqual(["东区政府", "150", "12（含省直报点采用）"]);
    expect(lastData(t).cells).toEqual(["市政府驻成都办事处", "80", "0"]);
  });

  it("points standard: 市级 (一)–(四), 省级 (一)–(五)", () => {
    const t = table("info-points");
    expect(t.columns).toEqual(["序号", "计分标准"]);
    expect(firstData(t).cells).toEqual(["(一)", "《攀政快讯》采用 1 条信息计 4 分。"]);
    expect(lastData(t).cells).toEqual(["(五)", "以上刊物采用信息获得省级或省级以上领导批示的每条加 10 分。"]);
  });
});

describe("003 2013 checklists", () => {
  it.each([
    ["checklist-2013-county", ["组织领导", "是否成立由县（市、区）长任组长的领导小组", ""], ["", "便民服务点是否按要求及时为基层群众提供便民服务", ""]],
    ["checklist-2013-department", ["组织领导", "是否成立由行政正职任组长的领导小组", ""], ["", "是否对窗口及窗口工作人员的管理教育（未纳入市政务服务中心实行窗口管理的单位是否切实加强本单位公共服务机构的效能管理）", ""]],
  ] as const)("%s: no points, 实施情况 left blank", (id, first, last) => {
    const t = readSourceTable(id);
    expect(t.columns).toEqual(["指标名称", "具体内容", "实施情况"]);
    expect(dataRows(t).every((r) => cell(r, 2) === "")).toBe(true);
    expect(firstData(t).cells).toEqual(first);
    expect(lastData(t).cells).toEqual(last);
  });

  it("keeps the blank line inside a cell", () => {
    expect(cell(dataAt(readSourceTable("checklist-2013-county"), 129), 0)).toBe("乡镇（街道）\n\n便民服务中心建设");
  });
});

describe("004 长子 2023 B类", () => {
  const t = readSourceTable("zhangzi-2023-b");
  const sumLines = (from: number, to: number) => pointsWhere(t, 3, (r) => r.line >= from && r.line <= to);

  it("赋分 matches each section's label where the document is consistent", () => {
    expect(sumLines(8, 12)).toBe(120); // 组织领导与工作保障(12分)
    expect(sumLines(15, 19)).toBe(150); // 主动公开 (15分)
    expect(sumLines(22, 27)).toBe(120); // 主动公开 (12分): 二级+三级 merged, realigned
    expect(sumLines(30, 41)).toBe(0); // 主动公开 (赋分详见后注说明): 重点领域, no base points
    expect(sumLines(50, 51)).toBe(40); // 主动公开 (4分)
    expect(sumLines(52, 54)).toBe(70); // 依申请公开 (7分)
    expect(sumLines(64, 66)).toBe(80); // 解读咨询 回应 (8分)
    expect(sumLines(67, 70)).toBe(200); // 平台建设 管理与基础 数据维护 (20分), printed in the 二级 column
    // Inconsistent as printed: 主动公开 (14分) heads three 3-point rows (lines 45–47).
    expect(sumLines(45, 47)).toBe(90);
  });

  it("keeps cells verbatim and the 60% rule under 加分标准", () => {
    expect(firstData(t).cells.slice(0, 4)).toEqual(["组织领导与工作保障(12分)", "组织领导", "研究部署政务公开工作情况", "2"]);
    expect(dataAt(t, 22)).toMatchObject({ spans: [{ start: 1, count: 2 }] });
    expect(dataAt(t, 22).cells.slice(0, 4)).toEqual(["主动公开 (12分)", "“双公示”情况", "", "2"]);
    expect(dataAt(t, 22).cells.slice(5)).toEqual(["未涉及单位按考核分数的60%计分", "征询考核"]);
    expect(cell(dataAt(t, 57), 2)).toBe("3 部门文件应解读、尽解读"); // 赋分 printed inside 三级
    expect(lastData(t).cells[0]).toBe("综合加分项");
    expect(lastData(t).cells.slice(4)).toEqual(["各被考核单位提供印证材料", "各被考核单位提供印证材料", ""]);
    expect(t.notes[0]).toMatch(/^注：重点领域考核特定单位，不设基础分。/);
  });
});
