// Shared arrangements for the bad-input catalogue (docs/bad-inputs.md): the
// 岳阳 example with one cell spoiled, written to .xlsx and scored by the CLI
// in-process; and the check that nothing the user typed was lost — the
// input file byte for byte, and every non-empty cell of it in the scored copy.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { workbookToGrid } from "../../src/cli/xlsx/read-workbook";
import type { CellValue, Report } from "../../src/core";
import { LEDGER_SHEET, toA1 } from "../../src/core";
import { runCli } from "../cli/run-cli";
import type { CliRun } from "../cli/run-cli";
import { buildYueyangCountyExample } from "../fixtures/yueyang-county-example";

export const dir = mkdtempSync(join(tmpdir(), "kaohe-bad-input-"));

/** 岳阳 example columns (1-based): C 三级指标, D 具体内容, E 分值, G 扣分, H 加分, I 得分. */
export const COL = { level3: 3, content: 4, points: 5, deduction: 7, bonus: 8, score: 9 } as const;

/** The sheet row whose 三级指标 or 具体内容 first holds `label`. */
export function rowOf(sheet: ExcelJS.Worksheet, label: string): number {
  let found = 0;
  sheet.eachRow((row, r) => {
    if (found === 0 && [COL.level3, COL.content].some((c) => String(row.getCell(c).value ?? "").includes(label))) found = r;
  });
  if (found === 0) throw new Error(`no row holds ${label}`);
  return found;
}

let counter = 0;

/** The 岳阳 example cut to its first unit, 岳阳县 (entries as the fixture has them), edited, as a file. */
export async function yueyangFile(edit: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void): Promise<string> {
  const workbook = buildYueyangCountyExample();
  for (const other of ["华容县", "汨罗市"]) {
    const sheet = workbook.getWorksheet(other);
    if (sheet) workbook.removeWorksheet(sheet.id);
  }
  const sheet = workbook.getWorksheet("岳阳县");
  if (!sheet) throw new Error("the 岳阳 example has no 岳阳县 sheet");
  edit(sheet, workbook);
  const path = join(dir, `case-${++counter}.xlsx`);
  await workbook.xlsx.writeFile(path);
  return path;
}

export async function writeWorkbook(workbook: ExcelJS.Workbook): Promise<string> {
  const path = join(dir, `case-${++counter}.xlsx`);
  await workbook.xlsx.writeFile(path);
  return path;
}

export function readReport(path: string): Report {
  return JSON.parse(readFileSync(path, "utf8")) as Report;
}

export interface Scored {
  readonly run: CliRun;
  readonly report: Report;
  readonly input: string;
  readonly output: string;
}

/**
 * `kaohe score IN --out OUT --json REPORT`, then the no-loss check: the
 * input unchanged to the byte, and every cell that held something in the
 * input holds the same in the scored copy (formulas included).
 */
export async function scoreFile(input: string, extra: readonly string[] = []): Promise<Scored> {
  const before = readFileSync(input);
  const output = input.replace(/\.xlsx$/, ".scored.xlsx");
  const json = input.replace(/\.xlsx$/, ".json");
  const run = await runCli(["score", input, "--out", output, "--json", json, "-q", ...extra]);
  expect(readFileSync(input).equals(before)).toBe(true);
  await expectNothingLost(input, output);
  return { run, report: readReport(json), input, output };
}

export async function loadGrid(path: string): Promise<ReturnType<typeof workbookToGrid>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbookToGrid(workbook);
}

/** Every non-empty input cell, and every formula, is in the output as it was. */
export async function expectNothingLost(input: string, output: string): Promise<void> {
  const a = await loadGrid(input);
  const b = await loadGrid(output);
  const lost: string[] = [];
  for (const sheet of a.sheets) {
    if (sheet.name === LEDGER_SHEET) continue;
    const out = b.sheets.find((s) => s.name === sheet.name);
    if (!out) {
      lost.push(`sheet ${sheet.name}`);
      continue;
    }
    sheet.values.forEach((row, r) =>
      row.forEach((value: CellValue, c) => {
        if (value !== null && value !== "" && out.values[r]?.[c] !== value) lost.push(`${sheet.name}!${toA1(r, c)}: ${String(value)} → ${String(out.values[r]?.[c] ?? null)}`);
      }),
    );
    for (const [cell, formula] of Object.entries(sheet.formulas ?? {})) if (out.formulas?.[cell] !== formula) lost.push(`${sheet.name}!${cell} formula =${formula}`);
  }
  expect(lost).toEqual([]);
}

/** The findings with a code, as "CODE CELL". */
export function codesAt(report: Report, code: string): string[] {
  return report.findings.filter((f) => f.code === code).map((f) => `${f.code} ${f.cell}`);
}

export function unitTotal(report: Report, unit: string): string | undefined {
  return report.units.find((u) => u.unit === unit)?.total;
}
