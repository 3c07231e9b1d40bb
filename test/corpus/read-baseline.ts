// The recorded thresholds the corpus tests must not fall below
// (test/corpus/baseline.json): tightened as the parser and the layout
// reader improve, never loosened to pass.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";

const coverage = z.strictObject({
  /** At least this many texts: the corpus only grows. */
  texts: z.number().int().nonnegative(),
  /** At least this many read exactly. */
  exact: z.number().int().nonnegative(),
  /** At most this many silently wrong. */
  silent: z.number().int().nonnegative(),
});

const baseline = z.strictObject({
  note: z.string(),
  corpus: coverage,
  seeds: coverage,
  workbooks: z.strictObject({
    /** At least this many corpus rule texts read into items from the corpus workbooks. */
    read: z.number().int().nonnegative(),
    /** At most this many lost silently (neither read for review nor reported by a finding). */
    lostSilently: z.number().int().nonnegative(),
    /** At least this many assessor's matrices with their units read as the names merged above 扣分|得分. */
    matrixUnits: z.number().int().nonnegative(),
  }),
});

export type CoverageLimits = z.infer<typeof coverage>;
export type Baseline = z.infer<typeof baseline>;

export function readBaseline(): Baseline {
  return baseline.parse(JSON.parse(readFileSync(join(__dirname, "baseline.json"), "utf8")) as unknown);
}
