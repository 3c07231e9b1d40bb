import { normalizeLabel, toHalfWidth } from "../text/normalize-text";

/** Every row's first cell is asked both questions, and every unit's sheet repeats them: answered once per text. */
function memoized(test: (text: string) => boolean): (text: string) => boolean {
  const known = new Map<string, boolean>();
  return (text) => {
    let found = known.get(text);
    if (found === undefined) {
      found = test(text);
      if (known.size >= 20000) known.clear();
      known.set(text, found);
    }
    return found;
  };
}

/** "注：1、…", "说明：", "备注：" — the notes printed under a table. */
export const isNoteText: (text: string) => boolean = memoized((text) => /^(注|说明|备注)[:：1１、]/.test(normalizeLabel(text)));

const TOTAL_LABELS = new Set(["合计", "总分", "总计", "小计", "得分合计", "总得分", "合计得分", "分数合计"]);

/** A totals row's label: 合计, 总分, 总计, 小计. */
export const isTotalLabel: (text: string) => boolean = memoized((text) => TOTAL_LABELS.has(normalizeLabel(text).replace(/[:：]$/, "")));

/** Labels naming the unit a table assesses; "（盖章）" may follow. */
const UNIT_LABEL = /^(被考核单位|被考评单位|被测评单位|被评估单位|被检查单位|被考核部门|被考核对象|考核单位|考评单位|单位名称|考核对象|填报单位)(\([^)]*\))?$/;
/** What may follow the name on the same line: "岳阳县  考核时间：2024年". */
const NEXT_LABEL = /(考核|评分|测评|填报|打分)?(时间|日期|人|负责人)[:：].*$|(联系人|联系电话|得分|总分)[:：].*$/s;

/**
 * "被考核单位：岳阳县", "被测评单位：华容县", "考核对象：县政府办" above a
 * table: the name after the label ("" when it is in the next cell).
 */
export function unitLabel(text: string): string | undefined {
  if (text.length > 80) return undefined;
  const half = toHalfWidth(text);
  const colon = half.search(/[:：]/);
  if (colon < 0 || !UNIT_LABEL.test(normalizeLabel(half.slice(0, colon)))) return undefined;
  const rest = half.slice(colon + 1).replace(NEXT_LABEL, "").trim();
  return normalizeLabel(rest.split(/\s{2,}|[，,；;]/)[0] ?? "");
}
