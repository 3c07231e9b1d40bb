// The patching writer on every layout fixture built from the source
// documents (test/fixtures/catalog): one table or two, unit per sheet or
// per column, merged indicators, totals — the scored copy changes only the
// cells Kaohe's ledger names.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../cli/run-cli";
import { ALL_FIXTURES } from "../fixtures/catalog/all-fixtures";
import { expectOnlyKaoheChanges } from "./compare-packages";

jest.setTimeout(120_000);

const dir = mkdtempSync(join(tmpdir(), "kaohe-layout-fidelity-"));

test.each(ALL_FIXTURES.map((f) => [f.id, f] as const))("%s: only Kaohe's cells change", async (id, spec) => {
  const input = join(dir, `${id}.xlsx`);
  writeFileSync(input, new Uint8Array(await spec.build().workbook.xlsx.writeBuffer()));
  const out = join(dir, `${id}.scored.xlsx`);
  const run = await runCli(["score", input, "--out", out, "-q"]);
  expect(run.code).toBe(0);
  // Some fixtures are typed-score forms with nothing for Kaohe to write: then only the ledger sheet is new.
  expectOnlyKaoheChanges(input, out, 0);
});
