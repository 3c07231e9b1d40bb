// A quadratic the core-throughput figures only hint at, measured on its own:
// resolveAverages (src/core/scoring/resolve-averages.ts) collects each
// item's scores across units by copying the list for every unit
// (`[...(scores.get(key) ?? []), item.score]`), so its time grows with the
// square of the unit count. Fed one real scored 三河 table repeated n times
// (it only reads them), it is timed at 1,000, 2,000 and 4,000 units; the
// exponent is log(t4000 / t1000) / log 4 — 1 for linear, 2 for quadratic.
import { readScoresheets } from "../src/core/layout/read-scoresheets";
import { matchRubric } from "../src/core/rubric/match-rubric";
import { resolveAverages } from "../src/core/scoring/resolve-averages";
import { scoreTable } from "../src/core/scoring/score-table";
import { median, round, timed } from "./measure";
import { loadRubric, mulberry32, SANHE_TABLE, sanheTemplate, unitSheet } from "./sanhe-grid";

export interface AveragesSample {
  readonly units: readonly number[];
  readonly medianMs: readonly number[];
  readonly exponent: number;
}

export function measureAverages(sizes: readonly number[] = [1000, 2000, 4000], runs = 3): AveragesSample {
  const rubric = loadRubric(SANHE_TABLE);
  const sheet = unitSheet(sanheTemplate({ mergeIndicators: true }, rubric), "单位", mulberry32(1));
  const table = readScoresheets(sheet).tables[0];
  if (!table) throw new Error("the 三河 sheet has no table");
  const scored = scoreTable(sheet, table, rubric, matchRubric(table, rubric).rows);
  resolveAverages(Array.from({ length: 200 }, () => scored)); // warm-up
  const medianMs = sizes.map((n) => {
    const tables = Array.from({ length: n }, () => scored);
    return round(median(Array.from({ length: runs }, () => timed(() => resolveAverages(tables)).ms)), 1);
  });
  const first = medianMs[0] ?? Number.NaN;
  const last = medianMs[medianMs.length - 1] ?? Number.NaN;
  const ratio = (sizes[sizes.length - 1] ?? 1) / (sizes[0] ?? 1);
  return { units: sizes, medianMs, exponent: round(Math.log(last / first) / Math.log(ratio), 2) };
}
