import type { FindingCode, FindingParamsByCode } from "./finding";
import { finding, SEVERITY } from "./finding";
import { findingMessage } from "./messages";

/** One set of facts per code; the type makes a new code without an entry here a compile error. */
const SAMPLE: { readonly [C in FindingCode]: FindingParamsByCode[C] } = {
  NO_TABLE: { lookedFor: "分值、扣分", closestRow: "3", closestText: "序号" },
  ENTRY_NOT_NUMBER: { text: "两分", column: "扣分" },
  ENTRY_NEGATIVE: { column: "扣分", value: "-1" },
  ENTRY_WITHOUT_POINTS: { item: "一 / 1", value: "2", column: "扣分" },
  ENTRY_MISSING: { item: "一 / 1" },
  CAP_EXCEEDED: { entered: "7", cap: "5" },
  BONUS_CAP_EXCEEDED: { entered: "7", cap: "5" },
  SECTION_CAP_EXCEEDED: { section: "扣分项", entered: "12", cap: "10" },
  BONUS_NOT_ALLOWED: { item: "一 / 1", value: "1", column: "加分" },
  DEDUCTION_NOT_ALLOWED: { item: "加分项", value: "1", column: "扣分" },
  SCORE_ABOVE_POINTS: { value: "6", points: "5" },
  OUTPUT_FOREIGN_VALUE: { value: "3", computed: "4" },
  OUTPUT_FOREIGN_FORMULA: { formula: "SUM(A1:A3)", computed: "4" },
  SECTION_POINTS_MISMATCH: { section: "重点领域信息公开", declared: "15", sum: "10" },
  SHEET_PROTECTED: { count: "12" },
  ROW_UNMATCHED: { rubric: "sanhe-2018-town", text: "其他" },
  ITEM_MISSING: { rubric: "sanhe-2018-town", item: "一 / 1" },
  POINTS_DIFFER: { item: "一 / 1", sheet: "4", rubric: "5" },
  ALL_OR_NOTHING: { entered: "1", points: "5" },
  VETO_NOT_ALLOWED: { item: "一 / 1" },
  AVERAGE_PENDING: { item: "一 / 1" },
  DUPLICATE_UNIT: { unit: "市财政局", first: "a.xlsx「公开」!C2", second: "b.xlsx「公开」!D2" },
  UNIT_NO_GROUP: { unit: "市财政局", groups: "镇区、部门" },
  DEDUCTION_NOT_PRODUCIBLE: { value: "0.3", steps: "0.5" },
  ANSWER_NOT_YES_NO: { item: "一 / 1", text: "有" },
  SELF_SCORE_DIFFERS: { self: "5", selfCell: "E3", score: "4" },
  ADOPTION_SCORE_DIFFERS: { item: "信息采用", typed: "3", computed: "2", working: "2 条" },
  UNIT_NO_TARGET: { unit: "米易县", targets: "panzhihua-2016-info-targets" },
  ADOPTION_COUNTS_MISSING: { unit: "米易县", sheet: "采用情况" },
  ENTRY_MERGED: { item: "一 / 1", rows: "3–4" },
  OUTPUT_MERGED: { item: "一 / 1", rows: "3–4" },
  OUTPUT_NOT_WRITABLE: { computed: "1e+308" },
  NO_POINTS: { columns: "分值、赋分" },
  SCORE_NOT_PRODUCIBLE: { value: "5.2", allowed: "6、5、4" },
  STORED_RUBRIC_UNKNOWN: { rubric: "sanhe-2017-town", table: "「Sheet1」A1 的表" },
  STORED_RUBRIC_INVALID: { table: "「Sheet1」A1 的表", reason: "items[0].points: 应为数字" },
  FORMULA_NOT_CALCULATED: { formula: "SUM(E5:E7)" },
  ENTRY_DISPLAY_TYPE: { column: "扣分", type: "date", shown: "2024/1/1", stored: "45292" },
  COLUMN_UNKNOWN: { header: "校验", numbers: "3", role: "得分", roleEn: "score", usedColumn: "I" },
  COLUMN_IGNORED: { header: "备注", numbers: "2" },
  COLUMN_ROLE_FROM_CONTENT: { header: "标准", role: "评分标准", roleEn: "rule" },
  NOTE_UNREAD: { note: "加分项目须提供佐证材料", row: "72" },
  GATE_NOT_MET: { base: "78", min: "80", source: "自评得分达到80分以上方可申报加分", bonus: "2" },
  BELOW_PASS_MARK: { what: "依申请公开", score: "5", points: "10", share: "60%", mark: "6", verdict: "不合格", source: "单项得分低于满分60%的评为不合格" },
  JUDGEMENT_OUT_OF_RANGE: { column: "扣分", value: "4", min: "1", max: "3", text: "视情况扣1至3分" },
  RULE_UNREAD: { item: "一 / 1", text: "按季度通报" },
  CAP_ABOVE_POINTS: { item: "一 / 1", cap: "5", points: "3" },
  WEIGHTED_PART: { section: "第三方评估", score: "90", weight: "30%", weighted: "27", source: "第三方评估得分按30%计入" },
  NOT_APPLICABLE_NO_RULE: { item: "采用情况", points: "80" },
  HEADER_CELL_BLANK: { header: "扣分", repeat: "G12" },
};

describe("finding messages", () => {
  const codes = Object.keys(SEVERITY) as FindingCode[];

  it.each(codes)("%s reads in both locales and says the facts it was given", (code) => {
    const f = finding(code, "Sheet1", "B2", SAMPLE[code]);
    for (const locale of ["zh-CN", "en-US"] as const) {
      const text = findingMessage(f, locale);
      expect(text).not.toMatch(/undefined|\$\{/);
      const facts = Object.values(SAMPLE[code]) as string[];
      expect(facts.filter((value) => text.includes(value)).length).toBeGreaterThan(0);
    }
  });

  it("is a compile error when a call site misses a fact its message uses (typecheck runs over this file)", () => {
    // @ts-expect-error CAP_EXCEEDED needs cap as well as entered
    const missing = finding("CAP_EXCEEDED", "S", "A1", { entered: "1" });
    // @ts-expect-error CAP_EXCEEDED has facts: they cannot be left out
    const none = finding("CAP_EXCEEDED", "S", "A1");
    expect([missing.code, none.code]).toEqual(["CAP_EXCEEDED", "CAP_EXCEEDED"]);
  });

  it("puts the severity of the code on the finding", () => {
    expect(finding("DUPLICATE_UNIT", "S", "", SAMPLE.DUPLICATE_UNIT).severity).toBe("error");
    expect(finding("STORED_RUBRIC_UNKNOWN", "S", "", SAMPLE.STORED_RUBRIC_UNKNOWN).severity).toBe("warning");
  });
});
