// One engine, one answer: every generated fixture workbook (every table in
// every layout preset, the multi-unit and two-table workbooks, the 岳阳
// examples) gives, through every host, the report the CLI gives with
// --rubric auto — every unit's total, raw, max, grade, rank, veto, every item
// and section, every finding's code, cell and message — and a 汇总 sheet
// holding exactly the table `kaohe summary --rubric auto` ranks.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { layoutSummary } from "../../src/host/summary/summary-layout";
import type { Report, StoredChoice } from "../../src/core";
import { SETTINGS_SHEET, storedChoiceRows } from "../../src/core";
import { ALL_FIXTURES, fixtureById } from "../fixtures/catalog/all-fixtures";
import { buildYueyangCountyExample } from "../fixtures/yueyang-county-example";
import { cliAnswer } from "./cli-side";
import { CONTRACT_HOSTS } from "./hosts";

interface ContractWorkbook {
  readonly id: string;
  write(dir: string): Promise<string>;
  /** What the CLI's report must show for the stored choice to have been honoured. */
  readonly honoured?: (report: Report) => boolean;
}

/** A fixture with a rubric choice stored in Kaohe's very hidden settings sheet, as the pane stores it. */
function withStoredChoice(id: string, choice: StoredChoice, honoured: (report: Report) => boolean): ContractWorkbook {
  return {
    honoured,
    id: `${id} + stored ${JSON.stringify(choice.all ?? choice.tables)}`,
    write: (dir) => {
      const workbook = fixtureById(id).build().workbook;
      const sheet = workbook.addWorksheet(SETTINGS_SHEET, { state: "veryHidden" });
      storedChoiceRows(choice).forEach((row) => sheet.addRow(row));
      return save(dir, `${id}.stored`, workbook);
    },
  };
}

const WORKBOOKS: readonly ContractWorkbook[] = [
  { id: "岳阳-县市区-示例", write: (dir) => save(dir, "岳阳-县市区-示例", buildYueyangCountyExample()) },
  { id: "岳阳-县市区-留空", write: (dir) => save(dir, "岳阳-县市区-留空", buildYueyangCountyExample({ mergeIndicators: false })) },
  ...ALL_FIXTURES.map((spec) => ({ id: spec.id, write: (dir: string) => save(dir, spec.id, spec.build().workbook) })),
  withStoredChoice("sanhe-2018.unit-sheets", { all: { kind: "sheet" }, tables: [] }, (r) => r.units.every((u) => !u.rubric.startsWith("sanhe-"))),
  withStoredChoice("yueyang-county.pasted", { all: { kind: "bundled", id: "yueyang-department" }, tables: [] }, (r) => r.units.every((u) => u.rubric === "yueyang-department")),
  withStoredChoice("panzhihua-2016-info.workbook", { all: { kind: "bundled", id: "no-longer-bundled" }, tables: [] }, (r) =>
    r.findings.some((f) => f.code === "STORED_RUBRIC_UNKNOWN"),
  ),
];

async function save(dir: string, id: string, workbook: { xlsx: { writeFile(path: string): Promise<void> } }): Promise<string> {
  const file = join(dir, `${id}.xlsx`);
  await workbook.xlsx.writeFile(file);
  return file;
}

const dir = mkdtempSync(join(tmpdir(), "kaohe-contract-"));
const compared = { fixtures: 0, units: 0 };

afterAll(() => {
  // What the suite covered, for the record (the report quotes it).
  console.log(`contract: ${compared.fixtures} fixture workbooks × ${CONTRACT_HOSTS.length} host(s), ${compared.units} units compared`);
});

describe.each(CONTRACT_HOSTS.map((h) => [h.name, h] as const))("%s gives the CLI's answer", (_name, host) => {
  test.each(WORKBOOKS.map((w) => [w.id, w] as const))("%s", async (_id, workbook) => {
    const file = await workbook.write(dir);
    const cli = await cliAnswer(file);
    const answer = await host.run(file);
    expect(cli.report.units.length).toBeGreaterThan(0);
    if (workbook.honoured) expect(workbook.honoured(cli.report)).toBe(true);
    expect(answer.report).toEqual(cli.report);
    expect(answer.summary).toEqual(layoutSummary(cli.summary).rows);
    compared.fixtures++;
    compared.units += cli.report.units.length;
  }, 60_000);
});
