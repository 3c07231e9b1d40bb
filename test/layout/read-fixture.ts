// Reads a fixture the way the CLI does: the workbook written to an .xlsx
// file, loaded with the CLI's adapter (loadWorkbook, workbookToGrid), every
// sheet read by the core's layout reader. Each fixture is built and read once
// per test file.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadWorkbook, workbookToGrid } from "../../src/cli/xlsx/read-workbook";
import type { SheetGrid, WorkbookGrid } from "../../src/core";
import type { SheetReading } from "../../src/core/layout/read-scoresheets";
import { readScoresheets } from "../../src/core/layout/read-scoresheets";
import type { FixtureDescription } from "../fixtures/describe/fixture-description";
import type { FixtureSpec } from "../fixtures/catalog/fixture";

export interface ReadFixture {
  readonly description: FixtureDescription;
  readonly grid: WorkbookGrid;
  /** The reader's result for each sheet, by sheet name. */
  readonly readings: ReadonlyMap<string, SheetReading>;
}

let dir: string | undefined;
const cache = new Map<string, Promise<ReadFixture>>();

async function read(spec: FixtureSpec): Promise<ReadFixture> {
  dir ??= mkdtempSync(join(tmpdir(), "kaohe-layout-"));
  const { workbook, description } = spec.build();
  const file = join(dir, description.file);
  await workbook.xlsx.writeFile(file);
  const grid = workbookToGrid(await loadWorkbook(file));
  return { description, grid, readings: new Map(grid.sheets.map((s) => [s.name, readScoresheets(s)])) };
}

export function readFixture(spec: FixtureSpec): Promise<ReadFixture> {
  let found = cache.get(spec.id);
  if (found === undefined) {
    found = read(spec);
    cache.set(spec.id, found);
  }
  return found;
}

export function sheetOf(read: ReadFixture, name: string): SheetGrid {
  const sheet = read.grid.sheets.find((s) => s.name === name);
  if (sheet === undefined) throw new Error(`${read.description.id}: no sheet "${name}" in the workbook`);
  return sheet;
}
