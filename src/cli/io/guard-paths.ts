import { existsSync, readFileSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import { errorCode, FileWriteError, writeFailureMessage } from "./file-errors";
import { LEDGER_SHEET } from "../../core";
import { readPackage } from "../xlsx/check-package";
import type { SealState } from "../xlsx/output-seal";
import { sealState } from "../xlsx/output-seal";
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

/**
 * An output whose folder is missing, or which is itself a folder, fails
 * before anything is read or written: otherwise the scored copy would be
 * written and only the report fail, leaving half a run behind.
 */
function checkWritablePlace(path: string): void {
  const folder = dirname(resolve(path));
  let failure: string | undefined;
  try {
    if (!statSync(folder).isDirectory()) failure = "ENOTDIR";
    else if (existsSync(path) && statSync(path).isDirectory()) failure = "EISDIR";
  } catch (error) {
    failure = errorCode(error) || "ENOENT";
  }
  if (failure !== undefined) throw new FileWriteError(writeFailureMessage(Object.assign(new Error(failure), { code: failure }), path, folder));
}

/** Refuses --out or --json that would overwrite an input, --json that is --out, and either where no file can be written. */
export function guardOutputs(inputs: readonly string[], outputs: { readonly out?: string; readonly json?: string }): void {
  for (const input of inputs) {
    if (outputs.out !== undefined && sameFile(outputs.out, input))
      throw new OutputRefused(`--out ${outputs.out} 就是输入文件 ${input}：这会覆盖原表。请换一个输出文件名（要直接写回原表请用 --in-place）/ --out is the input file itself; choose another name (or use --in-place)`);
    if (outputs.json !== undefined && sameFile(outputs.json, input))
      throw new OutputRefused(`--json ${outputs.json} 就是输入文件 ${input}：报告会覆盖原表。请换一个 .json 文件名 / --json is the input file itself; choose another .json name`);
  }
  if (outputs.out !== undefined && outputs.json !== undefined && sameFile(outputs.out, outputs.json))
    throw new OutputRefused(`--json 与 --out 是同一个文件（${outputs.json}）：报告会覆盖评分结果。请为两者分别指定文件名 / --json and --out are the same file; give each its own name`);
  for (const path of [outputs.out, outputs.json]) if (path !== undefined) checkWritablePlace(path);
}

/** A workbook Kaohe wrote itself: it holds Kaohe's very hidden ledger sheet. */
export function isKaoheOutput(path: string): boolean {
  try {
    return sheetParts(readPackage(readFileSync(path))).some((s) => s.name === LEDGER_SHEET);
  } catch {
    return false;
  }
}

/** Whose file this is: never written by Kaohe, Kaohe's output as Kaohe left it, or Kaohe's output changed since. */
export function ownershipOf(path: string): SealState {
  try {
    return sealState(readPackage(readFileSync(path)));
  } catch {
    // Not even a readable package (a user's notes saved under that name): not Kaohe's.
    return "none";
  }
}

export interface DefaultOutput {
  readonly path: string;
  /** Set when the default name was taken by a file Kaohe did not write: the note says which name was used instead. */
  readonly note?: string;
}

/**
 * A default output name (IN.scored.xlsx, 汇总.xlsx) replaces only Kaohe's own
 * earlier output, and only while it is exactly as Kaohe wrote it (its seal
 * intact): a user's file of that name, or Kaohe's output the user has since
 * typed into, is kept and the next free name, 汇总（2）.xlsx, is used
 * instead — and the user is told which name and why.
 */
export function freeDefaultOutput(path: string): DefaultOutput {
  const first = existsSync(path) ? ownershipOf(path) : "absent";
  if (first === "absent" || first === "intact") return { path };
  const ext = extname(path);
  const stem = path.slice(0, path.length - ext.length);
  let n = 2;
  let candidate = `${stem}（${n}）${ext}`;
  while (existsSync(candidate) && ownershipOf(candidate) !== "intact") candidate = `${stem}（${++n}）${ext}`;
  const why =
    first === "changed"
      ? [`是 Kaohe 之前生成的，但之后被修改过（可能有您录入的内容）`, `was written by Kaohe but has been changed since (it may hold your edits)`]
      : [`且不是 Kaohe 生成的`, `was not written by Kaohe`];
  return {
    path: candidate,
    note: `已有同名文件 ${basename(path)}，${why[0]}，未覆盖；本次写入 ${basename(candidate)} / ${basename(path)} exists and ${why[1]}, so it was kept; wrote ${basename(candidate)} instead`,
  };
}
