// Issue 13: outputs that would overwrite the input are refused; default
// names never replace a file Kaohe did not write; a failed write (locked by
// Excel/WPS, disk full, read-only or missing folder) says what to do in
// Chinese and leaves every file as it was.
import fs, { copyFileSync, existsSync, linkSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { isKaoheOutput } from "../../src/cli/io/guard-paths";
import { runCli } from "./run-cli";
import { buildYueyangCountyExample } from "../fixtures/yueyang-county-example";

jest.setTimeout(60_000);

const dir = mkdtempSync(join(tmpdir(), "kaohe-guard-"));
let example = "";
let n = 0;

beforeAll(async () => {
  example = join(dir, "example.xlsx");
  await buildYueyangCountyExample().xlsx.writeFile(example);
});

/** A fresh copy of the example in its own folder. */
function input(): { path: string; folder: string; bytes: Buffer } {
  const folder = join(dir, `case-${++n}`);
  fs.mkdirSync(folder);
  const path = join(folder, "岳阳.xlsx");
  copyFileSync(example, path);
  return { path, folder, bytes: readFileSync(path) };
}

describe("outputs that resolve to the input are refused: exit 2, nothing written", () => {
  const cases: [string, (p: string, folder: string) => string[]][] = [
    ["--out IN", (p) => ["--out", p]],
    ["--out ./IN (relative)", (p) => ["--out", `./${relative(process.cwd(), p)}`]],
    ["--out a symlink to IN", (p, folder) => (symlinkSync(p, join(folder, "link.xlsx")), ["--out", join(folder, "link.xlsx")])],
    ["--out a hard link to IN", (p, folder) => (linkSync(p, join(folder, "hard.xlsx")), ["--out", join(folder, "hard.xlsx")])],
    ["--json IN", (p) => ["--json", p]],
    ["--json IN with --in-place", (p) => ["--in-place", "--json", p]],
  ];
  test.each(cases)("%s", async (_, args) => {
    const { path, folder, bytes } = input();
    const run = await runCli(["score", path, ...args(path, folder), "-q"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/就是输入文件 .*：.*请换一个/);
    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect(readdirSync(folder).filter((f) => f.includes("scored") || f.endsWith(".json"))).toEqual([]);
  });

  test("--json equal to --out", async () => {
    const { path, folder } = input();
    const out = join(folder, "out.xlsx");
    const run = await runCli(["score", path, "--out", out, "--json", out, "-q"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--json 与 --out 是同一个文件");
    expect(existsSync(out)).toBe(false);
  });

  test("check --json IN and summary --out IN are refused too", async () => {
    const { path, bytes } = input();
    expect((await runCli(["check", path, "--json", path, "-q"])).code).toBe(2);
    expect((await runCli(["summary", path, "--out", path, "-q"])).code).toBe(2);
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });
});

describe("default output names never replace a user's file", () => {
  test("IN.scored.xlsx that Kaohe did not write is kept; IN.scored（2）.xlsx is written and the user told", async () => {
    const { path, folder } = input();
    const theirs = join(folder, "岳阳.scored.xlsx");
    copyFileSync(example, theirs);
    const kept = readFileSync(theirs);
    const run = await runCli(["score", path]);
    expect(run.code).toBe(0);
    expect(readFileSync(theirs).equals(kept)).toBe(true);
    expect(existsSync(join(folder, "岳阳.scored（2）.xlsx"))).toBe(true);
    expect(run.stdout).toContain("已有同名文件 岳阳.scored.xlsx，且不是 Kaohe 生成的，未覆盖；本次写入 岳阳.scored（2）.xlsx");
  });

  test("Kaohe's own earlier IN.scored.xlsx is replaced (it holds Kaohe's ledger sheet)", async () => {
    const { path, folder } = input();
    expect((await runCli(["score", path, "-q"])).code).toBe(0);
    expect((await runCli(["score", path, "-q"])).code).toBe(0);
    expect(readdirSync(folder).sort()).toEqual(["岳阳.scored.xlsx", "岳阳.xlsx"]);
  });

  test("summary: a user's 汇总.xlsx is kept, 汇总（2）.xlsx written; a second run replaces its own 汇总（2）.xlsx", async () => {
    const { path, folder } = input();
    const theirs = join(folder, "汇总.xlsx");
    writeFileSync(theirs, readFileSync(example));
    const kept = readFileSync(theirs);
    const first = await runCli(["summary", path]);
    expect(first.stdout).toContain("本次写入 汇总（2）.xlsx");
    expect(readFileSync(theirs).equals(kept)).toBe(true);
    await runCli(["summary", path, "-q"]);
    expect(readdirSync(folder).sort()).toEqual(["岳阳.xlsx", "汇总.xlsx", "汇总（2）.xlsx"]);
  });
});

describe("a write that fails leaves every file as it was and says what to do", () => {
  afterEach(() => jest.restoreAllMocks());

  function fsError(code: string): Error {
    return Object.assign(new Error(`${code}: simulated`), { code });
  }

  /** Only the temporary file fails to open: reading the input must still work. */
  function failOpeningTemp(code: string): void {
    const original = fs.openSync;
    jest.spyOn(fs, "openSync").mockImplementation((...args: Parameters<typeof fs.openSync>) => {
      if (String(args[0]).endsWith(".kaohe-tmp")) throw fsError(code);
      return original(...args);
    });
  }

  const failures: [string, () => void, RegExp][] = [
    ["locked by Excel or WPS (EBUSY on rename)", () => jest.spyOn(fs, "renameSync").mockImplementation(() => { throw fsError("EBUSY"); }), /文件可能正在 Excel 或 WPS 中打开，请关闭后重试/],
    ["locked on Windows (EPERM on rename)", () => jest.spyOn(fs, "renameSync").mockImplementation(() => { throw fsError("EPERM"); }), /文件可能正在 Excel 或 WPS 中打开，请关闭后重试/],
    ["disk full (ENOSPC while writing)", () => jest.spyOn(fs, "writeSync").mockImplementation(() => { throw fsError("ENOSPC"); }), /磁盘空间不足/],
    ["read-only folder (EACCES creating the temporary file)", () => failOpeningTemp("EACCES"), /是只读的或没有写入权限/],
    ["read-only file system (EROFS)", () => failOpeningTemp("EROFS"), /是只读的或没有写入权限/],
  ];
  test.each(failures)("%s, with --in-place", async (_, arrange, message) => {
    const { path, folder, bytes } = input();
    arrange();
    const run = await runCli(["score", path, "--in-place", "-q"]);
    jest.restoreAllMocks();
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain("原文件未改动");
    expect(run.stderr).not.toMatch(/\b(EBUSY|EPERM|ENOSPC|EACCES|ENOENT)\b/);
    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect(readdirSync(folder)).toEqual(["岳阳.xlsx"]);
  });

  test("an earlier --out file is untouched when the new write fails", async () => {
    const { path, folder } = input();
    const out = join(folder, "结果.xlsx");
    writeFileSync(out, "earlier output");
    jest.spyOn(fs, "renameSync").mockImplementation(() => {
      throw fsError("EBUSY");
    });
    const run = await runCli(["score", path, "--out", out, "-q"]);
    expect(run.code).toBe(2);
    expect(readFileSync(out, "utf8")).toBe("earlier output");
  });

  test("a missing folder: exit 2, 文件夹不存在, no raw ENOENT", async () => {
    const { path } = input();
    const run = await runCli(["score", path, "--out", join(dir, "no-such-folder", "out.xlsx"), "-q"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("no-such-folder 不存在。请先创建该文件夹");
    expect(run.stderr).not.toContain("ENOENT");
  });
});

test("--in-place through a symlink writes the workbook it points to (the link stays a link), keeping its permissions", async () => {
  const { path, folder } = input();
  fs.chmodSync(path, 0o640);
  const link = join(folder, "link.xlsx");
  symlinkSync(path, link);
  const run = await runCli(["score", link, "--in-place", "-q"]);
  expect(run.code).toBe(0);
  expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
  expect(isKaoheOutput(path)).toBe(true);
  expect(fs.statSync(path).mode & 0o777).toBe(0o640);
});
