// exceljs's table of built-in number formats (numFmtId → code, by locale for the CJK ids).
declare module "exceljs/lib/xlsx/defaultnumformats" {
  const formats: Record<number, { f?: string } & Partial<Record<string, string>>>;
  export = formats;
}
