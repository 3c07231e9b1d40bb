import { SUMMARY_SHEET } from "../../core";

/** Row 1 of the 汇总 sheet. */
export const SUMMARY_TITLE = "考核结果汇总";

/**
 * Row 2: tells a reader the sheet is generated, and tells Kaohe the sheet
 * is its own to rewrite. 汇总 is a common name for a user's own sheet, and
 * Kaohe never clears a sheet it did not make (DESIGN.md §3 Ownership).
 */
export const SUMMARY_SIGNATURE = "本表由“考核评分”加载项生成，重新生成汇总时整表改写，请勿在此表中录入。";

export const FOREIGN_SUMMARY_MESSAGE =
  `已重新计算，但工作簿中已有一个不是 Kaohe 生成的“${SUMMARY_SHEET}”工作表，为免覆盖未生成汇总；请将其改名后重试 / ` +
  `Scores were written, but a sheet named "${SUMMARY_SHEET}" that Kaohe did not make already exists; rename it and try again`;

export const PROTECTED_SUMMARY_MESSAGE =
  `已重新计算，但“${SUMMARY_SHEET}”工作表受保护，未能改写；请撤销保护后重试 / ` +
  `Scores were written, but the "${SUMMARY_SHEET}" sheet is protected; unprotect it and try again`;

export const NO_UNITS_TEXT = "没有可汇总的单位：未找到评分表。";
