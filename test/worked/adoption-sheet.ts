// 攀枝花 2016 政务信息采用情况: the counts sheet beside the 考评表, one row per
// unit: its two targets as the 任务分配表 prints them, then how many items each
// publication of the 计分标准 adopted. Counts only, chosen by hand in the tests.
import type ExcelJS from "exceljs";

/** The 计分标准's publications, as the statistics sheet heads them, with what each is worth (for the comments). */
export const CITY_PUBLICATIONS = {
  攀政快讯: "《攀政快讯》（条）", // 采用 1 条信息计 4 分
  攀政快讯特刊: "《攀政快讯特刊》（条）", // 8 分
  每日政情: "《每日政情》（期）", // 每出刊 1 期计 2 分
  市级领导批示: "市级领导批示（条）", // 每条加 10 分
} as const;
export const PROVINCE_PUBLICATIONS = {
  川政晨讯: "《川政晨讯》（条）", // 3 分
  要情专报: "《要情专报》（条）", // 8 分
  上报国办动态: "上报国办动态信息（条）", // 3 分
  上报国办专报: "上报国办专报信息（条）", // 8 分
  国办采用动态: "国办采用动态信息（条）", // 再另加 3 分
  国办采用专报: "国办采用专报信息（条）", // 再另加 8 分
  政务工作交流: "《政务工作交流》（条）", // 3 分
  省级领导批示: "省级以上领导批示（条）", // 每条加 10 分
} as const;

type Publication = keyof typeof CITY_PUBLICATIONS | keyof typeof PROVINCE_PUBLICATIONS;

export interface AdoptionRow {
  readonly unit: string;
  /** 市级 / 省级 采用任务 as the 任务分配表 prints them. */
  readonly targets: readonly [number | string, number | string];
  readonly counts: Partial<Record<Publication, number>>;
}

export function addAdoptionSheet(workbook: ExcelJS.Workbook, rows: readonly AdoptionRow[]): void {
  const sheet = workbook.addWorksheet("采用情况");
  const city = Object.entries(CITY_PUBLICATIONS) as [Publication, string][];
  const province = Object.entries(PROVINCE_PUBLICATIONS) as [Publication, string][];
  const width = 3 + city.length + province.length;
  sheet.addRow(["2016年政务信息采用情况统计表"]);
  sheet.mergeCells(1, 1, 1, width);
  sheet.addRow(["单  位", "市级采用任务（分）", "省级采用任务（分）", "市级信息采用", ...city.slice(1).map(() => null), "省级信息采用", ...province.slice(1).map(() => null)]);
  sheet.addRow([null, null, null, ...city.map(([, h]) => h), ...province.map(([, h]) => h)]);
  for (let c = 1; c <= 3; c++) sheet.mergeCells(2, c, 3, c);
  sheet.mergeCells(2, 4, 2, 3 + city.length);
  sheet.mergeCells(2, 4 + city.length, 2, width);
  for (const row of rows) {
    sheet.addRow([row.unit, row.targets[0], row.targets[1], ...[...city, ...province].map(([key]) => row.counts[key] ?? 0)]);
  }
}
