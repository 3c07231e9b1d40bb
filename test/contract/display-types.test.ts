// Issue 13, "read what Excel shows": 扣分 entries typed as a date, a time, a
// percent and TRUE, in a real .xlsx with real styles (built-in ids 9, 14, 20
// and 31, custom codes), give the same report through the CLI, the Excel
// adapter (strict fake) and the WPS adapter (fake ET): one ENTRY_DISPLAY_TYPE
// per cell saying what Excel shows; no date or boolean counted as points.
// The Excel read takes no extra sync for the formats; the WPS read a bounded
// number of calls.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { layoutSummary } from "../../src/host/summary/summary-layout";
import { loadWorkbook, workbookToGrid } from "../../src/cli/xlsx/read-workbook";
import { READ_FIXED_SYNCS, readWorkbook as readExcel } from "../../src/excel/read-workbook";
import { runKaoheAction } from "../../src/excel/run-actions";
import { RECALCULATE_SYNCS } from "../../src/excel/sync-budget";
import { documentFromExcelJs, installExcel, newContext } from "../../src/preview/fake-excel";
import { readWorkbook as readWps } from "../../src/wps/read-workbook";
import { FORMAT_PROBES_PER_SHEET } from "../../src/wps/read-number-formats";
import { fakeEt } from "../../src/wps/fake-et/fake-et";
import { buildYueyangCountyExample } from "../fixtures/yueyang-county-example";
import { TYPED_ENTRIES, typedEntryCells, writeDisplayTypesExample } from "../fixtures/display-types-example";
import { runCli } from "../cli/run-cli";
import { installOfficeStub } from "../excel/support";
import { cliAnswer } from "./cli-side";
import type { CliAnswer } from "./cli-side";
import { CONTRACT_HOSTS } from "./hosts";

jest.setTimeout(120_000);

const dir = mkdtempSync(join(tmpdir(), "kaohe-display-types-"));
const file = join(dir, "岳阳-县市区-格式.xlsx");
const plainFile = join(dir, "岳阳-县市区-示例.xlsx");
let cli: CliAnswer;
let plain: CliAnswer;

beforeAll(async () => {
  await writeDisplayTypesExample(file);
  await buildYueyangCountyExample().xlsx.writeFile(plainFile);
  cli = await cliAnswer(file);
  plain = await cliAnswer(plainFile);
});

describe("the CLI reads what Excel shows", () => {
  test("one ENTRY_DISPLAY_TYPE error per typed 扣分 cell, naming what Excel shows", () => {
    const cells = typedEntryCells();
    const found = cli.report.findings.filter((f) => f.code === "ENTRY_DISPLAY_TYPE");
    const key = (sheet: string, cell: string | undefined): string => `${sheet}!${cell ?? ""}`;
    expect(found.map((f) => `${key(f.sheet, f.cell)} ${f.severity}`).sort()).toEqual(TYPED_ENTRIES.map((e) => `${key(e.unit, cells.get(e)?.cell)} error`).sort());
    for (const entry of TYPED_ENTRIES) {
      const f = found.find((x) => x.sheet === entry.unit && x.cell === cells.get(entry)?.cell);
      expect([entry.type, f?.message]).toEqual([entry.type, expect.stringContaining(`“${entry.shown}”`)]);
      // The number Excel stores, exactly (not exceljs's Date, rounded to the millisecond).
      if (typeof entry.value === "number") expect(f?.message).toContain(`实际数值 ${Number(entry.value.toPrecision(15))}）`);
    }
    // Never the generic "not a number" as well.
    expect(cli.report.findings.filter((f) => f.code === "ENTRY_NOT_NUMBER" && found.some((x) => x.sheet === f.sheet && x.cell === f.cell))).toEqual([]);
  });

  test("dates, times and TRUE are not counted; a percent counts as the fraction it stores", () => {
    const total = (answer: CliAnswer, unit: string): string => answer.report.units.find((u) => u.unit === unit)?.total ?? "?";
    // 岳阳县: 工作部署 1 → a date, 人事信息 1 → TRUE (both now uncounted); 公开指南 0.5 → 50%, still 0.5.
    expect(Number(total(cli, "岳阳县")) - Number(total(plain, "岳阳县"))).toBe(2);
    expect(total(cli, "岳阳县")).toMatch(/^\d+(\.\d+)?$/);
  });

  test("kaohe check exits 1 on it", async () => {
    expect((await runCli(["check", file, "-q"])).code).toBe(1);
  });
});

describe.each(CONTRACT_HOSTS.map((h) => [h.name, h] as const))("%s gives the CLI's answer", (_name, host) => {
  test("the same report and 汇总", async () => {
    const answer = await host.run(file);
    expect(answer.report.findings.filter((f) => f.code === "ENTRY_DISPLAY_TYPE")).toHaveLength(TYPED_ENTRIES.length);
    expect(answer.report).toEqual(cli.report);
    expect(answer.summary).toEqual(layoutSummary(cli.summary).rows);
  });
});

describe("the hosts read the formats the CLI reads, at no extra cost", () => {
  test("Excel: numberFormat comes with the values — READ_FIXED_SYNCS plus one sync per chunk, and 重新计算 takes its budget", async () => {
    const expected = workbookToGrid(await loadWorkbook(file)).sheets.map((s) => [s.name, s.numberFormats]);
    const doc = documentFromExcelJs(await loadWorkbook(file));
    const { context, fake } = newContext(doc);
    const read = await readExcel(context, true);
    expect(read.grid.sheets.map((s) => [s.name, s.numberFormats])).toEqual(expected);
    expect(fake.syncCount).toBe(READ_FIXED_SYNCS + read.chunks);
    const restore = installOfficeStub(20);
    const excel = installExcel(doc);
    try {
      const before = excel.runs.length;
      const outcome = await runKaoheAction("recalculate");
      expect(outcome.ok).toBe(true);
      // Findings to mark: the observe step stays (sync-budget.ts), so the marked budget plus the same chunks.
      expect(excel.runs[before]?.syncCount).toBe(RECALCULATE_SYNCS + read.chunks);
    } finally {
      excel.uninstall();
      restore();
    }
  });

  test("WPS: the same formats, in at most 1 + 2 × FORMAT_PROBES_PER_SHEET calls a sheet", async () => {
    const expected = workbookToGrid(await loadWorkbook(file)).sheets.map((s) => [s.name, s.numberFormats]);
    const et = fakeEt(documentFromExcelJs(await loadWorkbook(file)));
    const book = et.application.ActiveWorkbook;
    if (!book) throw new Error("the fake ET has no workbook");
    const read = readWps(book, true);
    expect(read.grid.sheets.map((s) => [s.name, s.numberFormats])).toEqual(expected);
    const formatCalls = et.counter.byMember.get("Range.NumberFormat") ?? 0;
    expect(formatCalls).toBeGreaterThan(read.grid.sheets.length);
    expect(formatCalls).toBeLessThanOrEqual(read.grid.sheets.length * (1 + FORMAT_PROBES_PER_SHEET));
  });
});
