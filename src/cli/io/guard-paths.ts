import { existsSync, readFileSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import { LEDGER_SHEET } from "../../core";
import { readPackage } from "../xlsx/check-package";
import { sheetParts } from "../xlsx/package-parts";

/** A refused output path: exit 2 with this message, nothing written. */
export class OutputRefused extends Error {}

/** The path as the file system will resolve it: symlinks followed, folder resolved even when the file does not exist yet. */
function canonical(path: string): string {
  const full = resolve(path);
  try {
    return realpathSync(full);
  } catch {
    try {
      return join(realpathSync(dirname(full)), basename(full));
    } catch {
      return full;
    }
  }
}

/**
 * Whether two paths name one file: the same inode when both exist (which
 * sees through symlinks, hard links, "./" and case on case-insensitive
 * disks), else the same canonical path (case folded on Windows and macOS).
 */
export function sameFile(a: string, b: string): boolean {
  try {
    const sa = statSync(a);
    const sb = statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    const ca = canonical(a);
    const cb = canonical(b);
    return process.platform === "win32" || process.platform === "darwin" ? ca.toLowerCase() === cb.toLowerCase() : ca === cb;
  }
}

/** Refuses --out or --json that would overwrite an input, and --json that is --out. */
export function guardOutputs(inputs: readonly string[], outputs: { readonly out?: string; readonly json?: string }): void {
  for (const input of inputs) {
    if (outputs.out !== undefined && sameFile(outputs.out, input))
      throw new OutputRefused(`--out ${outputs.out} 就是输入文件 ${input}：这会覆盖原表。请换一个输出文件名（要直接写回原表请用 --in-place）/ --out is the input file itself; choose another name (or use --in-place)`);
    if (outputs.json !== undefined && sameFile(outputs.json, input))
      throw new OutputRefused(`--json ${outputs.json} 就是输入文件 ${input}：报告会覆盖原表。请换一个 .json 文件名 / --json is the input file itself; choose another .json name`);
  }
  if (outputs.out !== undefined && outputs.json !== undefined && sameFile(outputs.out, outputs.json))
    throw new OutputRefused(`--json 与 --out 是同一个文件（${outputs.json}）：报告会覆盖评分结果。请为两者分别指定文件名 / --json and --out are the same file; give each its own name`);
}

/** A workbook Kaohe wrote itself: it holds Kaohe's very hidden ledger sheet. */
export function isKaoheOutput(path: string): boolean {
  try {
    return sheetParts(readPackage(readFileSync(path))).some((s) => s.name === LEDGER_SHEET);
  } catch {
    return false;
  }
}

export interface DefaultOutput {
  readonly path: string;
  /** Set when the default name was taken by a file Kaohe did not write: the note says which name was used instead. */
  readonly note?: string;
}

/**
 * A default output name (IN.scored.xlsx, 汇总.xlsx) replaces only Kaohe's own
 * earlier output; a user's file of that name is kept and the next free name,
 * 汇总（2）.xlsx, is used instead.
 */
export function freeDefaultOutput(path: string): DefaultOutput {
  if (!existsSync(path) || isKaoheOutput(path)) return { path };
  const ext = extname(path);
  const stem = path.slice(0, path.length - ext.length);
  let n = 2;
  let candidate = `${stem}（${n}）${ext}`;
  while (existsSync(candidate) && !isKaoheOutput(candidate)) candidate = `${stem}（${++n}）${ext}`;
  return {
    path: candidate,
    note: `已有同名文件 ${basename(path)}，且不是 Kaohe 生成的，未覆盖；本次写入 ${basename(candidate)} / ${basename(path)} exists and was not written by Kaohe, so it was kept; wrote ${basename(candidate)} instead`,
  };
}
