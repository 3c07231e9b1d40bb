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
import { ALL_FIXTURES } from "../fixtures/catalog/all-fixtures";
import { buildYueyangCountyExample } from "../fixtures/yueyang-county-example";
import { cliAnswer } from "./cli-side";
import { CONTRACT_HOSTS } from "./hosts";

interface ContractWorkbook {
  readonly id: string;
  write(dir: string): Promise<string>;
}

const WORKBOOKS: readonly ContractWorkbook[] = [
  { id: "岳阳-县市区-示例", write: (dir) => save(dir, "岳阳-县市区-示例", buildYueyangCountyExample()) },
  { id: "岳阳-县市区-留空", write: (dir) => save(dir, "岳阳-县市区-留空", buildYueyangCountyExample({ mergeIndicators: false })) },
  ...ALL_FIXTURES.map((spec) => ({ id: spec.id, write: (dir: string) => save(dir, spec.id, spec.build().workbook) })),
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
    expect(answer.report).toEqual(cli.report);
    expect(answer.summary).toEqual(layoutSummary(cli.summary).rows);
    compared.fixtures++;
    compared.units += cli.report.units.length;
  }, 60_000);
});
