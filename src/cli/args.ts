import { parseArgs } from "node:util";

export interface CliOptions {
  readonly positionals: readonly string[];
  readonly out?: string;
  readonly json?: string;
  readonly rubric?: string;
  readonly groups?: string;
  readonly inPlace: boolean;
  readonly quiet: boolean;
}

export class UsageError extends Error {}

export const USAGE = `用法 / Usage:
  kaohe score IN.xlsx [--rubric ID|FILE] [--out OUT.xlsx] [--json REPORT.json] [--in-place]
      计算得分，写出评分副本与报告 / score, write a scored copy and the report
      (--rubric：按内置细则 id、细则文件或 auto（自动识别内置细则）评分，否则依据表格自身的规则文字
       / a bundled rubric id, a file, or auto to recognise the bundled one; without it the sheet's own rule text)
  kaohe check IN.xlsx [--rubric ID|FILE] [--json REPORT.json]
      只校验，有错误时退出码为 1 / findings only; exit 1 on any error
  kaohe summary IN.xlsx… [--rubric ID|FILE] [--groups ID|FILE] [--out 汇总.xlsx] [--json REPORT.json]
      各单位分组排名，写出汇总表 / rank the units per group, write the summary workbook
  kaohe rubric check FILE…
      校验细则文件 / validate rubric files (exit 1 on any invalid file)
  kaohe rubric draft IN.xlsx [--out RUBRIC.json]
      依据表格自身文字起草细则 / draft a rubric from the sheet's own text`;

export function parseCliArgs(argv: readonly string[]): CliOptions {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        out: { type: "string", short: "o" },
        json: { type: "string" },
        rubric: { type: "string", short: "r" },
        groups: { type: "string", short: "g" },
        "in-place": { type: "boolean", default: false },
        quiet: { type: "boolean", short: "q", default: false },
      },
    });
    return {
      positionals,
      ...(values.out === undefined ? {} : { out: values.out }),
      ...(values.json === undefined ? {} : { json: values.json }),
      ...(values.rubric === undefined ? {} : { rubric: values.rubric }),
      ...(values.groups === undefined ? {} : { groups: values.groups }),
      inPlace: values["in-place"] ?? false,
      quiet: values.quiet ?? false,
    };
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}
