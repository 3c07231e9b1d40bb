/**
 * File-system failures in words a user can act on (Chinese first, English
 * beside it), never a raw EPERM/ENOENT/EACCES/ENOSPC. Excel and WPS lock an
 * open workbook on Windows, which Node reports as EBUSY or EPERM.
 */
export class FileWriteError extends Error {}

export function errorCode(error: unknown): string {
  return typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : "";
}

export function writeFailureMessage(error: unknown, target: string, folder: string): string {
  switch (errorCode(error)) {
    case "ENOSPC":
    case "EDQUOT":
      return `无法写入 ${target}：磁盘空间不足。请清理磁盘或换一个位置后重试；原文件未改动 / Disk full: free some space or write elsewhere; nothing was changed`;
    case "EBUSY":
    case "EPERM":
    case "ETXTBSY":
      return `无法写入 ${target}：文件可能正在 Excel 或 WPS 中打开，请关闭后重试（或该文件夹没有写入权限）；原文件未改动 / The file may be open in Excel or WPS: close it and retry (or the folder is not writable); nothing was changed`;
    case "EACCES":
    case "EROFS":
      return `无法写入 ${target}：文件夹 ${folder} 是只读的或没有写入权限。请换一个可写的文件夹（--out）后重试；原文件未改动 / The folder is read-only or not writable: choose another with --out; nothing was changed`;
    case "ENOENT":
      return `无法写入 ${target}：文件夹 ${folder} 不存在。请先创建该文件夹，或用 --out 指定已有的文件夹 / The folder does not exist: create it or choose another with --out`;
    case "ENOTDIR":
      return `无法写入 ${target}：路径中的 ${folder} 不是文件夹 / A part of the path is not a folder`;
    case "EISDIR":
      return `无法写入 ${target}：这是一个文件夹，请给出文件名 / That is a folder: give a file name`;
    case "ENAMETOOLONG":
      return `无法写入 ${target}：文件名或路径太长。请用较短的文件名（--out）后重试；原文件未改动 / The file name or path is too long: choose a shorter one with --out`;
    default: {
      const reason = error instanceof Error ? error.message : String(error);
      return `无法写入 ${target}：${reason}；原文件未改动 / Could not write the file; nothing was changed`;
    }
  }
}

export function readFailureMessage(error: unknown, path: string): string {
  switch (errorCode(error)) {
    case "ENOENT":
      return `找不到文件：${path} / File not found`;
    case "EACCES":
    case "EPERM":
    case "EBUSY":
      return `无法读取 ${path}：没有读取权限，或文件正被其他程序独占。请关闭该文件或检查权限后重试 / Cannot read the file: no permission, or another program holds it`;
    case "EISDIR":
      return `无法读取 ${path}：这是一个文件夹，请给出 .xlsx 文件 / That is a folder, not an .xlsx file`;
    case "ERR_FS_FILE_TOO_LARGE":
      return `无法读取 ${path}：文件超过 2 GB，不像评分表（可能选错了文件） / The file is over 2 GB: not a scoresheet`;
    default: {
      const reason = error instanceof Error ? error.message : String(error);
      return `无法读取 ${path}：${reason} / Cannot read the file`;
    }
  }
}
