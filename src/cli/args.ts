import { parseArgs } from "node:util";

export interface CliOptions {
  readonly positionals: readonly string[];
  readonly out?: string;
  readonly json?: string;
  readonly rubric?: string;
  readonly groups?: string;
  readonly inPlace: boolean;
  readonly quiet: boolean;
  readonly help: boolean;
  readonly version: boolean;
}

export class UsageError extends Error {}

/** Each command's own usage, Chinese first, English beside it (kaohe COMMAND --help). */
export const COMMAND_USAGE: Readonly<Record<string, string>> = {
  score: `  kaohe score IN.xlsx [--rubric ID|FILE] [--out OUT.xlsx] [--json REPORT.json] [--in-place]
      计算得分，写出评分副本与报告 / score, write a scored copy and the report
      (--rubric：按内置细则 id、细则文件或 auto（自动识别内置细则）评分，否则依据表格自身的规则文字
       / a bundled rubric id, a file, or auto to recognise the bundled one; without it the sheet's own rule text)
      评分副本默认为 IN.scored.xlsx；同名文件若不是 Kaohe 生成的，不会被覆盖，改写 IN.scored（2）.xlsx
       / the copy defaults to IN.scored.xlsx; a file of that name Kaohe did not write is kept and IN.scored（2）.xlsx used
      --in-place：直接写回原表（先写临时文件，完成后才替换）/ write into the input itself (a temporary file, renamed when complete)
      -q, --quiet：不打印结果 / print nothing`,
  check: `  kaohe check IN.xlsx [--rubric ID|FILE] [--json REPORT.json]
      只校验，有错误时退出码为 1 / findings only; exit 1 on any error`,
  summary: `  kaohe summary IN.xlsx… [--rubric ID|FILE] [--groups ID|FILE] [--out 汇总.xlsx] [--json REPORT.json]
      各单位分组排名，写出汇总表 / rank the units per group, write the summary workbook
      汇总表默认为第一个输入旁的 汇总.xlsx；同名文件若不是 Kaohe 生成的，不会被覆盖，改写 汇总（2）.xlsx
       / defaults to 汇总.xlsx beside the first input; a file of that name Kaohe did not write is kept and 汇总（2）.xlsx used`,
  rubric: `  kaohe rubric check FILE…
      校验细则文件 / validate rubric files (exit 1 on any invalid file)
  kaohe rubric draft IN.xlsx [--out RUBRIC.json]
      依据表格自身文字起草细则 / draft a rubric from the sheet's own text`,
};

export const USAGE = `用法 / Usage:
${Object.values(COMMAND_USAGE).join("\n")}
  kaohe --version
      显示版本 / print the version
  kaohe COMMAND --help
      该命令的用法 / that command's usage

退出码 / exit codes: 0 完成 / done；1 有错误（check）或未找到评分表（score）/ errors (check) or no table (score)；2 用法错误、文件无法读取或写入 / bad usage, unreadable or unwritable file`;

/** The usage of one command, or the whole usage for an unknown one. */
export function usageOf(command: string | undefined): string {
  const own = command === undefined ? undefined : COMMAND_USAGE[command];
  return own === undefined ? USAGE : `用法 / Usage:\n${own}`;
}

/** node:util parseArgs errors, in Chinese first. */
function parserMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : "";
  const option = /'([^']+)'/.exec(message)?.[1] ?? "";
  switch (code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `未知选项：${option} / unknown option ${option}`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return `选项 ${option.replace(/ <value>$/, "")} 需要一个值（例如 --out 结果.xlsx）/ option ${option} needs a value`;
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return `多余的参数：${option} / unexpected argument ${option}`;
    default:
      return `参数有误：${message} / bad arguments`;
  }
}

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
        help: { type: "boolean", short: "h", default: false },
        version: { type: "boolean", short: "V", default: false },
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
      help: values.help ?? false,
      version: values.version ?? false,
    };
  } catch (error) {
    throw new UsageError(parserMessage(error));
  }
}
