import { normalizeLabel } from "../text/normalize-text";
import type { ColumnRole } from "./column-role";

/**
 * The one synonym table for header text, as the five source documents and
 * their copies print it. Keys are normalised labels (no spaces: "分\n值" is
 * "分值"). Adding a synonym here is the whole change a new layout needs.
 */
const SYNONYMS: Readonly<Record<ColumnRole, readonly string[]>> = {
  serial: ["序号", "编号"],
  level1: ["一级指标", "考核项目", "考评项目", "一级"],
  level2: ["二级指标", "考核要点", "二级"],
  level3: ["三级指标", "三级"],
  indicator: ["指标名称", "考核指标", "指标", "考评指标", "项目"],
  content: ["具体内容", "考核内容", "考评内容", "工作内容", "考核要求", "内容", "考核标准及要求", "评分内容"],
  points: ["分值", "赋分", "标准分", "分数", "满分", "权重分", "分值(分)"],
  rule: ["扣分办法", "扣分标准", "评分标准", "计分办法", "评分办法", "考核办法", "评分细则", "计分标准", "考评标准", "扣分细则"],
  bonusRule: ["加分标准", "加分办法", "加分细则"],
  method: ["考核方式", "考评方式", "考核方法"],
  targets: ["具体被考核部门", "被考核部门", "被考核单位", "考核对象", "责任单位", "适用单位"],
  remark: ["备注", "说明"],
  deduction: ["扣分", "扣分值", "扣分数", "实扣分"],
  bonus: ["加分", "加分值", "加分数", "实加分"],
  deductionNote: ["扣分说明", "扣分原因", "扣分理由", "扣分依据", "扣分情况"],
  selfScore: ["自评分", "自评得分", "自评", "自查得分"],
  implementation: ["实施情况", "完成情况", "落实情况"],
  score: ["得分", "考核分", "考评分", "考核得分", "实得分", "考评得分", "评分"],
};

const ROLE_BY_LABEL: ReadonlyMap<string, ColumnRole> = new Map(
  (Object.entries(SYNONYMS) as [ColumnRole, readonly string[]][]).flatMap(([role, labels]) =>
    labels.map((label) => [normalizeLabel(label), role] as const),
  ),
);

/** Words printed over a group of header cells ("考核结果" over 扣分 | 得分): no role, and never a unit's name. */
const GROUP_WORDS = new Set(["考核结果", "评分结果", "考核情况", "得分情况", "考评结果", "评分", "考核评分"].map(normalizeLabel));

export function isGroupHeaderWord(text: string): boolean {
  return GROUP_WORDS.has(normalizeLabel(text));
}

/** Every header word Kaohe knows, for the message when no table is found. */
export const KNOWN_HEADER_WORDS: readonly string[] = ["一级指标", "三级指标", "分值", "扣分办法", "评分标准", "得分", "考核分"];

export function roleOfHeader(text: string): ColumnRole | undefined {
  const label = normalizeLabel(text).replace(/[:：]$/, "");
  if (label === "" || label.length > 12) return undefined;
  return ROLE_BY_LABEL.get(label);
}
