// Bad input gets a clear answer and nothing is lost (issue: foundation).
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Report } from "../../src/core";
import { buildYueyangCountyExample } from "../fixtures/yueyang-county-example";
import { runCli } from "./run-cli";

const dir = mkdtempSync(join(tmpdir(), "kaohe-bad-"));
const readReport = (path: string): Report => JSON.parse(readFileSync(path, "utf8")) as Report;

async function exampleWith(edit: (wb: ExcelJS.Workbook) => void, name: string): Promise<string> {
  const wb = buildYueyangCountyExample();
  edit(wb);
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

/** The sheet row whose 三级指标 (column C) first holds `label`. */
async function rowOf(path: string, sheet: string, label: string): Promise<number> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet(sheet)!;
  let found = 0;
  ws.eachRow((row, r) => {
    if (found === 0 && String(row.getCell(3).value ?? "").includes(label)) found = r;
  });
  return found;
}

describe("a workbook with no recognisable table", () => {
  it("names the headers it looked for and the closest row it saw", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("名单");
    ws.addRow(["单位名单"]);
    ws.addRow(["序号", "单位", "联系人", "分值"]);
    ws.addRow([1, "市财政局", "张三", 3]);
    const path = join(dir, "no-table.xlsx");
    await wb.xlsx.writeFile(path);
    const json = join(dir, "no-table.json");
    const run = await runCli(["score", path, "--json", json, "--out", join(dir, "no-table.out.xlsx")]);
    expect(run.code).toBe(1);
    const [f] = readReport(json).findings;
    expect(f).toMatchObject({ severity: "error", code: "NO_TABLE", sheet: "名单" });
    expect(f?.message).toContain("分值");
    expect(f?.message).toContain("第 2 行");
    expect((await runCli(["check", path])).code).toBe(1);
  });
});

describe("unreadable input", () => {
  it("a corrupt .xlsx is a clear message and exit code 2", async () => {
    const path = join(dir, "corrupt.xlsx");
    writeFileSync(path, "this is not a zip file");
    const run = await runCli(["score", path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("无法读取");
  });

  it("a missing file is a clear message and exit code 2", async () => {
    const run = await runCli(["check", join(dir, "missing.xlsx")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("找不到文件");
  });

  it("bad usage prints the usage and exits 2", async () => {
    expect((await runCli(["score"])).code).toBe(2);
    expect((await runCli(["score", "a.xlsx", "--bogus"])).stderr).toContain("用法");
    expect((await runCli(["frobnicate"])).code).toBe(2);
  });
});

describe("ownership of output cells", () => {
  it("a value the user typed in 得分 is flagged, not overwritten", async () => {
    const path = await exampleWith(() => undefined, "plain.xlsx");
    const row = await rowOf(path, "岳阳县", "工作部署");
    const typed = await exampleWith((wb) => (wb.getWorksheet("岳阳县")!.getCell(`I${row}`).value = 1.5), "typed.xlsx");
    const out = join(dir, "typed.out.xlsx");
    const json = join(dir, "typed.json");
    expect((await runCli(["score", typed, "--out", out, "--json", json, "-q"])).code).toBe(0);
    expect(readReport(json).findings).toContainEqual(
      expect.objectContaining({ code: "OUTPUT_FOREIGN_VALUE", sheet: "岳阳县", cell: `I${row}` }),
    );
    const scored = new ExcelJS.Workbook();
    await scored.xlsx.readFile(out);
    expect(scored.getWorksheet("岳阳县")!.getCell(`I${row}`).value).toBe(1.5);
  });

  it("a formula in 得分 is flagged and kept", async () => {
    const path = await exampleWith(() => undefined, "plain2.xlsx");
    const row = await rowOf(path, "岳阳县", "工作部署");
    const withFormula = await exampleWith(
      (wb) => (wb.getWorksheet("岳阳县")!.getCell(`I${row}`).value = { formula: `E${row}-G${row}`, result: 1 }),
      "formula.xlsx",
    );
    const out = join(dir, "formula.out.xlsx");
    const json = join(dir, "formula.json");
    await runCli(["score", withFormula, "--out", out, "--json", json, "-q"]);
    expect(readReport(json).findings).toContainEqual(expect.objectContaining({ code: "OUTPUT_FOREIGN_FORMULA", cell: `I${row}` }));
    const scored = new ExcelJS.Workbook();
    await scored.xlsx.readFile(out);
    expect(scored.getWorksheet("岳阳县")!.getCell(`I${row}`).formula).toBe(`E${row}-G${row}`);
  });

  it("--in-place writes into the input; without it the input is never touched", async () => {
    const path = await exampleWith(() => undefined, "inplace.xlsx");
    const before = readFileSync(path);
    await runCli(["score", path, "--out", join(dir, "copy.xlsx"), "-q"]);
    expect(readFileSync(path).equals(before)).toBe(true);
    await runCli(["score", path, "--in-place", "-q"]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const row = await rowOf(path, "岳阳县", "工作部署");
    expect(wb.getWorksheet("岳阳县")!.getCell(`I${row}`).value).toBe(1); // 2 − 1 (未纳入综合考评)
  });
});

describe("kaohe check", () => {
  it("exits 1 when any finding is an error (汨罗市's \"一分\")", async () => {
    const path = await exampleWith(() => undefined, "check.xlsx");
    const run = await runCli(["check", path]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("ENTRY_NOT_NUMBER");
  });

  it("exits 0 when there are only warnings", async () => {
    const path = await exampleWith((wb) => wb.removeWorksheet(wb.getWorksheet("汨罗市")!.id), "warnings-only.xlsx");
    const json = join(dir, "warnings-only.json");
    expect((await runCli(["check", path, "--json", json])).code).toBe(0);
    expect(readReport(json).findings.every((f) => f.severity !== "error")).toBe(true);
    expect(readReport(json).findings.length).toBeGreaterThan(0);
  });
});
