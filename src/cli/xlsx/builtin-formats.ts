import defaultNumFormats from "exceljs/lib/xlsx/defaultnumformats";
import excelJsUtils from "exceljs/lib/utils/utils";

/**
 * exceljs resolves a cell's built-in numFmtId (styles.xml cellXfs) to a
 * format code only where the code is the same in every locale: 9/10 (0%,
 * 0.00%), 14–22 and 45–47 (dates and times). The ids 27–36 and 50–58 are
 * locale-dependent dates and times, and exceljs leaves them without a
 * format, so a date a Chinese Excel or WPS saved as id 31 (2024年1月1日)
 * would read as the plain number 45292. Here each is given the zh-CN code
 * Excel and WPS show for it (the locale Kaohe's workbooks come from), so
 * the CLI reads it as a date as the add-ins do.
 */
export const ZH_CN_BUILTIN_IDS = [27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58] as const;

let done = false;

/**
 * Prepares exceljs's reader once, before the first workbook is read: the
 * zh-CN built-in formats above, and date-formatted numbers kept as the
 * numbers they are. exceljs turns such a number into a Date rounded to the
 * millisecond, so a time typed as 0:30 (1/48) would come back as
 * 0.0208333333284827, not the 0.0208333333333333 Excel and WPS give; the
 * cell's format (SheetGrid.numberFormats) says it is a date.
 */
export function prepareExcelJsReading(): void {
  if (done) return;
  done = true;
  excelJsUtils.isDateFmt = () => false;
  for (const id of ZH_CN_BUILTIN_IDS) {
    const entry = defaultNumFormats[id];
    const code = entry?.["zh-cn"];
    if (entry && entry.f === undefined && code !== undefined) entry.f = code;
  }
}
