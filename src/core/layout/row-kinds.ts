import { normalizeLabel } from "../text/normalize-text";

/** "注：1、…", "说明：", "备注：" — the notes printed under a table. */
export function isNoteText(text: string): boolean {
  return /^(注|说明|备注)[:：1１、]/.test(normalizeLabel(text));
}

const TOTAL_LABELS = new Set(["合计", "总分", "总计", "小计", "得分合计", "总得分", "合计得分", "分数合计"]);

/** A totals row's label: 合计, 总分, 总计, 小计. */
export function isTotalLabel(text: string): boolean {
  return TOTAL_LABELS.has(normalizeLabel(text).replace(/[:：]$/, ""));
}

/** "被考核单位：岳阳县" (or the name in the next cell) above a table. */
export function unitLabel(text: string): string | undefined {
  const match = /^(被考核单位|被考评单位|考核单位|单位名称|被考核对象)[:：](.*)$/.exec(normalizeLabel(text));
  return match ? (match[2] ?? "") : undefined;
}
