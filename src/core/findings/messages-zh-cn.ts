import type { Finding } from "./finding";

/** 中文提示：每个代码一句，参数来自 finding.params。 */
export function messageZhCn(f: Finding): string {
  const { code, params: p } = f;
  switch (code) {
    case "NO_TABLE":
      return `未找到评分表：应有表头（${p.lookedFor}）。最接近的一行是第 ${p.closestRow} 行：“${p.closestText}”`;
    case "ENTRY_NOT_NUMBER":
      return `“${p.text}”不是数字，未计入；请填写数字或“不涉及”`;
    case "ENTRY_NEGATIVE":
      return `${p.column}不能为负数（${p.value}），此项按 0 计`;
    case "ENTRY_WITHOUT_POINTS":
      return `此行没有分值，不能填写${p.column}（${p.value}）`;
    case "ENTRY_MISSING":
      return `“${p.item}”尚未填写`;
    case "CAP_EXCEEDED":
      return `扣分 ${p.entered} 超过本项上限 ${p.cap}（扣完为止），按 ${p.cap} 计`;
    case "BONUS_CAP_EXCEEDED":
      return `加分 ${p.entered} 超过上限 ${p.cap}，按 ${p.cap} 计`;
    case "SECTION_CAP_EXCEEDED":
      return `“${p.section}”合计 ${p.entered} 超过上限 ${p.cap}，按 ${p.cap} 计`;
    case "BONUS_NOT_ALLOWED":
      return `“${p.item}”没有加分规则，加分 ${p.value} 未计入`;
    case "DEDUCTION_NOT_ALLOWED":
      return `“${p.item}”是加分项，不能填写扣分（${p.value}）`;
    case "SCORE_ABOVE_POINTS":
      return `得分 ${p.value} 超过本项分值 ${p.points}`;
    case "OUTPUT_FOREIGN_VALUE":
      return `得分单元格已有他人填写的值“${p.value}”，未覆盖；计算结果为 ${p.computed}`;
    case "OUTPUT_FOREIGN_FORMULA":
      return `得分单元格含有公式 =${p.formula}，未覆盖；计算结果为 ${p.computed}`;
    case "SECTION_POINTS_MISMATCH":
      return `“${p.section}”标注 ${p.declared} 分，但各项分值合计 ${p.sum} 分`;
    case "ROW_UNMATCHED":
      return `此行“${p.text}”与细则 ${p.rubric} 的任何一项都不对应，未计分`;
    case "ITEM_MISSING":
      return `表中缺少细则 ${p.rubric} 的“${p.item}”一项`;
    case "POINTS_DIFFER":
      return `“${p.item}”表中分值 ${p.sheet} 与细则分值 ${p.rubric} 不一致，按细则计`;
    case "ALL_OR_NOTHING":
      return `本项实行倒扣分制：扣分 ${p.entered} 按本项全部分值 ${p.points} 扣除`;
    case "VETO_NOT_ALLOWED":
      return `“${p.item}”没有一票否决规定，“否决”未计入`;
    case "AVERAGE_PENDING":
      return `“${p.item}”不涉及，按有此项任务单位的平均分计分；本次没有可取平均的单位，暂计 0 分`;
    case "DUPLICATE_UNIT":
      return `单位“${p.unit}”出现两次：${p.first} 和 ${p.second}`;
    case "UNIT_NO_GROUP":
      return `单位“${p.unit}”不在任何考核组（${p.groups}）中，列入“未分组”`;
    case "DEDUCTION_NOT_PRODUCIBLE":
      return `扣分 ${p.value} 无法由本项扣分办法得出（可扣：${p.steps}），请核对`;
    case "ANSWER_NOT_YES_NO":
      return `“${p.item}”的实施情况“${p.text}”应填写“是”“否”或“不涉及”`;
    case "SELF_SCORE_DIFFERS":
      return `自评分 ${p.self}（${p.selfCell}）与考核分 ${p.score} 不同`;
    case "ADOPTION_SCORE_DIFFERS":
      return `“${p.item}”填写 ${p.typed} 分，按采用情况应为 ${p.computed} 分（${p.working}）`;
    case "UNIT_NO_TARGET":
      return `任务分配表（${p.targets}）中没有“${p.unit}”，无法核对采用情况得分`;
    case "ADOPTION_COUNTS_MISSING":
      return `采用情况统计表“${p.sheet}”中没有“${p.unit}”，无法核对采用情况得分`;
    case "ENTRY_MERGED":
      return `此录入单元格跨第 ${p.rows} 行合并，只计入“${p.item}”；请拆分单元格分别填写`;
    case "OUTPUT_MERGED":
      return `得分单元格跨第 ${p.rows} 行合并，“${p.item}”的得分无法单独填写；请拆分单元格`;
    case "OUTPUT_NOT_WRITABLE":
      return `计算结果 ${p.computed} 超出单元格可保存的范围，未写入；请检查分值`;
    case "NO_POINTS":
      return `此表没有分值（未找到${p.columns}列，也未指定细则），无法计分；请恢复分值列或使用 --rubric`;
    case "SCORE_NOT_PRODUCIBLE":
      return `得分 ${p.value} 无法由本项各部分的评分标准得出（可得：${p.allowed}），请核对`;
    case "FORMULA_NOT_CALCULATED":
      return `公式 =${p.formula} 没有保存计算结果，不能当作空白读取；请在 Excel 或 WPS 中打开并保存后再评分`;
    case "ENTRY_DISPLAY_TYPE":
      return entryDisplayTypeZhCn(p);
    case "COLUMN_UNKNOWN":
      return `表头“${p.header}”不是评分表的列名${p.role === "" ? "" : `（${p.role}列已在第 ${p.usedColumn} 列）`}，此列已忽略，不作为单位或录入列${p.numbers === "0" ? "" : `；其中有 ${p.numbers} 个数字未计入`}。如此列是录入列，请改为标准列名（扣分、加分、得分）`;
    case "COLUMN_IGNORED":
      return `“${p.header}”列有 ${p.numbers} 个数字，此列为备注类列，未计入得分`;
    case "COLUMN_ROLE_FROM_CONTENT":
      return `表头“${p.header}”不是已知列名，按其内容读作${p.role}列；请核对，或将表头改为标准列名`;
    case "NOTE_UNREAD":
      return `${p.row === "" ? "" : `第 ${p.row} 行`}表下说明“${p.note}”未能识别为计分规则，未应用；如其影响计分，请在细则文件中写明（kaohe rubric draft）`;
    case "GATE_NOT_MET":
      return `基础得分 ${p.base} 未达到 ${p.min} 分（${p.source}），加分 ${p.bonus} 不计入`;
    case "BELOW_PASS_MARK":
      return `“${p.what}”得分 ${p.score} 低于满分 ${p.points} 的 ${p.share}（${p.mark} 分），评为${p.verdict}（${p.source}）`;
    case "JUDGEMENT_OUT_OF_RANGE":
      return `${p.column} ${p.value} 不在细则给出的范围 ${p.min}–${p.max} 分内（${p.text}），请核对`;
    case "RULE_UNREAD":
      return `“${p.item}”的评分规则有未能识别的文字（${p.text}），此项按评估人填写计分，请人工复核`;
    case "CAP_ABOVE_POINTS":
      return `“${p.item}”规则写明最多扣 ${p.cap} 分，高于本项分值 ${p.points} 分；按分值 ${p.points} 分封顶，请核对`;
    case "WEIGHTED_PART":
      return `“${p.section}”得分 ${p.score} 按 ${p.weight} 计入总分，为 ${p.weighted} 分（${p.source}）`;
    case "HEADER_CELL_BLANK":
      return `表头单元格为空；下方重复的表头（${p.repeat}）在此列写着“${p.header}”，已按“${p.header}”读取本表，请补上表头后重新计算`;
    case "NOT_APPLICABLE_NO_RULE":
      return `“${p.item}”标为不涉及，但评分细则未规定不涉及项如何计分：本项 ${p.points} 分按 0 分计（满分仍含此项，不折算）；如应折算或按比例计分，请在评分细则中补充后重新计算`;
    case "SHEET_PROTECTED":
      return `工作表“${f.sheet}”受保护，${p.count} 个得分未写入；请撤销保护后重新计算`;
    case "STORED_RUBRIC_UNKNOWN":
      return `工作簿中保存的评分细则“${p.rubric}”不是本版本内置的细则，${p.table}改为自动匹配`;
    case "STORED_RUBRIC_INVALID":
      return `工作簿中保存的评分细则无法读取（${p.reason}），${p.table}改为自动匹配`;
  }
}

const TYPE_ZH: Readonly<Record<string, string>> = { date: "日期", time: "时间", percent: "百分比", boolean: "逻辑值" };

/** What Excel shows, what Kaohe read, and what it did with it. */
function entryDisplayTypeZhCn(p: { readonly column: string; readonly type: string; readonly shown: string; readonly stored: string }): string {
  const shows = `${p.column}单元格在 Excel 中显示为${TYPE_ZH[p.type] ?? p.type}“${p.shown}”`;
  if (p.type === "percent") return `${shows}（实际数值 ${p.stored}），已按 ${p.stored} 计入；请核对本意，并把单元格格式改为“常规”或“数值”后重新填写`;
  const expected = p.column === "实施情况" ? "“是”或“否”" : "分数";
  const stored = p.type === "boolean" ? "" : `（实际数值 ${p.stored}）`;
  return `${shows}${stored}，不是${expected}，未计入；请把单元格格式改为“常规”后重新填写`;
}
