import { normalizeLabel } from "../text/normalize-text";
import type { ColumnRole } from "./column-role";

/**
 * The one synonym table for header text, as the five source documents, their
 * copies and the published rubrics of other places print it. Keys are
 * normalised labels (no spaces: "分\n值" is "分值"). Adding a synonym here is
 * the whole change a new layout needs.
 */
const SYNONYMS: Readonly<Record<ColumnRole, readonly string[]>> = {
  serial: ["序号", "编号"],
  level1: ["一级指标", "考核项目", "考评项目", "一级", "考核类别", "类别", "评价项目", "过程", "考核维度", "评价维度"],
  level2: ["二级指标", "二级"],
  level3: ["三级指标", "三级"],
  indicator: ["指标名称", "考核指标", "指标", "考评指标", "项目", "评价指标", "测评指标", "考核事项", "评估指标"],
  content: ["具体内容", "考核内容", "考评内容", "工作内容", "内容", "考核标准及要求", "评分内容", "评价内容", "测评内容", "工作任务", "指标内容", "考核任务"],
  points: ["分值", "赋分", "标准分", "分数", "满分", "权重分", "权重", "基本分", "标准分值", "指标分值", "满分值", "分值权重"],
  rule: [
    "扣分办法",
    "扣分标准",
    "评分标准",
    "计分办法",
    "评分办法",
    "考核办法",
    "评分细则",
    "计分标准",
    "考评标准",
    "扣分细则",
    "考核标准",
    "计分方法",
    "评分方法",
    "评分规则",
    "考核细则",
    "评价标准",
    "测评标准",
    "评估标准",
    "扣分规则",
  ],
  bonusRule: ["加分标准", "加分办法", "加分细则"],
  method: ["考核方式", "考评方式", "考核方法", "评价方式", "考核方式方法"],
  targets: ["具体被考核部门", "被考核部门", "被考核单位", "考核对象", "责任单位", "适用单位"],
  // Columns staff add for their own use: read as nothing, never as a unit.
  remark: ["备注", "说明", "校验", "核查状态", "核查情况", "整改情况", "佐证材料", "佐证资料", "证明材料", "审核意见", "复核意见", "核查", "状态", "问题清单"],
  deduction: ["扣分", "扣分值", "扣分数", "实扣分", "扣分分值"],
  bonus: ["加分", "加分值", "加分数", "实加分"],
  // A reason typed beside a deduction: text the pane shows, never an entry.
  deductionNote: ["扣分说明", "扣分原因", "扣分理由", "扣分依据", "扣分情况", "扣分情况说明", "失分原因", "扣分事由"],
  selfScore: ["自评分", "自评得分", "自评", "自查得分", "自评分值", "自查分"],
  implementation: ["实施情况", "完成情况", "落实情况"],
  score: ["得分", "考核分", "考评分", "考核得分", "实得分", "考评得分", "评分", "评定得分", "最终得分", "核定得分", "评估得分", "测评得分"],
};

/**
 * Words that name a rule column in some tables and a content column in
 * others (考核要求 beside 评分标准 is what the item asks; alone it holds the
 * 扣…分 sentences). They take the rule role only when no other column does.
 */
const WEAK_RULE_WORDS = ["考核要点", "考核要求", "测评要点", "考察点", "评价要点", "工作要求", "考核重点"];

const ROLE_BY_LABEL: ReadonlyMap<string, ColumnRole> = new Map(
  (Object.entries(SYNONYMS) as [ColumnRole, readonly string[]][]).flatMap(([role, labels]) =>
    labels.map((label) => [normalizeLabel(label), role] as const),
  ),
);
const WEAK_RULE = new Set(WEAK_RULE_WORDS.map(normalizeLabel));

/** Words printed over a group of header cells ("考核结果" over 扣分 | 得分): no role, and never a unit's name. */
const GROUP_WORDS = new Set(
  ["考核结果", "评分结果", "考核情况", "得分情况", "考评结果", "评分", "考核评分", "评分情况", "考核得分情况", "评定结果"].map(normalizeLabel),
);

export function isGroupHeaderWord(text: string): boolean {
  return GROUP_WORDS.has(normalizeLabel(text));
}

/** Every header word Kaohe knows, for the message when no table is found. */
export const KNOWN_HEADER_WORDS: readonly string[] = ["一级指标", "三级指标", "分值", "扣分办法", "评分标准", "得分", "考核分"];

/** Longest header word worth looking up: longer text is a title or a sentence. */
const MAX_LABEL = 12;

/** A header cell's comparable label: "分值（分）" and "分值：" read as "分值". */
/** Text too long to be a header word, whatever it says: no work is done on it (a rule, a content sentence). */
export function cannotBeHeader(text: string): boolean {
  return text.length > MAX_LABEL * 3;
}

export function headerLabel(text: string): string {
  if (cannotBeHeader(text)) return "";
  return normalizeLabel(text)
    .replace(/[:：]$/, "")
    .replace(/\((分|分值)\)$/, "");
}

export interface HeaderRole {
  readonly role: ColumnRole;
  /** A weak rule word: content when another column holds the rules. */
  readonly weak: boolean;
}

/** The role a header label names, looked up once per cell. */
export function headerRoleOfLabel(label: string): HeaderRole | undefined {
  if (label === "" || label.length > MAX_LABEL) return undefined;
  const role = ROLE_BY_LABEL.get(label);
  if (role !== undefined) return { role, weak: false };
  return WEAK_RULE.has(label) ? { role: "rule", weak: true } : undefined;
}

export function roleOfHeader(text: string): ColumnRole | undefined {
  return headerRoleOfLabel(headerLabel(text))?.role;
}
