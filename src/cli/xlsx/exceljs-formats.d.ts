// exceljs's table of built-in number formats (numFmtId → code, by locale for the CJK ids).
declare module "exceljs/lib/xlsx/defaultnumformats" {
  const formats: Record<number, { f?: string } & Partial<Record<string, string>>>;
  export = formats;
}

// exceljs's helpers; the reader looks isDateFmt up on this object at each cell.
declare module "exceljs/lib/utils/utils" {
  const utils: { isDateFmt(format: string | undefined): boolean };
  export = utils;
}
