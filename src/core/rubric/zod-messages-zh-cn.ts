import type { z } from "zod/mini";

/**
 * Chinese for zod's structural problems in a rubric file (a missing field,
 * a wrong type, an unknown key). Our own checks (`custom`) already speak
 * Chinese. Written here rather than taken from zod's locales: reaching them
 * through `z.locales` would put every language zod knows into the add-in's
 * bundles, and its single-locale file is an ES module that jest and the
 * compiled CLI cannot require.
 */
const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: "文字",
  number: "数字",
  boolean: "是/否（true/false）",
  array: "数组",
  object: "对象",
  undefined: "空",
  null: "null",
};

const typeName = (name: string): string => TYPE_NAMES[name] ?? name;
const typeOf = (input: unknown): string => typeName(input === null ? "null" : Array.isArray(input) ? "array" : typeof input);

export const zodMessagesZhCn: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined ? `缺少此项（应为${typeName(issue.expected)}）` : `应为${typeName(issue.expected)}，实际是${typeOf(issue.input)}`;
    case "too_small":
      return issue.origin === "array" ? `至少应有 ${String(issue.minimum)} 项` : issue.origin === "string" ? `至少应有 ${String(issue.minimum)} 个字` : `应不小于 ${String(issue.minimum)}`;
    case "too_big":
      return issue.origin === "array" ? `最多 ${String(issue.maximum)} 项` : issue.origin === "string" ? `最多 ${String(issue.maximum)} 个字` : `应不大于 ${String(issue.maximum)}`;
    case "invalid_format":
      return issue.format === "regex" ? "格式不对（应为非负的小数文字，如 \"2\" 或 \"0.5\"）" : `格式不对（${issue.format}）`;
    case "invalid_value":
      return `应为 ${issue.values.map((v) => JSON.stringify(v)).join("、")} 之一`;
    case "unrecognized_keys":
      return `不认识的字段：${issue.keys.join("、")}`;
    case "invalid_union":
      return "不符合任何一种允许的写法";
    case "invalid_key":
      return "字段名无效";
    case "invalid_element":
      return "其中有无效的值";
    case "not_multiple_of":
      return `应为 ${String(issue.divisor)} 的倍数`;
    default:
      return undefined;
  }
};
