// Every ExecuteFunction button needs `Office.actions.associate("name", fn)` in
// the function file's source, or clicking it fails silently in Excel; and an
// association without a button is dead code or a renamed FunctionName.
import type { FunctionCommand } from "./check-ribbon";
import type { Report } from "./problems";
import { shortPath, type XmlElement } from "./xml-tree";

const ASSOCIATE = /\bOffice\s*\.\s*actions\s*\.\s*associate\s*\(\s*/g;
const STRING_ARG = /^(["'`])([^"'`\\$]*)\1\s*,/;

/** Blanks out comments (keeping strings and line breaks) so commented-out calls do not count. */
export function stripComments(source: string): string {
  let out = "";
  let i = 0;
  while (i < source.length) {
    const c = source[i] ?? "";
    const next = source[i + 1] ?? "";
    if (c === "/" && next === "/") {
      while (i < source.length && source[i] !== "\n") i += 1;
    } else if (c === "/" && next === "*") {
      const end = source.indexOf("*/", i + 2);
      const stop = end < 0 ? source.length : end + 2;
      out += source.slice(i, stop).replace(/[^\n]/g, " ");
      i = stop;
    } else if (c === '"' || c === "'" || c === "`") {
      let j = i + 1;
      while (j < source.length && source[j] !== c) j += source[j] === "\\" ? 2 : 1;
      out += source.slice(i, j + 1);
      i = j + 1;
    } else {
      out += c;
      i += 1;
    }
  }
  return out;
}

export interface Associations {
  readonly names: readonly string[];
  /** Calls whose first argument is not a plain string literal: they cannot be matched. */
  readonly unreadable: number;
}

export function findAssociations(source: string): Associations {
  const code = stripComments(source);
  const names: string[] = [];
  let unreadable = 0;
  for (const m of code.matchAll(ASSOCIATE)) {
    const arg = STRING_ARG.exec(code.slice(m.index + m[0].length));
    if (arg?.[2] === undefined) unreadable += 1;
    else names.push(arg[2]);
  }
  return { names, unreadable };
}

export function checkCommands(functions: readonly FunctionCommand[], source: string, root: XmlElement, report: Report): void {
  const { names, unreadable } = findAssociations(source);
  for (const fn of functions) {
    if (!names.includes(fn.name)) {
      report("FUNCTION_NOT_ASSOCIATED", `${shortPath(fn.control)} 的 FunctionName “${fn.name}” 在命令源码中没有 Office.actions.associate("${fn.name}", …)`, `FunctionName "${fn.name}" of ${shortPath(fn.control)} has no Office.actions.associate("${fn.name}", …) in the commands source`, fn.control);
    }
  }
  const declared = new Set(functions.map((f) => f.name));
  for (const name of new Set(names)) {
    if (!declared.has(name)) {
      report("ASSOCIATE_WITHOUT_CONTROL", `命令源码关联了 “${name}”，但清单中没有以它为 FunctionName 的按钮`, `the commands source associates "${name}", but no button in the manifest has that FunctionName`, root);
    }
  }
  if (unreadable > 0) {
    report("ASSOCIATE_NOT_LITERAL", `有 ${unreadable} 处 Office.actions.associate 的第一个参数不是字符串字面量，无法核对`, `${unreadable} Office.actions.associate call(s) do not take a string literal first, so they cannot be checked`, root);
  }
}
