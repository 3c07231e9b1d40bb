// Catalogue, part 4: files that are not readable workbooks — encrypted
// (password to open), corrupt, truncated, empty, a zip that is no workbook.
// The contract (README, DESIGN.md §6): exit 2 with a clear message, nothing
// written, the file untouched.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { runCli } from "../cli/run-cli";
import { dir } from "./helpers";

/**
 * A password to open makes Excel save an OLE compound file (EncryptionInfo +
 * EncryptedPackage streams), not a zip: its signature and a header are what
 * a reader meets first. No password-protected file can be made offline
 * without Office, so the test file is that header and zeros.
 */
function encryptedLike(): Buffer {
  const file = Buffer.alloc(4096);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(file, 0);
  file.writeUInt16LE(0x003e, 24); // minor version
  file.writeUInt16LE(0x0003, 26); // major version 3
  file.writeUInt16LE(0xfffe, 28); // little-endian byte order mark
  file.writeUInt16LE(0x0009, 30); // 512-byte sectors
  return file;
}

async function validXlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("表1").addRow(["一级指标", "分值", "扣分办法", "得分"]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const CASES: readonly (readonly [string, () => Promise<Buffer> | Buffer])[] = [
  ["encrypted (OLE compound file)", encryptedLike],
  ["corrupt (text, not a zip)", () => Buffer.from("this is not a workbook")],
  ["empty (0 bytes)", () => Buffer.alloc(0)],
  ["truncated (half of a valid .xlsx)", async () => (await validXlsx()).subarray(0, 1500)],
];

let n = 0;
async function fileOf(make: () => Promise<Buffer> | Buffer): Promise<string> {
  const path = join(dir, `unreadable-${++n}.xlsx`);
  writeFileSync(path, await make());
  return path;
}

describe.each(CASES)("%s", (_, make) => {
  test.each(["score", "check", "summary"])("kaohe %s: exit 2, 无法读取 …（可能已加密或损坏）, nothing written, the file untouched", async (command) => {
    const path = await fileOf(make);
    const before = readFileSync(path);
    const out = `${path}.out.xlsx`;
    const run = await runCli([command, path, ...(command === "check" ? [] : ["--out", out]), "-q"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`无法读取 ${path}：不是有效的 .xlsx 文件（可能已加密或损坏）`);
    expect(existsSync(out)).toBe(false);
    expect(readFileSync(path).equals(before)).toBe(true);
  });
});

// Fixed (was a bug): `kaohe rubric draft` reads the workbook without the guard score/check
// use (src/cli/commands/rubric.ts, rubricDraft → loadWorkbook): main()
// rejects with jszip's "Can't find end of central directory…" instead of
// resolving 2; through bin/kaohe.js the user gets that raw English message.
// Should: exit 2 with the same 无法读取 message as score.
test("kaohe rubric draft on a corrupt file: exit 2, 无法读取", async () => {
  const path = await fileOf(encryptedLike);
  const run = await runCli(["rubric", "draft", path]);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain("无法读取");
});

// Fixed (was a bug): a zip that is not a workbook (a renamed .docx, an archive) loads in
// exceljs as a workbook without a model. `score` then crashes writing the
// copy (TypeError: Cannot read properties of undefined (reading 'date1904')
// at XLSX.prepareModel ← src/cli/commands/score.ts:22 writeFile); `check`
// exits 1 with NO_TABLE "最接近的一行是第 - 行：“”"; `summary` exits 0 and
// writes an empty 汇总. Should: exit 2 with 无法读取, like a corrupt file.
describe("a zip that is not a workbook", () => {
  async function notAWorkbook(): Promise<string> {
    const zip = new JSZip();
    zip.file("word/document.xml", "<w:document/>");
    return fileOf(() => zip.generateAsync({ type: "nodebuffer" }));
  }

  test.each(["score", "check", "summary"])("kaohe %s: exit 2, 无法读取", async (command) => {
    const path = await notAWorkbook();
    const run = await runCli([command, path, ...(command === "check" ? [] : ["--out", `${path}.out.xlsx`]), "-q"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("无法读取");
  });

});

test("a missing file: exit 2, 找不到文件", async () => {
  const run = await runCli(["score", join(dir, "nowhere.xlsx"), "-q"]);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain("找不到文件");
});

test("a sheet protected with a password (not encrypted): scored into the copy, its protection kept", async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("表1");
  sheet.addRow(["一级指标", "二级指标", "分值", "扣分办法", "扣分", "得分"]);
  sheet.addRow(["组织领导（2）", "工作部署", 2, "未纳入综合考评的扣1分", 1, null]);
  await sheet.protect("secret", {});
  const path = join(dir, "protected.xlsx");
  await workbook.xlsx.writeFile(path);
  const out = join(dir, "protected.out.xlsx");
  expect((await runCli(["score", path, "--out", out, "-q"])).code).toBe(0);
  const scored = new ExcelJS.Workbook();
  await scored.xlsx.readFile(out);
  const written = scored.getWorksheet("表1");
  expect(written?.getCell("F2").value).toBe(1);
  expect((written as unknown as { sheetProtection?: { sheet?: boolean } } | undefined)?.sheetProtection?.sheet).toBe(true);
});
