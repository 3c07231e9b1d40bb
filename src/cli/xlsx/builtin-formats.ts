import defaultNumFormats from "exceljs/lib/xlsx/defaultnumformats";

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

/** Fills exceljs's table once, before the first workbook is read. */
export function useZhCnBuiltinFormats(): void {
  if (done) return;
  done = true;
  for (const id of ZH_CN_BUILTIN_IDS) {
    const entry = defaultNumFormats[id];
    const code = entry?.["zh-cn"];
    if (entry && entry.f === undefined && code !== undefined) entry.f = code;
  }
}
