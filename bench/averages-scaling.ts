// resolveAverages (src/core/scoring/resolve-averages.ts) on its own: 岳阳's
// "a unit without the task scores the average of the units that have it"
// collects every item's scores across units, so it is the one step that
// reads all units together. Fed real scored 三河 tables — scored under the
// 岳阳 treatment, so their 不涉及 rows wait for the average and the work is
// really done — 16 units with different entries repeated to n, it is timed at 1,000, 2,000 and 4,000
// units; the exponent is log(t4000 / t1000) / log 4: 1 for linear, 2 for
// quadratic (as it once was, copying each item's list for every unit).
import { readScoresheets } from "../src/core/layout/read-scoresheets";
import { matchRubric } from "../src/core/rubric/match-rubric";
import { resolveAverages } from "../src/core/scoring/resolve-averages";
import type { ScoredTable } from "../src/core/scoring/score-table";
import { scoreTable } from "../src/core/scoring/score-table";
import type { Rubric } from "../src/core";
import { median, round, timed } from "./measure";
import { loadRubric, mulberry32, SANHE_TABLE, sanheTemplate, unitSheet } from "./sanhe-grid";

export interface AveragesSample {
  readonly units: readonly number[];
  readonly medianMs: readonly number[];
  readonly exponent: number;
}

const DISTINCT_UNITS = 16;

export function measureAverages(sizes: readonly number[] = [1000, 2000, 4000], runs = 3): AveragesSample {
  const sanhe = loadRubric(SANHE_TABLE);
  // 岳阳's treatment of 不涉及 in place of 三河's, so resolveAverages has averages to take.
  const rubric: Rubric = { ...sanhe, policies: sanhe.policies.map((p) => (p.kind === "not-applicable" ? { kind: p.kind, treatment: "average-of-applicable" as const, source: p.source } : p)) };
  const template = sanheTemplate({ mergeIndicators: true }, sanhe);
  // Units with different entries, so a row one unit marks 不涉及 has others to average over.
  const scored = Array.from({ length: DISTINCT_UNITS }, (_, k) => {
    const sheet = unitSheet(template, `单位${k + 1}`, mulberry32(k + 1));
    const table = readScoresheets(sheet).tables[0];
    if (!table) throw new Error("the 三河 sheet has no table");
    return scoreTable(sheet, table, rubric, matchRubric(table, rubric).rows);
  });
  const unitsOf = (n: number): ScoredTable[] => Array.from({ length: n }, (_, i) => scored[i % DISTINCT_UNITS]!);
  const averaged = resolveAverages(unitsOf(DISTINCT_UNITS)).flatMap((t) => t.items).filter((i, k) => scored.flatMap((t) => t.items)[k]?.pendingAverage && !i.pendingAverage);
  if (averaged.length === 0) throw new Error("no item took an average: the measure would time nothing");
  resolveAverages(unitsOf(200)); // warm-up
  const medianMs = sizes.map((n) => {
    const tables = unitsOf(n);
    return round(median(Array.from({ length: runs }, () => timed(() => resolveAverages(tables)).ms)), 1);
  });
  const first = medianMs[0] ?? Number.NaN;
  const last = medianMs[medianMs.length - 1] ?? Number.NaN;
  const ratio = (sizes[sizes.length - 1] ?? 1) / (sizes[0] ?? 1);
  return { units: sizes, medianMs, exponent: round(Math.log(last / first) / Math.log(ratio), 2) };
}
