// Issue 13: outputs that would overwrite the input are refused; default
// names never replace a file Kaohe did not write; a failed write (locked by
// Excel/WPS, disk full, read-only or missing folder) says what to do in
// Chinese and leaves every file as it was.
import fs, { copyFileSync, existsSync, linkSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import ExcelJS from "exceljs";
import { isKaoheOutput, ownershipOf } from "../../src/cli/io/guard-paths";
import { XlsxPackage } from "../../src/cli/xlsx/xlsx-package";
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

  test.each([
    ["--out IN", (p: string) => p],
    ["--out ./IN", (p: string) => `./${relative(process.cwd(), p)}`],
  ])("rubric draft %s: exit 2, the workbook is not replaced by JSON", async (_, out) => {
    const { path, bytes } = input();
    const run = await runCli(["rubric", "draft", path, "--out", out(path)]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("就是输入文件");
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  test("rubric draft --out into a missing folder: exit 2 in Chinese; an existing --out file is replaced whole", async () => {
    const { path, folder } = input();
    const missing = await runCli(["rubric", "draft", path, "--out", join(folder, "nowhere", "r.json")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("不存在。请先创建该文件夹");
    const out = join(folder, "细则.json");
    writeFileSync(out, "old");
    expect((await runCli(["rubric", "draft", path, "--out", out])).code).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8"))).toMatchObject({ kind: "rubric" });
    expect(readdirSync(folder).filter((f) => f.endsWith(".kaohe-tmp"))).toEqual([]);
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

  test("Kaohe's earlier IN.scored.xlsx the user has typed into (ledger sheet kept, one cell changed) is kept; IN.scored（2）.xlsx written and said", async () => {
    const { path, folder } = input();
    expect((await runCli(["score", path, "-q"])).code).toBe(0);
    const earlier = join(folder, "岳阳.scored.xlsx");
    expect(ownershipOf(earlier)).toBe("intact");
    // A user's note typed into an empty cell, the rest of the package — the ledger sheet included — byte for byte as Kaohe left it.
    const pkg = XlsxPackage.read(readFileSync(earlier));
    const sheet = pkg.text("xl/worksheets/sheet1.xml") ?? "";
    pkg.setText("xl/worksheets/sheet1.xml", sheet.replace("</sheetData>", '<row r="900"><c r="A900" t="inlineStr"><is><t>已核对</t></is></c></row></sheetData>'));
    writeFileSync(earlier, pkg.write());
    expect(isKaoheOutput(earlier)).toBe(true);
    expect(ownershipOf(earlier)).toBe("changed");
    const edited = readFileSync(earlier);
    const run = await runCli(["score", path]);
    expect(run.code).toBe(0);
    expect(readFileSync(earlier).equals(edited)).toBe(true);
    expect(ownershipOf(join(folder, "岳阳.scored（2）.xlsx"))).toBe("intact");
    expect(run.stdout).toContain("已有同名文件 岳阳.scored.xlsx，是 Kaohe 之前生成的，但之后被修改过（可能有您录入的内容），未覆盖；本次写入 岳阳.scored（2）.xlsx");
    // The second name is Kaohe's own and untouched: the next run replaces it, and keeps the edited file.
    expect((await runCli(["score", path, "-q"])).code).toBe(0);
    expect(readdirSync(folder).sort()).toEqual(["岳阳.scored.xlsx", "岳阳.scored（2）.xlsx", "岳阳.xlsx"]);
  });

  test("Kaohe's earlier output opened, edited and saved by a spreadsheet program (exceljs here) is kept", async () => {
    const { path, folder } = input();
    expect((await runCli(["score", path, "-q"])).code).toBe(0);
    const earlier = join(folder, "岳阳.scored.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(earlier);
    const sheet = workbook.getWorksheet("岳阳县");
    if (!sheet) throw new Error("no 岳阳县 sheet");
    sheet.getCell("K5").value = "复核：同意";
    await workbook.xlsx.writeFile(earlier);
    expect(ownershipOf(earlier)).toBe("changed");
    const edited = readFileSync(earlier);
    expect((await runCli(["score", path, "-q"])).code).toBe(0);
    expect(readFileSync(earlier).equals(edited)).toBe(true);
  });

  test("an untouched earlier output re-zipped (same contents, other compression) is still Kaohe's and is replaced", async () => {
    const { path, folder } = input();
    expect((await runCli(["score", path, "-q"])).code).toBe(0);
    const earlier = join(folder, "岳阳.scored.xlsx");
    const { unzipSync, zipSync } = await import("fflate");
    writeFileSync(earlier, zipSync(unzipSync(readFileSync(earlier)), { level: 1 }));
    expect(ownershipOf(earlier)).toBe("intact");
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
    // Once the user edits Kaohe's 汇总（2）.xlsx, it is theirs too.
    const second = join(folder, "汇总（2）.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(second);
    const front = workbook.worksheets[0];
    if (!front) throw new Error("an empty 汇总");
    front.getCell("A1").value = "2026 年度汇总（已审定）";
    await workbook.xlsx.writeFile(second);
    const edited = readFileSync(second);
    const third = await runCli(["summary", path]);
    expect(third.stdout).toContain("已有同名文件 汇总.xlsx，且不是 Kaohe 生成的，未覆盖；本次写入 汇总（3）.xlsx");
    expect(readFileSync(second).equals(edited)).toBe(true);
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

describe("an output that cannot be written is refused before anything is written", () => {
  test("--json into a missing folder: exit 2 in Chinese, and no scored copy left behind", async () => {
    const { path, folder } = input();
    const out = join(folder, "结果.xlsx");
    const run = await runCli(["score", path, "--out", out, "--json", join(folder, "没有", "r.json"), "-q"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("没有 不存在。请先创建该文件夹");
    expect(existsSync(out)).toBe(false);
  });

  test("--out that is a folder: exit 2, 这是一个文件夹", async () => {
    const { path, folder } = input();
    const run = await runCli(["score", path, "--out", folder, "-q"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("这是一个文件夹，请给出文件名");
    expect(run.stderr).not.toMatch(/EISDIR|Error/);
  });

  test("--out under a path whose 'folder' is a file: exit 2, 不是文件夹", async () => {
    const { path } = input();
    const run = await runCli(["score", path, "--out", join(path, "x.xlsx"), "-q"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("不是文件夹");
    expect(run.stderr).not.toMatch(/ENOTDIR|Error/);
  });

  test("a missing input in a missing folder is named as the missing input", async () => {
    const run = await runCli(["score", join(dir, "无此文件夹", "表.xlsx"), "-q"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("找不到文件");
  });
});

test("an output name near the 255-byte limit is written (its temporary file's name is shortened); past the limit: exit 2, 文件名或路径太长", async () => {
  const { path, folder } = input();
  const long = join(folder, `${"评".repeat(83)}.xlsx`); // 249 + 5 bytes: the longest name the disk takes
  const ok = await runCli(["score", path, "--out", long, "-q"]);
  expect(ok.code).toBe(0);
  expect(isKaoheOutput(long)).toBe(true);
  const tooLong = await runCli(["score", path, "--out", join(folder, `${"评".repeat(90)}.xlsx`), "-q"]);
  expect(tooLong.code).toBe(2);
  expect(tooLong.stderr).toContain("文件名或路径太长");
  expect(tooLong.stderr).not.toMatch(/ENAMETOOLONG|Error/);
  expect(readdirSync(folder).filter((f) => f.endsWith(".kaohe-tmp"))).toEqual([]);
});

test("an input over 2 GB (a sparse file): exit 2 in Chinese, not Node's ERR_FS_FILE_TOO_LARGE", async () => {
  const { folder } = input();
  const huge = join(folder, "巨大.xlsx");
  fs.closeSync(fs.openSync(huge, "w"));
  fs.truncateSync(huge, 2 ** 31 + 1);
  const run = await runCli(["check", huge, "-q"]);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain("文件超过 2 GB，不像评分表");
  expect(run.stderr).not.toMatch(/ERR_FS|RangeError/);
  fs.unlinkSync(huge);
});
