import { columnLetters, toA1 } from "../grid/a1";
import type { SheetGrid } from "../grid/sheet-grid";
import type { Finding } from "../findings/finding";
import { finding } from "../findings/finding";
import type { ColumnMap, ColumnRole } from "./column-role";
import type { GuessedColumn } from "./content-roles";
import type { IgnoredColumn } from "./detect-header";

/** Each role's name in findings, zh-CN then en-US. */
export const ROLE_NAMES: Readonly<Record<ColumnRole, readonly [string, string]>> = {
  serial: ["序号", "serial number"],
  level1: ["一级指标", "first-level indicator"],
  level2: ["二级指标", "second-level indicator"],
  level3: ["三级指标", "third-level indicator"],
  indicator: ["指标", "indicator"],
  content: ["考核内容", "content"],
  points: ["分值", "points"],
  rule: ["评分标准", "rule"],
  bonusRule: ["加分标准", "bonus rule"],
  method: ["考核方式", "method"],
  targets: ["被考核单位", "units assessed"],
  remark: ["备注", "remarks"],
  deduction: ["扣分", "deduction"],
  bonus: ["加分", "bonus"],
  deductionNote: ["扣分说明", "deduction reason"],
  selfScore: ["自评分", "self-assessed score"],
  implementation: ["实施情况", "implementation"],
  score: ["得分", "score"],
};

/** Numbers in a column over the item rows: what a misread column would have counted. */
function numbersIn(sheet: SheetGrid, col: number, rows: readonly number[]): number {
  let count = 0;
  for (const row of rows) {
    const value = sheet.values[row]?.[col] ?? null;
    if (typeof value === "number" || (typeof value === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(value))) count++;
  }
  return count;
}

/**
 * What the reader left out of a table, said: a header word it does not know
 * (or a second column naming a role already taken) is a warning, whatever the
 * column holds; a 备注-like column only when numbers were typed in it.
 */
export function ignoredColumnFindings(sheet: SheetGrid, ignored: readonly IgnoredColumn[], columns: ColumnMap, itemRows: readonly number[]): Finding[] {
  const findings: Finding[] = [];
  for (const column of ignored) {
    const numbers = numbersIn(sheet, column.col, itemRows);
    const cell = toA1(column.row, column.col);
    if (column.role === "remark") {
      if (numbers > 0) findings.push(finding("COLUMN_IGNORED", sheet.name, cell, { header: column.text, numbers: String(numbers) }));
      continue;
    }
    const used = column.role === undefined ? undefined : columns[column.role];
    const [role, roleEn] = column.role === undefined || used === undefined ? ["", ""] : ROLE_NAMES[column.role];
    findings.push(
      finding("COLUMN_UNKNOWN", sheet.name, cell, {
        header: column.text,
        numbers: String(numbers),
        role,
        roleEn,
        usedColumn: used === undefined ? "" : columnLetters(used),
      }),
    );
  }
  return findings;
}

/** A role read from a column's content: a reading Kaohe is not sure of, so said. */
export function guessedColumnFindings(sheet: SheetGrid, guessed: readonly GuessedColumn[], headerRow: number): Finding[] {
  return guessed.map((g) => {
    const [role, roleEn] = ROLE_NAMES[g.role];
    return finding("COLUMN_ROLE_FROM_CONTENT", sheet.name, toA1(headerRow, g.col), { header: g.text, role, roleEn });
  });
}
