// The marks' pure half: one mark per cell, errors first under the cap; a
// plan that only ever touches what is still Kaohe's.
import type { ReportFinding } from "../../src/core";
import { desiredMarks } from "../../src/host/marks/desired-marks";
import type { MarkEntry } from "../../src/host/marks/mark-record";
import { markKey, markRecordRows, readMarkRecord } from "../../src/host/marks/mark-record";
import { MARK_FILL, MAX_MARKED_CELLS, NOTE_PREFIX } from "../../src/host/marks/mark-style";
import type { ObservedCell as CellState } from "../../src/host/port";
import { planMarks } from "../../src/host/marks/plan-marks";

const f = (cell: string, severity: ReportFinding["severity"], message: string, sheet = "S"): ReportFinding => ({ severity, code: "CAP_EXCEEDED", sheet, cell, message, messageEn: "" });
const NONE = new Set<string>();

describe("desiredMarks", () => {
  test("one mark per cell: the gravest colour, every message once", () => {
    const { marks } = desiredMarks([f("A1", "warning", "甲"), f("A1", "error", "乙"), f("A1", "warning", "甲"), f("", "error", "整表")], NONE);
    expect(marks).toEqual([{ sheet: "S", cell: "A1", severity: "error", fill: MARK_FILL.error, text: `${NOTE_PREFIX}甲\n乙` }]);
  });

  test("over the cap, errors are marked first and the rest counted", () => {
    const many = Array.from({ length: MAX_MARKED_CELLS + 10 }, (_, i) => f(`A${i + 1}`, "warning", "w"));
    const { marks, unmarked } = desiredMarks([...many, f("B1", "error", "e")], NONE);
    expect(marks).toHaveLength(MAX_MARKED_CELLS);
    expect(marks[0]?.cell).toBe("B1");
    expect(unmarked).toBe(11);
  });

  test("a protected sheet's cells are counted, not marked", () => {
    expect(desiredMarks([f("A1", "error", "e", "锁"), f("A2", "error", "e", "锁")], new Set(["锁"]))).toEqual({ marks: [], unmarked: 2 });
  });
});

describe("planMarks", () => {
  const want = desiredMarks([f("A1", "error", "e")], NONE).marks;
  const blank: CellState = { fill: { color: null, tint: null }, note: null };
  const ctx = (observed: Record<string, CellState>) => ({ kind: "note" as const, existingSheets: new Set(["S"]), protectedSheets: NONE, observed: new Map(Object.entries(observed)) });

  test("a new mark: fill, note, and a record of the prior state", () => {
    const plan = planMarks(want, new Map(), ctx({ "S!A1": blank }));
    expect(plan.fills).toEqual([{ sheet: "S", cell: "A1", fill: { set: MARK_FILL.error } }]);
    expect(plan.notes.map((n) => n.op)).toEqual(["add"]);
    expect(plan.record).toEqual([{ sheet: "S", cell: "A1", fill: MARK_FILL.error, prior: { color: null, tint: null }, added: "note", text: want[0]?.text }]);
  });

  test("the same mark again plans nothing but the same record", () => {
    const first = planMarks(want, new Map(), ctx({ "S!A1": blank }));
    const record = new Map(first.record.map((e): [string, MarkEntry] => [markKey(e.sheet, e.cell), e]));
    const marked: CellState = { fill: { color: MARK_FILL.error, tint: 0 }, note: want[0]?.text ?? "" };
    const again = planMarks(want, record, ctx({ "S!A1": marked }));
    expect([again.fills, again.notes, again.record]).toEqual([[], [], first.record]);
  });

  test("the record survives its sheet: rows written and read back are the same entries", () => {
    const entry: MarkEntry = { sheet: "001", cell: "G41", fill: "#FFEB9C", prior: { color: "#00B050", tint: -0.25 }, added: "comment", text: "考核评分：x" };
    const rows = markRecordRows([entry]);
    expect(readMarkRecord({ name: "_kaohe_marks", merges: [], values: rows }).get("001!G41")).toEqual(entry);
  });
});
