// context.sync() calls per 重新计算 through the strict fake Excel of the
// adapter tests, and what each read chunk weighed: the round trips are a
// constant (3 with nothing to mark, 4 with marks) plus one per chunk, and a
// chunk is as large as Excel on the web's 5 MB cap allows (read-chunks.ts).
import { workbookToGrid } from "../src/cli/xlsx/read-workbook";
import type { CellValue, SheetGrid } from "../src/core";
import { READ_FIXED_SYNCS, readWorkbook } from "../src/excel/read-workbook";
import { calculate } from "../src/excel/recalculate";
import type { ExcelSupport } from "../src/excel/requirements";
import { RECALCULATE_SYNCS, UNMARKED_SYNCS } from "../src/excel/sync-budget";
import { documentFromGrid, FakeDocument, installExcel, newContext } from "../test/excel/fake-excel";
import { unitWorkbook } from "../test/excel/helpers";
import { buildYueyangCountyExample } from "../test/fixtures/yueyang-county-example";
import { round, timedAsync } from "./measure";

export interface SyncRun {
  readonly syncs: number;
  /** Syncs of the read's cells (the same read, made apart before the action). */
  readonly chunks: number;
  /** Syncs the write took besides its one: past 4 MB of values (write-budget.ts). */
  readonly extraWrites: number;
  /** UTF-8 JSON bytes of each chunk's response, as the fake counts them. */
  readonly chunkBytes: readonly number[];
  readonly largestResponse: number;
}

export interface SyncSample {
  readonly units: number;
  /** First run (adds the ledger sheet) and rerun (rewrites it): no finding, so nothing to mark. */
  readonly syncs: readonly [number, number];
  readonly clean: SyncRun;
  readonly rerun: SyncRun;
  /** A non-number in every item's 扣分: findings to mark, so the observe's round trip. */
  readonly marked: SyncRun;
  readonly written: number;
  readonly firstRunMs: number;
  /** Chunks of 16,384 cells, as before issue 17 (one per 16,384 cells of 675-cell sheets). */
  readonly chunksBefore: number;
}

/**
 * A host with merged areas but no notes or comments: cells are only shaded,
 * the plainest of the mark paths, so the count is of the scoring round trips.
 */
const SUPPORT: ExcelSupport = { ok: true, merges: true, marks: "fill", fillTint: true, pageLayout: false, undoGroup: false, selectedRanges: true };

/** The same sheet with a non-number in every item's 扣分 (G): one error per item row. */
function withFindings(sheet: SheetGrid): SheetGrid {
  const isItem = (row: readonly CellValue[], r: number): boolean => r > 3 && r < 70 && typeof row[4] === "string" && /\d/.test(row[4]);
  return { ...sheet, values: sheet.values.map((row, r) => (isItem(row, r) ? row.map((v, c) => (c === 6 ? "一分" : v)) : row)) };
}

async function recalculate(doc: FakeDocument, constant: number): Promise<{ run: SyncRun; written: number; ms: number; units: number }> {
  const chunks = (await readWorkbook(newContext(doc).context, true)).chunks;
  const { context, fake } = newContext(doc);
  const timed = await timedAsync(() => calculate(context, SUPPORT, "recalculate"));
  const chunkBytes = fake.responses.slice(READ_FIXED_SYNCS, READ_FIXED_SYNCS + chunks);
  const run = { syncs: fake.syncCount, chunks, extraWrites: fake.syncCount - constant - chunks, chunkBytes, largestResponse: fake.largestResponse };
  return { run, written: timed.result.written, ms: timed.ms, units: timed.result.report.units.length };
}

/** "3+6": the constant, then the read's chunks, then any write past 4 MB ("+1 write"). */
export function runText(run: SyncRun): string {
  const constant = run.syncs - run.chunks - run.extraWrites;
  return `${constant}+${run.chunks}${run.extraWrites > 0 ? `+${run.extraWrites} write` : ""}`;
}

export async function measureSyncs(sizes: readonly number[]): Promise<SyncSample[]> {
  // The 岳阳 example's first sheet: its 得分 are computed and written, so the write batch is real.
  const template = workbookToGrid(buildYueyangCountyExample()).sheets[0];
  if (!template) throw new Error("the 岳阳 example has no sheet");
  const installed = installExcel(new FakeDocument());
  try {
    const samples: SyncSample[] = [];
    for (const units of sizes) {
      const doc = documentFromGrid(unitWorkbook(template, units));
      const first = await recalculate(doc, UNMARKED_SYNCS);
      if (first.units !== units) throw new Error(`recalculated ${first.units} of ${units} units`);
      const again = await recalculate(doc, UNMARKED_SYNCS);
      const marked = await recalculate(documentFromGrid(unitWorkbook(withFindings(template), units)), RECALCULATE_SYNCS);
      const cells = template.values.length * Math.max(...template.values.map((r) => r.length));
      samples.push({
        units,
        syncs: [first.run.syncs, again.run.syncs],
        clean: first.run,
        rerun: again.run,
        marked: marked.run,
        written: first.written,
        firstRunMs: round(first.ms, 0),
        chunksBefore: Math.ceil((units * cells) / 16384),
      });
    }
    return samples;
  } finally {
    installed.uninstall();
  }
}

// `npx tsx bench/sync-calls.ts`: this part alone, added to bench/results.json
// (as syncs) without touching the other parts' figures.
if (require.main === module) {
  void (async () => {
    const { existsSync, readFileSync, writeFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { cpus, loadavg } = await import("node:os");
    const loadAverage = loadavg().map((l) => round(l, 2));
    const start = Date.now();
    const samples = await measureSyncs([1, 48, 500, 2000]);
    const kb = (bytes: readonly number[]): string => bytes.map((b) => Math.round(b / 1024)).join("/");
    for (const s of samples) {
      const { clean, rerun, marked } = s;
      console.log(
        `${String(s.units).padStart(5)} sheets: ${runText(clean)} syncs (rerun ${runText(rerun)}, with marks ${runText(marked)}; was 4+${s.chunksBefore}); KB per chunk ${kb(clean.chunkBytes)}`,
      );
    }
    const file = join(__dirname, "results.json");
    const results = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>) : {};
    const environment = { node: process.version, cpus: cpus().length, loadAverageAtStart: loadAverage };
    writeFileSync(file, JSON.stringify({ ...results, syncs: { ok: true, date: new Date().toISOString(), environment, seconds: round((Date.now() - start) / 1000, 1), value: samples } }, null, 2) + "\n");
  })();
}
