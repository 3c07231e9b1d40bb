import { chmodSync, closeSync, existsSync, fsyncSync, openSync, readdirSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync, writeSync } from "node:fs";
import { createHash } from "node:crypto";
import { basename, dirname, join, resolve } from "node:path";
import { FileWriteError, writeFailureMessage } from "./file-errors";

/**
 * Tests only: when this names a file, the writer writes the temporary
 * file's path there and waits before the rename, so a test can kill the
 * process at exactly that moment (test/fidelity/kill-mid-write.test.ts).
 */
export const HOLD_BEFORE_RENAME_ENV = "KAOHE_TEST_HOLD_BEFORE_RENAME";

function holdForTest(tmp: string): void {
  const signal = process.env[HOLD_BEFORE_RENAME_ENV];
  if (!signal) return;
  writeFileSync(signal, tmp);
  const cell = new Int32Array(new SharedArrayBuffer(4));
  // Wait to be killed; give up after a minute so a forgotten variable cannot hang a run forever.
  for (let waited = 0; waited < 60_000; waited += 100) Atomics.wait(cell, 0, 0, 100);
}

/**
 * Writes a file whole or not at all: the bytes go to a temporary file in the
 * target's own folder (so the rename never crosses a disk), are flushed to
 * disk, and the temporary file is then renamed over the target. Until that
 * rename the target — the input itself with --in-place, or an earlier
 * output — is untouched; a crash, a full disk or a kill leaves it as it was.
 * Two runs writing one target each rename a complete file: the last rename
 * wins, and the file is never a mixture (rename semantics, not locking).
 */
export function writeFileAtomic(target: string, data: Uint8Array | string): void {
  // Through a symlink to the file itself: renaming over the link would replace the link, not the workbook.
  const path = existsSync(target) ? realpathSync(target) : resolve(target);
  const folder = dirname(path);
  const tmp = join(folder, `.~${tempStem(basename(path))}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.kaohe-tmp`);
  let fd: number | undefined;
  try {
    if (!existsSync(folder)) throw Object.assign(new Error("no folder"), { code: "ENOENT" });
    removeStaleTemps(folder, tempStem(basename(path)));
    fd = openSync(tmp, "wx");
    const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    // The replaced file's permissions carry over (a workbook shared read-only with a group stays so).
    if (existsSync(path)) chmodSync(tmp, statSync(path).mode & 0o7777);
    holdForTest(tmp);
    renameSync(tmp, path);
  } catch (error) {
    if (fd !== undefined) closeSafely(fd);
    removeSafely(tmp);
    throw new FileWriteError(writeFailureMessage(error, target, folder));
  }
  syncFolder(folder);
}

/**
 * The target's name inside the temporary file's name — or, for a name near
 * the file system's 255-byte limit (80 Chinese characters), a digest of it,
 * so the temporary file can be created wherever the target can.
 */
function tempStem(name: string): string {
  return Buffer.byteLength(name, "utf8") <= 160 ? name : createHash("sha256").update(name).digest("hex").slice(0, 24);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but is someone else's.
    return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "EPERM";
  }
}

/** Temporary files a killed earlier run left for this target (its process is gone): removed, never another live run's. */
function removeStaleTemps(folder: string, name: string): void {
  let names: string[] = [];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const file of names) {
    if (!file.startsWith(`.~${name}.`) || !file.endsWith(".kaohe-tmp")) continue;
    const pid = Number(file.slice(`.~${name}.`.length).split(".")[0]);
    if (Number.isInteger(pid) && pid !== process.pid && !alive(pid)) removeSafely(join(folder, file));
  }
}

function closeSafely(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // Already closed or invalid: nothing more to release.
  }
}

function removeSafely(path: string): void {
  try {
    if (existsSync(path)) unlinkSync(path);
  } catch {
    // A temporary file we cannot remove is harmless: its name says what it is.
  }
}

/** Makes the rename itself durable where the platform allows opening a folder (not on Windows). */
function syncFolder(folder: string): void {
  if (process.platform === "win32") return;
  try {
    const fd = openSync(folder, "r");
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some file systems refuse fsync on a folder; the file itself is already on disk.
  }
}
