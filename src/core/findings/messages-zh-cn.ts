import type { Finding } from "./finding";

/** 中文提示：每个代码一句，参数来自 finding.params。 */
export function messageZhCn(f: Finding): string {
  switch (f.code) {
    case "NO_TABLE":
      return `未找到评分表：应有表头（${f.params.lookedFor}）。最接近的一行是第 ${f.params.closestRow} 行：“${f.params.closestText}”`;
    case "ENTRY_NOT_NUMBER":
      return `“${f.params.text}”不是数字，未计入；请填写数字或“不涉及”`;
    case "ENTRY_NEGATIVE":
      return `${f.params.column}不能为负数（${f.params.value}），此项按 0 计`;
    case "ENTRY_WITHOUT_POINTS":
      return `此行没有分值，不能填写${f.params.column}（${f.params.value}）`;
    case "ENTRY_MISSING":
      return `“${f.params.item}”尚未填写`;
    case "CAP_EXCEEDED":
      return `扣分 ${f.params.entered} 超过本项上限 ${f.params.cap}（扣完为止），按 ${f.params.cap} 计`;
    case "BONUS_CAP_EXCEEDED":
      return `加分 ${f.params.entered} 超过上限 ${f.params.cap}，按 ${f.params.cap} 计`;
    case "SECTION_CAP_EXCEEDED":
      return `“${f.params.section}”合计 ${f.params.entered} 超过上限 ${f.params.cap}，按 ${f.params.cap} 计`;
    case "BONUS_NOT_ALLOWED":
      return `“${f.params.item}”没有加分规则，加分 ${f.params.value} 未计入`;
    case "DEDUCTION_NOT_ALLOWED":
      return `“${f.params.item}”是加分项，不能填写扣分（${f.params.value}）`;
    case "SCORE_ABOVE_POINTS":
      return `得分 ${f.params.value} 超过本项分值 ${f.params.points}`;
    case "OUTPUT_FOREIGN_VALUE":
      return `得分单元格已有他人填写的值“${f.params.value}”，未覆盖；计算结果为 ${f.params.computed}`;
    case "OUTPUT_FOREIGN_FORMULA":
      return `得分单元格含有公式 =${f.params.formula}，未覆盖；计算结果为 ${f.params.computed}`;
    case "SECTION_POINTS_MISMATCH":
      return `“${f.params.section}”标注 ${f.params.declared} 分，但各项分值合计 ${f.params.sum} 分`;
    case "ROW_UNMATCHED":
      return `此行“${f.params.text}”与细则 ${f.params.rubric} 的任何一项都不对应，未计分`;
    case "ITEM_MISSING":
      return `表中缺少细则 ${f.params.rubric} 的“${f.params.item}”一项`;
    case "POINTS_DIFFER":
      return `“${f.params.item}”表中分值 ${f.params.sheet} 与细则分值 ${f.params.rubric} 不一致，按细则计`;
    case "ALL_OR_NOTHING":
      return `本项实行倒扣分制：扣分 ${f.params.entered} 按本项全部分值 ${f.params.points} 扣除`;
    case "VETO_NOT_ALLOWED":
      return `“${f.params.item}”没有一票否决规定，“否决”未计入`;
    case "AVERAGE_PENDING":
      return `“${f.params.item}”不涉及，按有此项任务单位的平均分计分；本次没有可取平均的单位，暂计 0 分`;
    case "DUPLICATE_UNIT":
      return `单位“${f.params.unit}”出现两次：${f.params.first} 和 ${f.params.second}`;
    case "UNIT_NO_GROUP":
      return `单位“${f.params.unit}”不在任何考核组（${f.params.groups}）中，列入“未分组”`;
    case "DEDUCTION_NOT_PRODUCIBLE":
      return `扣分 ${f.params.value} 无法由本项扣分办法得出（可扣：${f.params.steps}），请核对`;
    case "ANSWER_NOT_YES_NO":
      return `“${f.params.item}”的实施情况“${f.params.text}”应填写“是”“否”或“不涉及”`;
    case "SELF_SCORE_DIFFERS":
      return `自评分 ${f.params.self}（${f.params.selfCell}）与考核分 ${f.params.score} 不同`;
    case "ADOPTION_SCORE_DIFFERS":
      return `“${f.params.item}”填写 ${f.params.typed} 分，按采用情况应为 ${f.params.computed} 分（${f.params.working}）`;
    case "UNIT_NO_TARGET":
      return `任务分配表（${f.params.targets}）中没有“${f.params.unit}”，无法核对采用情况得分`;
    case "ADOPTION_COUNTS_MISSING":
      return `采用情况统计表“${f.params.sheet}”中没有“${f.params.unit}”，无法核对采用情况得分`;
    case "ENTRY_MERGED":
      return `此录入单元格跨第 ${f.params.rows} 行合并，只计入“${f.params.item}”；请拆分单元格分别填写`;
    case "OUTPUT_MERGED":
      return `得分单元格跨第 ${f.params.rows} 行合并，“${f.params.item}”的得分无法单独填写；请拆分单元格`;
    case "OUTPUT_NOT_WRITABLE":
      return `计算结果 ${f.params.computed} 超出单元格可保存的范围，未写入；请检查分值`;
    case "NO_POINTS":
      return `此表没有分值（未找到${f.params.columns}列，也未指定细则），无法计分；请恢复分值列或使用 --rubric`;
    case "SCORE_NOT_PRODUCIBLE":
      return `得分 ${f.params.value} 无法由本项各部分的评分标准得出（可得：${f.params.allowed}），请核对`;
    case "SHEET_PROTECTED":
      return `工作表“${f.sheet}”受保护，${f.params.count} 个得分未写入；请撤销保护后重新计算`;
    case "STORED_RUBRIC_UNKNOWN":
      return `工作簿中保存的评分细则“${f.params.rubric}”不是本版本内置的细则，${f.params.table}改为自动匹配`;
    case "STORED_RUBRIC_INVALID":
      return `工作簿中保存的评分细则无法读取（${f.params.reason}），${f.params.table}改为自动匹配`;
  }
}
